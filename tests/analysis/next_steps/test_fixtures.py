"""Next steps in short articles, one per pattern: what a reader expects to find listed, with which status."""

from pathlib import Path

import pytest

from briefing.analysis import analyse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "next_steps"

# Each article: the steps it holds, in order, as (words the step text starts with, status).
EXPECTED = {
    "quoted-vows": [("“We will impose sanctions", "threatened"), ("“Our partners are going to join us", "planned"),
                    ("the border will stay closed", "planned")],
    "obligations": [("Aid groups working in the valley said", "demanded"),
                    ("“We need to reach the villages", "demanded"),
                    ("The agency should publish the list", "demanded"), ("It is time for the donors", "demanded")],
    "urgings": [("The United Nations envoy, Omar Haddad, urged", "demanded"), ("He told the militia", "demanded"),
                ("The opposition called on Friday for releasing", "demanded")],
    "options": [("Officials are weighing a travel ban", "possible"), ("Prosecutors could seek", "possible"),
                ("The ministry is considering", "possible")],
    "forecasts": [("The vote will harden attitudes", "expected"), ("Analysts expect the central bank", "expected"),
                  ("A long dispute would hurt exports", "expected"),
                  ("The fund raised its growth forecast", "expected"),
                  ("The weather agency forecast more heavy rain", "expected"),
                  ("Engineers said repairs", "expected")],
    "conditions": [("A medical team is ready to fly out if", "proposed"),
                   ("If the talks fail, the union would", "scheduled"),
                   ("Officials could close the schools unless", "possible")],
    "statuses": [("Rebel forces are preparing an offensive", "expected"), ("Hillary Marsh plans to call on", "planned"),
                 ("The summit has been pushed back", "postponed"), ("She will not run again", "ruled out"),
                 ("Turkey offered to host", "proposed")],
    "not-steps": [],
    # a cue word inside a name ("the U.S. Court of Appeals for", "the Ministry of Planning for") is no cue
    "names": [("The states will appeal for", "demanded")],
    # the last sentence of a quote keeps no stray closing mark: 'We will open ... next year.', not '... year.”'
    "quote-ends": [("We will open two new libraries next year.", "scheduled"),
                   ("The council should approve the plan.", "demanded")],
    # the editor speaking of the article ("will be updated") or linking another ("Related: ...") announces nothing
    "editors-notes": [("The roads agency will inspect", "scheduled")],
    # "I will say it plainly", "I would call it", "will tell you that": an aside; "We will put the question" a plan
    "asides": [("We will put the question", "scheduled")],
    # "likes to say that", "would have us believe", "Every few months ... promises": a saying, a habit
    "sayings": [("Mr Brandt said the tariffs will rise", "scheduled")],
    # an event as the subject: what it does is foretold ("The deal will deepen the rift"); its happening is planned
    "event-subjects": [("The deal will deepen", "expected"), ("The exchange will take place", "planned"),
                       ("The committee will review", "planned")],
    # a modal with a penalty ("will be held accountable", "would impose new tariffs") threatens
    "threats": [("“Those who shelled the market", "threatened"), ("The government would impose", "threatened"),
                ("The foreign ministry will publish", "scheduled")],
    # "tell them how to vote", "asked what to expect": a question passed on; "told the volunteers to stay" an order
    "how-to": [("The chairman told the volunteers to stay", "demanded")],
    # "may highlight", "could illustrate": a reading of what is; "may announce a plan on Monday" a prospect
    "readings": [("The incumbent may announce", "possible")],
    # "the money it needs to", "the reasons that donors should": a relative clause about a thing, nobody asked
    "relative-clauses": [("The agency needs to raise", "demanded")],
    # what could be seen then, a death told ahead ("would later"), a doubt and a habit are no steps
    "disaster-report": [("The death toll is expected to rise", "expected"),
                        ("Residents were told to stay away", "demanded"), ("Schools will remain closed", "planned"),
                        ("The army said it would send", "scheduled"),
                        ("Aid agencies warned that", "expected"), ('"We will rebuild every house,"', "planned"),
                        ('"But first we must find the missing."', "demanded")],
    # what a party says it (or those it speaks for) will do is its plan; a forecaster's or a force's "would" foretells
    "reported-intent": [("The mayor of Drava", "scheduled"), ("The defence ministry said patrols", "planned"),
                        ("The ferry's owner", "planned"), ("The weather service", "expected"),
                        ("Economists said", "expected")],
    # a reprisal, or a party's act hung on what another party does, threatens; a condition on the weather does not
    "reprisals": [("Rebel leaders said they would retaliate", "threatened"), ("Varland has said", "threatened"),
                  ("The dockers' union", "threatened"), ("The coastguard will resume", "planned")],
    # a warning of what no party does foretells; a warning of a penalty or a reprisal threatens
    "warnings": [("Forecasters warned", "expected"), ("The relief agency warned of flooding", "expected"),
                 ("The interior ministry warned", "threatened"), ("The army warned of retaliation", "threatened")],
    # two dated steps joined by "and" are two items, and so are a concession ("although ...") and a warning after a
    # comma (", warning that ..."); an undated pair, or the dates of a thing, stay one
    "two-steps": [("The foreign ministers will meet in Geneva on Monday", "scheduled"),
                  ("vote on the pact on Friday.", "scheduled"), ("The partners would also share", "expected"),
                  ("A ruling is unlikely", "expected"), ("Mayors have urged the council", "demanded"),
                  ("they back some of the changes", "expected"),
                  ("Nordic leaders have floated the idea", "proposed"), ("warning that the straits", "expected")],
    # shelved, delayed until, pencilled in, planned for (a past cancellation beside it changes nothing), unlikely
    "postponements": [("A planned declaration", "postponed"), ("The vote on the budget", "postponed"),
                      ("A second round of talks", "scheduled"), ("The first prisoner exchange", "scheduled"),
                      ("Russia is unlikely", "expected"), ("Talks that had been due", "postponed")],
    # a timetable in the present tense however long its subject ('Talks on a ceasefire between ... resume ... on 14
    # January', 'Ministers sign the accord on 12 December'), promised elections, an order to evacuate; a
    # postponement of a past year is old news; a force's 'will' and 'could' foretell; troops massed for an offensive
    "ceasefire-timetable": [("GENEVA, Jan 9 (Reuters) - Talks on a ceasefire", "scheduled"),
                            ("Ministers sign the accord", "scheduled"), ("The junta, which seized power", "planned"),
                            ("The army, which launched", "planned"), ("Officials fear the toll", "expected"),
                            ("Water levels on the Kessa", "expected"), ("Authorities ordered residents", "demanded"),
                            ("The two sides agreed to a 72-hour truce", "scheduled"),
                            ("Kyiv has warned that Russia is massing troops", "expected")],
    # two kinds of step joined by 'and' are two items (a demand and a threat, a call and a vow, a charge faced and a
    # hearing due, an urging and a dated trip); two of one kind, or a saying that goes on undated, stay one
    "two-kinds": [("NIAMAKA (AFP) - The group has demanded a ransom", "demanded"), ("threatened to kill", "threatened"),
                  ("The opposition called for", "demanded"), ("vowed to keep protesting", "planned"),
                  ("Opposition leader Daria Venn faces", "expected"), ("is due to appear", "scheduled"),
                  ("She promised to keep fighting", "planned"), ("The UN envoy urged both sides", "demanded"),
                  ("said she would travel to the capital next week.", "scheduled")],
    # an eyewitness's 'could only jump', a timetable a fire cut short ('was due to dock ... when it caught fire')
    # announce nothing; 'resigned on Sunday and will be replaced' is undated (Sunday is the resignation's)
    "eyewitness": [("The shipping minister resigned", "planned"), ("Divers will resume the search", "scheduled")],
    # an election called for a month; a passive 'would be announced within 72 hours' keeps its time (no saying);
    # 'will pay a heavy price' threatens
    "election-timetable": [("MAROVIA CITY (AFP) - The ruling council has called", "scheduled"),
                           ("The electoral commission said results", "planned"),
                           ('"Those who attack polling stations', "threatened")],
    # a vow about memory or feeling ('would never forget', 'will always remember', 'would not forgive') is no step;
    # a remembrance with a date is one
    "vows-of-memory": [("The city will remember the victims", "scheduled"),
                       ("The regional council said it would rebuild", "planned")],
    # an effort under way toward a goal, with its partners between ('is working with the authorities to secure the
    # release'); a job done to pay for something is none
    "efforts": [("The foreign ministry is working with", "planned"), ("Mediators are working closely with", "planned")],
    # a boycott or a strike hung on a condition threatens, whoever the condition asks; announced alone it is a plan
    "pressures": [("The opposition alliance said", "threatened"), ("Its leader announced", "planned"),
                  ("Transport workers said", "threatened")],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_pattern_gives_its_steps_and_no_others(name):
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    found = analyse(text).next_steps
    starts = [(s.text[:len(start)], s.status) for s, (start, _) in zip(found, EXPECTED[name], strict=False)]
    assert starts == EXPECTED[name]
    assert len(found) == len(EXPECTED[name])
    for step in found:
        assert text[step.start:step.end] == step.text


def test_a_quoted_step_names_its_speaker_and_when():
    text = (FIXTURES / "quoted-vows.txt").read_text(encoding="utf-8")
    sanctions, partners, border = analyse(text).next_steps
    assert sanctions.actors == ("Maria Lind",) and sanctions.when == "by Friday"
    assert partners.actors == border.actors == ("Maria Lind",)  # "she added": the speaker of the quote before


def test_a_demand_in_a_letter_and_one_in_a_quote():
    text = (FIXTURES / "obligations.txt").read_text(encoding="utf-8")
    steps = analyse(text).next_steps
    assert steps[1].actors[0] == "Tomas Berg"


def test_the_day_of_a_saying_is_not_the_day_of_the_step():
    text = (FIXTURES / "reported-intent.txt").read_text(encoding="utf-8")
    vigil, _, owner, storm, _ = analyse(text).next_steps
    assert vigil.when == "on Sunday"
    assert owner.when == ""  # "said on Thursday that it would co-operate": Thursday is when it said so
    assert storm.when == ""  # "overnight" is no date either


def test_two_steps_in_one_sentence_each_keep_their_own_date():
    text = (FIXTURES / "two-steps.txt").read_text(encoding="utf-8")
    meet, vote, *_ = analyse(text).next_steps
    assert (meet.text, meet.when) == ("The foreign ministers will meet in Geneva on Monday", "on Monday")
    assert (vote.text, vote.when) == ("vote on the pact on Friday.", "on Friday")


def test_a_month_after_for_dates_a_step():
    text = (FIXTURES / "postponements.txt").read_text(encoding="utf-8")
    assert analyse(text).next_steps[2].when == "for May"


def test_a_date_in_a_past_clause_is_not_the_steps():
    text = (FIXTURES / "ceasefire-timetable.txt").read_text(encoding="utf-8")
    steps = analyse(text).next_steps
    assert steps[0].when == "on 14 January"
    assert steps[3].when == ""  # 'The army, which launched its offensive on 3 March, said it would press on'
    assert steps[7].when == "at midnight"  # 'a 72-hour truce starting at midnight'
    replaced, search = analyse((FIXTURES / "eyewitness.txt").read_text(encoding="utf-8")).next_steps
    assert (replaced.when, search.when) == ("", "at first light")  # 'resigned on Sunday and will be replaced'


def test_a_passive_announcement_keeps_its_time():
    _, results, _ = analyse((FIXTURES / "election-timetable.txt").read_text(encoding="utf-8")).next_steps
    assert results.when == "within 72 hours"  # 'results would be announced within 72 hours'
