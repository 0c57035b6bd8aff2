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
