"""The speaker patterns of issue 12, one short article each (tests/fixtures/statements/): who says each quote."""

from __future__ import annotations

from pathlib import Path

from briefing.analysis import analyse

FIXTURES = Path(__file__).parents[2] / "fixtures" / "statements"


def said(name: str) -> list[tuple[str | None, str]]:
    """(speaker, quoted words) of the direct statements of a fixture article."""
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return [(s.speaker, s.text) for s in analyse(text).statements if s.direct]


def test_places_and_platforms_named_near_a_quote_do_not_say_it():
    assert said("places-and-platforms.txt") == [
        (None, "cut off from the north."),  # the mayor's office, not Petra Voss named before
        (None, "a wall of water."),  # residents, not the district
        (None, "ready to sail."),  # the coastguard, not Greece
        (None, "This is our street."),  # Twitter users, not Twitter
        ("Petra Voss", "We have six pumps and we need twenty"),
    ]


def test_a_quote_about_a_person_is_not_given_to_that_person():
    assert said("about-a-person.txt") == [
        ("Marta Solberg", "a man who never set foot on a dock"),
        ("Marta Solberg", "does not understand the work."),
        (None, "has kept the port open through two recessions."),  # the employers' federation defending Lenz
        ("Ivo Lenz", "gone within a year"),  # Lenz's forecast about Solberg
        (None, "starving the port of cranes"),  # critics accusing Lenz
    ]


def test_a_chant_an_announcer_a_letter_or_a_website_is_not_the_nearest_name():
    assert said("chants-letters-websites.txt") == [
        (None, "Hale out!"),
        (None, "Please welcome our mayor."),
        (None, "The works have cost us our Christmas trade."),  # the shop owners' letter handed to Hale
        (None, "bring prosperity to every street."),  # the city's website
        ("Tom Hale", "We will listen to every shop owner"),
    ]


def test_a_joint_statement_is_said_by_the_authors_it_names():
    assert said("joint-statement.txt") == [
        ("Norway and Iceland", "work for a fair share for both fleets."),
        ("Harbour Workers Union and Fishing Vessel Owners Association",
         "The quota must be settled before the season opens"),
        ("Kari Dahl", "This is a good day for the coast"),
    ]


def test_a_pronoun_after_an_excerpt_refers_to_the_person_named_in_it_not_its_writer():
    assert said("excerpt.txt") == [
        ("Ines Vale", "The first ferry had not sailed for nine days when the crews gathered at the slipway. Most of "
                      "them had worked the crossing for twenty years."),
        ("Ines Vale", "Tamm had brought a flask of tea and a folding chair. She did not expect the talks to end soon, "
                      "and she did not expect to be thanked for waiting."),
        ("Rosa Tamm", "We came for the truth, not for sympathy"),  # 'she said' inside Vale's passage: Tamm, not Vale
        ("Pavel Brandt", "They are not idle. They are locked out"),
    ]


def test_a_list_of_quotes_said_by_a_cue_before_it_is_not_given_to_the_name_after_it():
    assert said("listed-quotes.txt") == [
        ("Tom Hale", "the rigged courts"),
        ("Tom Hale", "our forgotten towns"),
        ("Tom Hale", "the families who keep this harbour running"),  # 'Ruiz said yes' follows the list: still Hale's
        ("Lucia Ruiz", "He means us"),
    ]


def test_a_role_then_a_name_after_a_quote_is_that_name_not_the_last_holder_of_the_role():
    assert said("role-then-name.txt") == [
        ("Marc Teller", "The world cannot wait for grain"),  # 'her spokesman, Marc Teller,': not spokesman Orlov
    ]


def test_a_charge_someone_called_false_after_a_quote_leaves_the_quote_to_its_speaker():
    assert said("a-charge-someone-called.txt") == [
        ("Sara Holm", "contempt for the valley"),  # '..., a charge Ivo Dal called “shameful.”': Dal only answers it
        ("Ivo Dal", "shameful."),
    ]


def test_a_count_of_unnamed_speakers_and_a_passive_hearer_say_nothing_themselves():
    text = (FIXTURES / "counted-and-passive.txt").read_text(encoding="utf-8")
    assert [(s.speaker, s.text, s.direct) for s in analyse(text).statements] == [
        # 'was warned that ...' is what Moss heard, not what she said; '12 charities warned' names no one (not the
        # Tribune that saw the letter)
        (None, "thousands of families", True),
        ("Rachel Moss", "the budget would pass next week", False),
    ]


def test_the_people_of_a_place_speak_not_the_place():
    assert said("people-of-a-place.txt") == [
        (None, "tell us the truth about the money."),  # the mayors of Eastport and Millbrook, not Millbrook
        (None, "with nothing to sell."),  # farmers of southern Moldova, not Moldova
    ]


def test_reported_speech_said_last_or_with_when_it_was_said():
    text = (FIXTURES / "reported-shapes.txt").read_text(encoding="utf-8")
    assert [(s.speaker, s.text) for s in analyse(text).statements if not s.direct] == [
        # '..., the national roads agency Vegvesen said.' closing the sentence, less the dateline
        ("Vegvesen", "Floodwater closed the northern highway on Monday and cut off four villages"),
        ("Hanne Lid", "the water had begun to fall"),  # 'said on Tuesday the water ...'
        ("Olav Rud", "the highway would be rebuilt within a year"),  # 'said last week that ...'
        ("Eva Strand", "Prime Minister Eva Strand will visit the villages on Thursday"),  # 'her office said'
        ("Olav Rud", "Engineers had warned about the embankment for years"),
        ("Olav Rud", "The repairs will cost more than expected"),  # 'he said': Rud, the sentence before
    ]


def test_a_speaker_named_after_the_quotation_says_all_its_paragraphs():
    assert said("named-after-the-quote.txt") == [
        # a quotation over two paragraphs, then 'That was the message from union leader Marta Solberg'
        ("Marta Solberg", "We will not accept this offer. The workers deserve better than a pay freeze."),
        ("Marta Solberg", "We will strike again on Monday if nothing changes."),
        ("Ivo Lenz", "There is still a deal to be done"),
        ("Anna Berg", "The last strike cost the town a fortune."),  # '“...” So says shopkeeper Anna Berg'
    ]


def test_titles_of_works_are_not_statements_but_a_name_given_to_a_person_is():
    assert said("titles-of-works.txt") == [
        # not the op-ed and column titles, lower case as they are, nor the radio show or the documentary
        ("Ines Vale", "The harbour is the town's front door. You do not sell your front door."),  # in a column
        ("Tom Hale", "The harbour has lost money for twenty years"),
        ("Ines Vale", "The Auctioneer"),  # what she calls him, though it looks like a title
        ("Tom Hale", "cheap stunts"),  # 'a series of', 'a show of': no work named
        ("Tom Hale", "unity"),
    ]


def test_an_interviewer_or_a_host_named_beside_the_speaker_does_not_say_the_quote_but_asks_the_question():
    assert said("interviews.txt") == [
        # 'the mayor's former campaign strategist' is Marr, of the sentence before, not Ann Cole who interviewed him
        ("David Marr", "It was a disgrace from start to finish"),
        ("David Marr", "They should all go."),
        ("Karl Weiss", "These are fantasy numbers."),  # not Ben Ford, the host he appeared with
        ("Ben Ford", "Where would you find the money?"),  # the host asks: 'Weiss replied,' opens the next quote
        ("Karl Weiss", "In the harbour deal."),
        ("Karl Weiss", "We can find the money"),
        ("Ben Ford", "Not in this budget."),  # ', before Ford shot back:' introduces it, after Weiss's 'said'
    ]


def test_an_owners_post_between_commas_after_a_name_leaves_the_name_the_speaker():
    # 'Pavel Orlov, Hungary's permanent representative ..., said': Orlov speaks, not Hungary
    assert said("owner-post-appositive.txt") == [("Pavel Orlov", "a waste of everyone's time.")]


def test_a_bodys_noun_that_opens_a_title_leaves_the_person_after_it_the_speaker():
    # 'Foreign ministry spokesperson Lin Hua told ...': Lin Hua, not the ministry's words with no one speaking
    assert said("ministry-spokesperson.txt") == [("Lin Hua", "take all necessary measures.")]


def test_he_after_a_man_whose_given_name_is_a_womans_elsewhere_is_that_man():
    # 'Gul' is a man's name in Pakistan and a woman's in Turkey: it tells no gender
    assert said("pronoun-after-a-shared-given-name.txt") == [("Gul Rahman", "The water took everything I had")]


def test_names_joined_by_and_before_or_after_the_verb_say_the_quote_together():
    assert said("speakers-joined.txt") == [
        ("Norway and Iceland", "a grave escalation."),
        ("Ann Moss and Bill Kerr", "would waste billions."),
        ("Ann Moss and Bill Kerr", "We stand together on this"),
        ("Ann Moss", "a dreamer."),  # 'with the actor Lena Hart, Moss called': a comma joins no speakers
        ("Paul Dray", "It was a quiet evening"),  # 'said Paul Dray, Hart's agent'
        ("Harbour Institute and Coast Trust", "are unsafe for use."),  # the subject's list, 'found' no verb of saying
        ("Ann Moss and Bill Kerr", "must be delayed."),  # 'both said'
    ]


def test_a_sentence_opening_on_whom_it_speaks_of_leaves_he_to_the_speaker_before():
    # 'Of chief executive Ian Kerr, he said: “...”': he is the union leader, not Kerr
    assert said("said-of-a-person.txt") == [("Sipho Mabena", "He has blood on his hands."),
                                             ("Lindiwe Zulu", "We will see him in court.")]


def test_a_paper_quoting_someone_as_saying_gives_the_quote_to_the_one_quoted():
    # 'The paper quoted a senior aide as saying she was “...”': the unnamed aide, not Lind whom 'she' names
    assert said("quoted-as-saying.txt") == [("Sofia Lind", "I should have acted sooner"), (None, "exhausted."),
                                           ("Ola Berg", "in shock.")]


def test_a_description_with_no_name_is_the_person_just_named_and_a_chanting_crowd_is_no_one():
    # 'the former Norway midfielder said' is Holm, not Norway; 'they chanted' is the fans, not Holm; 'The three-time
    # world champion said' and 'the 29-year-old said' are the runner just named
    assert said("epithets-and-crowds.txt") == [
        ("Piet Holm", "I gave everything to this club"),
        (None, "Renzi out!"),
        ("Grace Wanjiku", "dreamed of this for years."),
        ("Grace Wanjiku", "It's a new start"),
    ]


def test_an_unnamed_holder_of_a_places_post_is_no_one_named_before():
    # 'the city's mayor said' in Belgorod is not the Kherson governor quoted before
    assert said("unnamed-post-holder.txt") == [("Ivan Lutsyk", "He was waiting at a bus stop"),
                                              (None, "The situation is under control")]


def test_a_states_post_with_no_name_is_its_holder_named_before_or_no_one_never_the_state():
    # "Norway's former finance minister said" is no one named; "Norway's foreign minister said" is Ivo Marsh, named
    # before in that post; "said Norway's former health minister" is not Ivo Marsh, the last person named
    assert said("a-states-post.txt") == [(None, "The money was wasted"), ("Ivo Marsh", "The camps will stay open"),
                                         (None, "It is shameful")]
