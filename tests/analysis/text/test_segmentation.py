"""Paragraphs and sentences: wire copy, blank-line copy, headline and credit lines, abbreviations."""

from __future__ import annotations

from briefing.analysis.text.segmentation import BODY, CREDIT, HEADLINE, segment


def test_one_paragraph_per_line_with_headline_and_photo_credit():
    text = (
        "Envoys gather for talks in Istanbul\n"
        "Delegates arrive at the palace. File picture: Jo Smith/AP\n"
        "The talks began on Friday.\n"
        "They ended on Saturday.\n"
    )
    kinds = [p.kind for p in segment(text).paragraphs]
    assert kinds == [HEADLINE, CREDIT, BODY, BODY]


def test_hard_wrapped_paragraphs_stay_whole():
    text = "The talks began on Friday and\nran late into the night.\n\nThey ended on Saturday.\n"
    paras = segment(text).paragraphs
    assert len(paras) == 2
    assert paras[0].text == "The talks began on Friday and\nran late into the night."


def test_abbreviations_do_not_end_sentences():
    text = "Mr. Obama met Gen. Milley at 9 a.m. in the U.S. Capitol. Then he left."
    sentences = [s.text for s in segment(text).sentences]
    assert sentences == ["Mr. Obama met Gen. Milley at 9 a.m. in the U.S. Capitol.", "Then he left."]


def test_lede_is_not_taken_for_a_headline():
    text = "Mr Novak said the talks would resume on Monday.\n\nThe delegations agreed."
    assert segment(text).paragraphs[0].kind == BODY


def test_a_deck_under_the_headline_is_headline_and_the_dateline_lead_is_body():
    lines = ["Airstrike on Corvale market kills dozens",
             "Monitor puts toll at 52 as rescuers search rubble; council to meet Thursday",  # the deck
             "SALVIDA (Reuters) - An airstrike on a market killed at least 37 people on Tuesday, the ministry said.",
             "The council is due to meet on Thursday."]
    assert [p.kind for p in segment("\n".join(lines)).paragraphs] == [HEADLINE, HEADLINE, BODY, BODY]
    short_lead = "Strike kills 37\n\nSALVIDA (Reuters) - An airstrike killed at least 37 people\n\nThe council met."
    assert [p.kind for p in segment(short_lead).paragraphs] == [HEADLINE, BODY, BODY]
