"""Lazy wrapping, paragraphs, find and mentions: the pure parts under the reader's views."""

from __future__ import annotations

from briefing.model import Actor, Statement
from briefing.tui.find import find_all
from briefing.tui.layout import Layout, estimate_rows, wrap_rows
from briefing.tui.mentions import Mention, context, find_mentions, statements_by
from briefing.tui.paragraphs import paragraphs


def cut(text: str, width: int, indent: int = 0) -> list[str]:
    return [text[start:end] for start, end in wrap_rows(text, width, indent)]


def test_wraps_at_word_boundaries() -> None:
    assert cut("alpha beta gamma", 11) == ["alpha beta ", "gamma"]


def test_a_newline_forces_a_row_and_an_empty_line_is_a_row() -> None:
    assert cut("one\n\ntwo three", 5) == ["one", "", "two ", "three"]


def test_a_word_wider_than_the_row_is_cut() -> None:
    assert cut("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]


def test_continuation_rows_leave_room_for_the_indent() -> None:
    assert cut("aa bb cc dd", 6, indent=2) == ["aa bb ", "cc ", "dd"]


def test_wide_characters_count_two_cells() -> None:
    assert cut("中文字符测试", 6) == ["中文字", "符测试"]


def test_estimate_is_exact_for_short_lines() -> None:
    assert estimate_rows("short", 80) == 1
    assert estimate_rows("a\nb\nc", 80) == 3


def test_layout_wraps_only_what_is_asked_for() -> None:
    plains = ["word " * 40] * 1000  # 200 cells each: 3 rows at width 80 (estimate), 3 exact
    layout = Layout(plains, 80)
    assert layout.total == 3000
    assert not layout.is_exact(500)
    assert layout.locate(1501) == (500, 1)
    assert layout.is_exact(500) is False  # locating does not wrap
    assert len(layout.rows(500)) == 3 and layout.is_exact(500)
    assert sum(layout.is_exact(i) for i in range(1000)) == 1


def test_layout_corrects_an_estimate_when_it_wraps() -> None:
    layout = Layout(["aaaa bbbb cccc", "next"], 6)  # estimate 3 rows, exact 3; then 'next' follows
    assert layout.locate(3) == (1, 0)
    layout = Layout(["aaaaa bbbbb ccccc"], 6)  # 17 cells: estimate 3 rows, wrapped exactly 3
    assert len(layout.rows(0)) == 3
    layout = Layout(["aaa bbbb cc ddd e", "x"], 6)  # estimate 3, wraps to 4: the next block moves down
    assert layout.tops == [0, 3, 4]
    layout.rows(0)
    assert layout.tops == [0, 4, 5] and layout.locate(4) == (1, 0)


def test_paragraphs_join_soft_breaks_and_keep_offsets() -> None:
    text = "one\ntwo\n\n## Head\nthree\n- a\n- b"
    blocks = paragraphs(text)
    assert blocks == ["one two", "", "## Head", "three", "- a", "- b"]
    assert len("\n".join(blocks)) == len(text)


def test_find_all_ignores_case_and_returns_offsets() -> None:
    assert find_all("Talks in Geneva; talks again", "TALKS") == [0, 17]
    assert find_all("a.b a+b", ".") == [1]
    assert find_all("anything", "") == []


def test_mentions_are_whole_words_and_the_longest_name_wins() -> None:
    actor = Actor("Ilse Varga", aliases=("Varga", "Minister Varga"))
    text = "Ilse Varga spoke. Vargas is another. Minister Varga left; Varga too."
    found = [text[m.start:m.end] for m in find_mentions(text, actor)]
    assert found == ["Ilse Varga", "Minister Varga", "Varga"]


def test_statements_by_an_actor_match_name_or_alias() -> None:
    actor = Actor("Ilse Varga", aliases=("Varga",))
    said = (Statement("Yes.", "Ilse Varga"), Statement("No.", "Brenner"), Statement("Maybe.", "varga"))
    assert [s.text for s in statements_by(actor, said)] == ["Yes.", "Maybe."]


def test_context_cuts_at_words_and_marks_the_cut() -> None:
    text = "The conference opened on Tuesday in Port Avel. Ilse Varga told delegates that the ports would open"
    at = text.index("Ilse")
    before, name, after = context(text, Mention(at, at + 10), reach=20)
    assert (before, name, after) == ("…in Port Avel. ", "Ilse Varga", " told delegates that…")
