"""What a statement's text holds: the speaker's words, not the sentence's punctuation, and each quote once."""

from briefing.analysis import analyse


def direct(text: str) -> list[tuple[str | None, str]]:
    found = analyse(text).statements
    for s in found:
        assert text[s.start:s.end] == s.text
    return [(s.speaker, s.text) for s in found if s.direct]


def test_the_comma_before_the_closing_mark_is_the_sentences():
    text = "Talks resumed in Vienna.\n\n“We are close to a deal,” said Foreign Minister Ines Varga.\n"
    assert direct(text) == [("Ines Varga", "We are close to a deal")]


def test_a_quote_repeated_by_the_same_speaker_in_a_live_page_is_one_statement():
    text = ("10:15 a.m.\n\nSenator Ruth Olsen called the plan a “blank cheque” on Tuesday.\n\n"
            "11:40 a.m.\n\nOlsen again called the plan a “blank cheque” in a radio interview.\n")
    assert direct(text) == [("Ruth Olsen", "blank cheque")]
