"""Quotes and their speakers, one short self-written article per house style or pattern."""

from __future__ import annotations

import pytest

from briefing.analysis import analyse


def said(text: str) -> list[tuple[str | None, str]]:
    """(speaker, quoted words) of the direct statements a reader would see."""
    return [(s.speaker, s.text) for s in analyse(text).statements if s.direct]


def test_curly_quotes_with_speaker_after_the_quote():
    text = (
        "Talks stall in Geneva\n"
        "Foreign minister Anna Lindqvist met her counterpart on Monday.\n"
        "“We are further apart than we were a week ago,” Ms Lindqvist told reporters.\n"
    )
    assert said(text) == [("Anna Lindqvist", "We are further apart than we were a week ago")]


def test_straight_quotes_with_said_before_the_name():
    text = (
        "Defence minister Piet Novak visited the border on Tuesday.\n\n"
        '"The line is holding, for now," said Mr Novak.\n'
    )
    assert said(text) == [("Piet Novak", "The line is holding, for now")]


def test_nyt_style_double_apostrophes():
    text = (
        "Senator Grace Okafor left the hearing early.\n\n"
        "''This is not oversight, it is theater,'' Ms. Okafor said. ''We deserve better.''\n"
    )
    assert said(text) == [
        ("Grace Okafor", "This is not oversight, it is theater"),
        ("Grace Okafor", "We deserve better."),
    ]


def test_he_said_after_the_quote_resolves_to_the_last_subject():
    text = (
        "Prime minister Boris Petrov flew to Ankara.\n\n"
        "Mr Petrov said he would meet the Turkish president on Friday.\n\n"
        "“Nothing is agreed until everything is agreed,” he said.\n"
    )
    assert said(text) == [("Boris Petrov", "Nothing is agreed until everything is agreed")]


def test_she_skips_a_man_named_in_between():
    text = (
        "Mayor Elena Rossi met police chief James Sato on Sunday.\n\n"
        "Ms Rossi praised the officers. Mr Sato did not comment.\n\n"
        "“The city owes them a great deal,” she said.\n"
    )
    assert said(text)[0][0] == "Elena Rossi"


def test_multi_paragraph_quote_is_reopened_and_keeps_its_speaker():
    text = (
        "Carla Moreau, the union leader, addressed the crowd on Saturday.\n\n"
        "“We have waited three years for this agreement,” Ms Moreau said.\n\n"
        "“We will not wait three more. If the ministry does not sign, we strike.\n\n"
        "“And we will strike until it does.”\n"
    )
    quotes = said(text)
    assert [q for _, q in quotes] == [
        "We have waited three years for this agreement",
        "We will not wait three more. If the ministry does not sign, we strike.",
        "And we will strike until it does.",
    ]
    assert {speaker for speaker, _ in quotes} == {"Carla Moreau"}


def test_colon_introduces_the_quote_and_partial_quote_takes_the_subject():
    text = (
        "British prime minister Keith Tanaka accused the rebels of “wrecking the ceasefire”.\n\n"
        "His foreign minister, Irina Kovalenko, went further, saying: “They never wanted peace.”\n"
    )
    assert said(text) == [
        ("Keith Tanaka", "wrecking the ceasefire"),
        ("Irina Kovalenko", "They never wanted peace."),
    ]


def test_an_organization_can_speak():
    text = (
        "The Kremlin said the talks were postponed “at the request of the other side”.\n"
        "The delegation stayed in its hotel.\n"
    )
    assert said(text) == [("Kremlin", "at the request of the other side")]


def test_scare_quotes_and_titles_are_not_statements():
    text = (
        "The minister appointed four officials as “experts” for the talks.\n\n"
        "He later appeared on the radio show “Morning Politics With Friends” to defend them.\n"
    )
    assert said(text) == []


def test_nested_single_quotes_stay_inside_the_quote():
    text = (
        "“He told me, ‘Go home and rest,’ and I did,” said Farid Okafor, a nurse.\n"
    )
    assert said(text) == [("Farid Okafor", "He told me, ‘Go home and rest,’ and I did")]


def test_unnamed_source_has_no_speaker():
    text = (
        "Envoy David Quinlan arrived late.\n\n"
        "“The mood is grim,” a senior diplomat said.\n"
    )
    assert said(text) == [(None, "The mood is grim")]


def test_reported_speech_is_an_indirect_statement():
    text = "Spokesman Hakan Sato said the president has no plans to travel to the summit.\n"
    statements = analyse(text).statements
    assert [(s.speaker, s.direct) for s in statements] == [("Hakan Sato", False)]
    assert statements[0].text == "the president has no plans to travel to the summit"


def test_british_single_quotes_and_possessive_title():
    text = (
        "Russia’s foreign minister, Boris Lindqvist, spoke on Monday.\n\n"
        "‘Every pause is used to rearm,’ Mr Lindqvist said. The Smiths’ house was not hit.\n"
    )
    assert said(text) == [("Boris Lindqvist", "Every pause is used to rearm")]
    assert analyse(text).actors[0].role == "Russia’s foreign minister"


def test_block_quote_introduced_by_a_colon_belongs_to_the_introducer():
    text = (
        "The Daily Courier reports:\n\n"
        "“Turnout in the northern districts fell for the third election running.”\n"
    )
    assert said(text) == [("Daily Courier", "Turnout in the northern districts fell for the third election running.")]


def test_quote_signed_with_a_dash():
    text = "“I will vote for the first time this year.” ― Marisol Etxeberria\n"
    assert said(text) == [("Marisol Etxeberria", "I will vote for the first time this year.")]


def test_straight_single_quotes_and_apostrophes():
    text = (
        "Home secretary Ann Ek resigned on Friday after the students' union protests.\n\n"
        "In a letter, Ek wrote: 'It has been a privilege to serve.' She didn't say more.\n\n"
        "A Labour spokesperson said: 'This government is falling apart.'\n"
    )
    assert said(text) == [
        ("Ann Ek", "It has been a privilege to serve."),
        (None, "This government is falling apart."),
    ]


def test_a_verb_after_a_partial_quote_with_its_own_object_is_not_an_attribution():
    text = (
        "City attorney Bea Holm said in a letter that the advert “unmistakably and wrongfully” suggests that "
        "Mayor Tom Rossi supports the campaign.\n"
    )
    assert said(text) == [("Bea Holm", "unmistakably and wrongfully")]


@pytest.mark.parametrize(("text", "speakers"), [
    # A long quote opening the paragraphs after an indirect statement is the reporter's source.
    ("Ferry crews return to work\n\n"
     "Crew leader Lotte Brann said the pay deal was fair.\n\n"
     "\"We asked for little and we got it.\n\n"
     "\"Now the boats can run again.\"\n", ["Lotte Brann", "Lotte Brann"]),
    # A quote after a paragraph reporting someone else speaking is that person's.
    ("Harbour plan approved after a long night of debate in the town hall\n\n"
     "\"We will build the new quay by spring,\" said Mr Piet Novak, the harbour master.\n\n"
     "Ms Lotte Brann, who leads the fishermen, said the plan was rushed.\n\n"
     "\"It is the wrong quay in the wrong place.\"\n", ["Piet Novak", "Lotte Brann"]),
])
def test_a_paragraph_opening_quote_goes_to_the_latest_reported_speaker(text, speakers):
    assert [who for who, _ in said(text)] == speakers


@pytest.mark.parametrize(("opening", "closing"), [("‘", "’"), ("'", "'")])
def test_a_plural_possessive_inside_single_quotes_does_not_close_the_quote(opening, closing):
    text = (
        "Dock staff walk out over pay at the harbour on Tuesday\n\n"
        f"{opening}The porters{closing} wages have not moved in years,{closing} said Ms Lotte Brann.\n\n"
        f"Ms Brann accused the owners of {opening}ignoring the porters{closing} and left.\n"
    )
    assert said(text) == [
        ("Lotte Brann", f"The porters{closing} wages have not moved in years"),
        ("Lotte Brann", "ignoring the porters"),
    ]


def test_an_inch_mark_opens_no_quote():
    text = (
        "Boxer Ivan Petrov weighed in on Friday\n\n"
        "Petrov is 6'2\" tall and weighs 92 kilograms, the promoters said.\n\n"
        "\"I am ready,\" Petrov said.\n"
    )
    assert said(text) == [("Ivan Petrov", "I am ready")]


def test_a_quote_resumed_after_its_attribution_is_speech_though_it_looks_like_a_title():
    text = (
        "Fans wait for the champion at the airport\n\n"
        "Nadia Rahim, 41, had waited since dawn at the arrivals gate.\n\n"
        "“Here comes the champion,” Rahim said, waving a flag. “The Lion of Leva.”\n"
    )
    assert said(text) == [("Nadia Rahim", "Here comes the champion"), ("Nadia Rahim", "The Lion of Leva.")]


def test_a_short_quote_a_relative_clause_says_someone_cited_is_theirs():
    text = (
        "Senator wants four tax breaks closed\n\n"
        "Senator Ann Moss set out her tax plan in Leva on Tuesday.\n\n"
        "The four “loopholes” she cited are worth $9 billion a year to the wealthiest families.\n"
    )
    assert said(text) == [("Ann Moss", "loopholes")]


def test_a_quote_in_a_first_paragraph_that_the_story_repeats_is_said_where_the_story_says_it():
    text = (
        "Councillors question the sale of the old harbour ahead of the vote; \n"
        "Critics liken plan to 'selling the front door' of the town.\n\n"  # a headline and its deck as one block
        "The mayor of Leva defended the sale of the old harbour on Tuesday.\n\n"
        "Councillor Ines Vale said the mayor was “selling the front door” of the town.\n"
    )
    assert said(text) == [("Ines Vale", "selling the front door")]


def test_a_sentence_opening_with_according_to_makes_a_short_quote_a_statement_of_that_source():
    text = (
        "Mayor receives threats\n\n"
        "Mayor Rosa Lind was threatened by telephone on Monday.\n\n"
        "According to police, the caller “made clear threats.”\n\n"
        "According to the complaint, the caller ran a “hate campaign” in which he “targeted” her family.\n"
    )
    # the police and the complaint, no actors: not Lind, named before
    assert said(text) == [(None, "made clear threats."), (None, "hate campaign"), (None, "targeted")]


def test_a_short_quote_some_way_after_a_form_of_saying_is_still_its_subjects():
    text = (
        "Senator warns of cyber attacks\n\n"
        "Senator Ann Moss is stressing the need to protect the harbours, the ports and the power grid under "
        "“constant attack” from hackers.\n"
    )
    assert said(text) == [("Ann Moss", "constant attack")]
