"""Next steps as a reader expects them: what is to come, its status, when, and who is involved."""

import pytest

from briefing.analysis import analyse
from briefing.analysis.next_steps.find import find_next_steps
from briefing.analysis.text.segmentation import segment
from briefing.model import STEP_STATUSES, Actor, NextStep

ACTORS = (
    Actor("Maria Lind", aliases=("Ms Lind", "Lind")),
    Actor("Omar Haddad", aliases=("Mr Haddad",)),
    Actor("Northland", kind="state"),
)


def steps(text: str, actors=ACTORS) -> list[NextStep]:
    found = find_next_steps(segment(text), actors)
    for s in found:
        assert text[s.start:s.end] == s.text
        assert s.status in STEP_STATUSES
    return list(found)


@pytest.mark.parametrize(("text", "status"), [
    ("The ministers have postponed the vote until the afternoon.", "postponed"),
    ("Ms Lind has no plans to travel to the summit in the next few days, her office said.", "ruled out"),
    ("Northland threatened to close the border.", "threatened"),
    ("Envoys urged Northland to agree to a ceasefire.", "demanded"),
    ("The two leaders are due to meet in Geneva.", "scheduled"),
    ("Mr Haddad proposed that the talks move to Oslo.", "proposed"),
    ("Rebel forces are preparing a fresh assault on the port.", "expected"),
    ("Ms Lind will meet Mr Haddad.", "planned"),
    ("Ms Lind will meet Mr Haddad next week.", "scheduled"),
    ("Analysts expect the parliament to approve the deal.", "expected"),
    ("The government indicated that it might withdraw from the accord if attacks continue.", "possible"),
    ("Mr Haddad has refused to attend the signing.", "ruled out"),
    ("Northland is ready to resume the talks.", "proposed"),
    ("Envoys gathered in Oslo ahead of the peace talks.", "scheduled"),
    ("Northland has proposed a prisoner swap.", "proposed"),
    ("Officials fear the death toll could rise.", "expected"),  # a maybe of a force is a forecast (GUIDE)
    ("The ministry could expel the ambassador.", "possible"),  # a party's option
    ("The deal could unravel if fighting resumes.", "expected"),  # what an event does (GUIDE's example)
    ("A decision is expected within days.", "expected"),
])
def test_each_kind_of_next_step_gets_its_status(text, status):
    (step,) = steps(text)
    assert step.status == status
    assert step.text == text


def test_when_is_the_time_phrase_of_the_step():
    (step,) = steps("After a week of silence, the office said on Monday that Ms Lind will visit Northland next month.")
    assert step.when == "next month"
    (truce,) = steps("The mediator said a truce would take effect at midnight on 20 January.")
    assert truce.when == "on 20 January"  # the day, not the hour before it


def test_actors_are_the_given_actors_the_step_names_by_any_alias():
    (step,) = steps("Lind will meet Mr Haddad in Northland on Friday.")
    assert step.actors == ("Maria Lind", "Omar Haddad", "Northland")
    assert step.when == "on Friday"


def test_what_already_happened_is_not_a_next_step():
    text = "The talks ended on Tuesday. Ms Lind flew home and Mr Haddad thanked the hosts."
    assert steps(text) == []


def test_a_step_said_inside_quotation_marks_has_its_speaker_among_its_actors():
    text = "“We will impose sanctions on Omar Haddad by Friday,” Maria Lind said."
    (step,) = analyse(text).next_steps
    assert step.status == "threatened"  # the GUIDE's own example: a penalty vowed
    assert step.when == "by Friday"
    assert step.actors == ("Maria Lind", "Omar Haddad")


def test_a_headline_repeated_by_the_lead_is_one_step():
    text = ("Lind says she is sending envoys to Oslo for talks\n\n"
            "Maria Lind has said she is sending two envoys to Oslo for talks with rebel leaders next week.")
    (step,) = steps(text)
    assert step.text.startswith("Maria Lind has said")


def test_clauses_with_their_own_cues_are_separate_steps():
    text = "Northland will hold a vote on Sunday; the opposition has threatened to boycott it."
    first, second = steps(text)
    assert (first.status, first.when) == ("scheduled", "on Sunday")
    assert second.status == "threatened"


@pytest.mark.parametrize("text", [
    "The country's military might is vast.",
    "Officials spoke of the will of the people.",
    "Mr Haddad said the plan may have failed.",
    "Mr Haddad refused to comment.",
])
def test_judgements_and_nouns_are_not_next_steps(text):
    assert steps(text) == []


def test_single_quotes_are_quotes_but_apostrophes_are_not():
    (quoted,) = steps("Ms Lind said the vote showed resolve, adding: 'Terror will not break us.'")
    assert quoted.status == "ruled out"
    (step,) = steps("Northland's envoy will travel to Oslo next week, officials' notes say.")
    assert step.when == "next week"


@pytest.mark.parametrize(("text", "when"), [
    ("Officials said another exchange could take place before the end of the month.", "before the end of the month"),
    ("The envoys will return in two weeks.", "in two weeks"),
    ("The ministers will meet later this month.", "later this month"),
    ("The summit will open on 12 March.", "on 12 March"),
])
def test_time_phrases(text, when):
    (step,) = steps(text)
    assert step.when == when


def test_short_aliases_match_as_written():
    actors = (Actor("United States", kind="state", aliases=("US",)),)
    (step,) = steps("Officials told us the envoys will meet next week.", actors)
    assert step.actors == ()


def test_a_sentence_with_one_cue_stays_whole_across_and():
    text = "Rescuers worked through the night, and the ministry will send more teams on Monday."
    (step,) = steps(text)
    assert step.text == text


def test_a_demand_in_the_speakers_own_words_is_a_demand():
    (step,) = steps("Ms Lind thanked the hosts, urging Northland to “match our steps” towards peace.")
    assert step.status == "demanded"


def test_candour_and_doubt_are_not_plans():
    assert steps("The agency was not being forthcoming about its records.") == []
    assert steps("It is unclear whether any of those methods will work here.") == []


def test_a_question_asked_inside_a_quote_is_not_a_step():
    assert steps("“Ms Lind, will you pledge to hold the vote?” he asks.") == []
    assert steps("So why would Northland even go down that road.") == []


@pytest.mark.parametrize("text", [
    "Experts say a larger earthquake could strike the capital at any time.",
    "But has Northland ever called for a vote on any of it?",
    "The court jailed Mr Haddad in May for refusing to testify.",
    "The fund had warned that the vote could depress growth for years.",
    "Ms Lind declined to threaten Northland with sanctions.",
    "“Who pays for it?” Mr Haddad demanded.",
    "Prices fell as investors delayed sales.",
    "He remembered the days when his family would return to the village each summer.",
    "Perhaps the moderators will demand more details.",
    "Maybe it is to be expected.",
    "It is unclear whether a vote on the bill will be scheduled before the recess.",
    "I mean, that is the message this is sending.",
    "She said the nonstop demands that come with the job wear people down.",
    "Mr Haddad said he often thought of the days when his family would return to the valley.",
    "The levy is intended to make sure that the richest pay more.",
    "They got letters they never asked for.",
    "The generals have not set a new date.",
    "Another 19 percent said they would not pick either candidate.",
    "The threat of global warming inspired a decade of diplomacy.",
    "Some 40% of voters said they would back the plan.",
    "Success in the primaries will not necessarily translate into success in November.",
    "Say Northland demanded proof of citizenship before taking anyone back.",
    "Mr Haddad did not unveil plans to pay for the new army.",
    "The agency has been slow to manage the urge to cut costs.",
])
def test_opinions_hypotheticals_and_past_are_not_next_steps(text):
    assert steps(text) == []


@pytest.mark.parametrize(("text", "status"), [
    ("The full interview will premiere on 30 September.", "scheduled"),
    ("The administration has promised a veto.", "planned"),
    ("The vote was delayed by a week.", "postponed"),
    ("Mr Haddad's lawyer said he would appeal the ruling.", "planned"),
    ("The rebels warned that they would retaliate against any strike.", "threatened"),
    ("Prime Minister Lind will visit the flooded villages on Sunday.", "scheduled"),
    ("The ministry said relief supplies would reach the district by Monday.", "expected"),
    ("The bank announced it would get rid of the sales targets.", "planned"),
    ("The campaign plans to make the records public.", "planned"),
    ("His lawyer said he would not answer questions.", "ruled out"),
    ("The two armies have agreed to a seven-day ceasefire.", "planned"),
    ("Prosecutors have asked for a 25-year prison term.", "demanded"),
    ("Prosecutors are seeking a life sentence.", "demanded"),
    ("Economists expect two rate cuts this year.", "expected"),
    ("Aid agencies hope the truce will allow them to deliver food to the port.", "planned"),
    ("Envoys raised the threat of new sanctions.", "threatened"),
    ("The snub prompted Madrid to announce it would boycott the inauguration.", "planned"),
    ("Schools in the capital will remain closed until Monday.", "scheduled"),
    ("The town will hold a minute's silence on Saturday.", "scheduled"),  # 'town will' is no 'own will'
    ("Mr Haddad will have talks with the rebels.", "planned"),
    ("The union will ballot its members on strike action.", "planned"),
    ("Ms Lind said the party would not pay compensation to the operators.", "ruled out"),
    ("The weather office forecast more heavy rain in the next three days.", "expected"),
    ("A judge set an Oct. 23 trial date for one of the defendants.", "scheduled"),
    ("Head teachers warned that schools would have to cut staff if the award was not funded.", "expected"),
    ("The owner said it was “devastated” and would co-operate fully with investigators.", "planned"),
    ("Ms Lind has said she will not concede until every vote is counted.", "ruled out"),
    ("Neither side plans to attend the summit.", "ruled out"),
    ("The ultimatum runs out at midnight on Sunday.", "scheduled"),
    ("The army gave the rebels 48 hours to leave the city.", "demanded"),
    ("Mr Haddad faces trial in October on corruption charges.", "expected"),
    ("Preparations are under way for the funeral on Thursday.", "scheduled"),
    ("The report is due out in the spring.", "scheduled"),
    ("Officials are pushing for a vote before the recess.", "demanded"),
    ("Investigators are awaiting the results of a post-mortem examination.", "expected"),
    ("Farmers plan a march on parliament on Wednesday.", "scheduled"),
    ("Mr Haddad said he was ready to meet union leaders.", "proposed"),
    ("The envoys will return in two weeks.", "scheduled"),
    ("Northland insisted that the talks go ahead.", "demanded"),
    ("The minister warned that anyone joining “illegal gatherings” would face prosecution.", "threatened"),
    ("Northland announced a three-day truce starting on Friday.", "scheduled"),
    ("The union has called a strike for next Tuesday.", "scheduled"),
    ("The union called a meeting of shop stewards for Monday.", "scheduled"),
    ("The meeting has been moved to Friday.", "postponed"),
    ("The army is massing troops on the border ahead of an expected offensive.", "scheduled"),
    ("Ms Lind has invited the opposition leader for talks.", "proposed"),
    ("Residents were told to prepare for evacuation.", "demanded"),
    ("Lawmakers are considering a ban on the sale of the drug.", "possible"),
    ("Mr Haddad said leaders had agreed to draw up a reform plan by March.", "scheduled"),
])
def test_events_to_come_are_next_steps(text, status):
    (step,) = steps(text)
    assert step.status == status


def test_a_short_lead_under_the_title_is_read():
    text = ("Northland vote delayed\n\n"
            "Northland's president Maria Lind has postponed the election scheduled for 25 February, citing a "
            "dispute over the list of candidates.\n\nThe opposition said it was a coup.")
    (step,) = steps(text)
    assert step.status == "postponed"
    assert step.actors == ("Northland", "Maria Lind")


def test_doubt_stays_in_its_sentence():
    vote, talks = steps("Consultants will vote on whether to join the strike. The government has ruled out new talks.")
    assert (vote.status, talks.status) == ("planned", "ruled out")


@pytest.mark.parametrize("text", [
    "The trial resumes on Monday.",
    "Voters in Northland go to the polls next week.",
    "The summit opens on Thursday in Oslo.",
    "Peace talks begin tomorrow in Geneva.",
    "Talks on a new treaty open in the city of Tessin on Monday.",
    "The council votes on the extension on February 9.",
    "The trial opens in June.",
    "The leaders of the seven northern states meet in Korvin on Friday.",
])
def test_a_timetable_in_the_present_tense_is_scheduled(text):
    (step,) = steps(text)
    assert step.status == "scheduled"


def test_a_partial_quote_reported_as_a_plan_is_a_step():
    (step,) = steps("The army said it “will launch a counteroffensive next week”.")
    assert (step.status, step.when) == ("scheduled", "next week")
    (vow,) = steps("Mr Haddad said: “We will fight on.”")
    assert vow.status == "planned"
    (forecast,) = steps("Ms Lind said the deal “would be a disaster”.")
    assert forecast.status == "expected"


@pytest.mark.parametrize("text", [
    "Output at the smelter will remain suspended until further notice.\n",
    "Ferries will stay grounded while the storm passes.\n",
])
def test_a_measure_kept_in_force_is_a_step(text):
    assert [s.text for s in steps(text)] == [text.strip()]


@pytest.mark.parametrize("text", [
    "In the end, politics will always reward the leader who decides.",
    "Most will never be replicated.",
    "Without monitors, every violation will be disputed.",
])
def test_a_writers_forecast_about_the_world_is_not_a_next_step(text):
    assert steps(text) == []


@pytest.mark.parametrize("text", [
    "The committee will ballot its members again.",
    "Northland will keep its embassy in Oslo open.",
    "Mr Haddad's office said the envoy will carry a letter to the rebels.",
    "The host, Omar Haddad, who will moderate the debate Oct. 19, is a veteran.",
    "The government might withdraw from the accord if attacks continue.",
])
def test_a_party_acting_or_a_reported_forecast_is_a_next_step(text):
    assert len(steps(text)) == 1


@pytest.mark.parametrize("text", [
    "The new duties take effect on July 1.",
    "The committee meets again on June 11.",
    "Polling day is on June 6.",
    "A national day of mourning has been declared for Wednesday.",
    "Ms Lind has promised a bill on planning reform.",
])
def test_dated_timetables_and_promised_measures_are_next_steps(text):
    assert len(steps(text)) == 1


@pytest.mark.parametrize("text", [
    "Northland insists that the blockade is aimed only at smugglers.",
    "Some readers will call this a wasted vote.",
    "Most of them will leave the country.",
])
def test_spans_claims_and_people_in_general_are_not_next_steps(text):
    assert steps(text) == []


def test_a_suspension_until_a_day_is_postponed():
    (step,) = steps("Campaigning has been suspended until Tuesday.")
    assert (step.status, step.when) == ("postponed", "until Tuesday")


def test_a_second_thing_said_with_its_own_cue_is_its_own_step():
    first, second = steps("The federation said it would open an inquiry and that the return match, set for "
                          "April 12, would be played behind closed doors.")
    assert first.text.endswith("open an inquiry")
    assert second.status == "scheduled"


@pytest.mark.parametrize("text", [
    "Until one does, no third country has agreed to take them.",
    "Kyiv said the demands amounted to an ultimatum.",
    "Some in the city were ready to return to normal.",
    "Congress can enforce a subpoena by asking prosecutors to charge someone.",
    "His most important goal was to make Mr Haddad a one-term leader.",
    "Every few years, someone proposes a wealth tax.",
    "He had planned to retire in 2020 but stayed on.",
    "The union had intended to strike in May.",
    "Let's say the talks fail and the army moves in.",
    "The line may as well have been lifted from an old speech.",
    "She was sore from injections intended to calm her.",
])
def test_a_writers_hypothetical_and_a_plan_of_the_past_are_not_next_steps(text):
    assert steps(text) == []


def test_a_sentence_of_one_report_is_one_step():
    text = "Eleven fishermen were missing, the coastguard said, and search vessels would resume operations."
    (step,) = steps(text)
    assert (step.status, step.text) == ("planned", text)
    text = "Mr Haddad said he would not attend the talks but would send an envoy."
    (step,) = steps(text)
    assert (step.status, step.text) == ("ruled out", text)


def test_two_sentences_that_share_their_words_are_two_steps():
    text = ("The agency said it would tighten its checks on the centres. "
            "The regulator said it would tighten its checks as well.")
    assert len(steps(text)) == 2


def test_a_partial_quote_after_expect_and_an_abbreviation_in_a_warning():
    (expect,) = steps("Ms Lind said she expects the campaign “to continue calling out bias.”")
    assert expect.status == "expected"
    (warning,) = steps("Mr Haddad warned that the U.N. mission will lose its funding.")
    assert warning.status == "threatened"
