"""The plain text, blocks and links a Markdown briefing gives, read from markdown-it-py's tokens."""

from __future__ import annotations

from pathlib import Path

from briefing.document.load import load_briefing
from briefing.document.markdown_parser import parse
from briefing.document.plaintext import plain_text
from briefing.model import Link, source_line

CONSTRUCTS = r'''
Talks resume
============

## Delegations *meet* ##

Emphasis **strong *nested* words**, _under_, \*escaped\* and a \\ backslash; `code *span*` &amp; entities.

```python
## not a heading
x = [1](2)
```

    indented code

> A quoted line
> and its *second* line.

- tight one
- tight [two](https://two.example)
  1. nested first
  2. nested second

3) loose

4) items

See the [council minutes][cm], [Minutes], <https://example.org/a>, <press@example.org> and ![a *map*](map.png).
Open [me](javascript:alert(1)) or [data](data:text/html,hi).

[cm]: https://council.example.gov/minutes "Minutes"
[minutes]: <https://council.example.gov/all>

<div class="x">raw *html* block</div>

Inline <span>raw</span> html<!-- a note --> kept.

<!-- a whole comment block -->

Line with a hard\
break and a second\
break.

***

| Side | Seats |
| ---- | ----: |
| Red  | **5** |
| Blue | [6](https://six.example) |
'''

PLAIN = """\
Talks resume

Delegations meet

Emphasis strong nested words, under, *escaped* and a \\ backslash; code *span* & entities.

## not a heading
x = [1](2)

indented code

A quoted line
and its second line.

- tight one
- tight two
  1. nested first
  2. nested second

3) loose

4) items

See the council minutes, Minutes, https://example.org/a, press@example.org and a map.
Open me or data.

<div class="x">raw *html* block</div>

Inline <span>raw</span> html kept.

Line with a hard
break and a second
break.

Side | Seats
Red | 5
Blue | 6"""


def _parsed(markdown: str) -> tuple:
    parsed = parse(markdown)
    return parsed.tokens, parsed.env


def test_commonmark_constructs_give_their_words_as_plain_text() -> None:
    assert plain_text(*_parsed(CONSTRUCTS)).text == PLAIN


def test_every_link_keeps_its_words_in_the_text_and_its_target_beside() -> None:
    read = plain_text(*_parsed(CONSTRUCTS))
    assert [(link.words, link.target) for link in read.links] == [
        ("two", "https://two.example"),
        ("council minutes", "https://council.example.gov/minutes"),
        ("Minutes", "https://council.example.gov/all"),
        ("https://example.org/a", "https://example.org/a"),
        ("press@example.org", "mailto:press@example.org"),
        ("me", "javascript:alert(1)"),  # refused schemes are kept as written: the reader will not open them
        ("data", "data:text/html,hi"),
        ("6", "https://six.example"),
    ]
    assert all(read.text[link.start:link.end] == link.words for link in read.links)


def test_each_block_knows_its_line_in_the_file() -> None:
    read = plain_text(*_parsed(CONSTRUCTS), first_line=1)
    lines = CONSTRUCTS.split("\n")
    shown = {read.text[b.start:b.end].split("\n")[0]: b.line for b in read.blocks}
    assert shown["Talks resume"] == 2  # the setext heading's first line
    assert lines[shown["## not a heading"] - 1] == "## not a heading"  # a fence's first content line
    assert lines[shown["  1. nested first"] - 1] == "  1. nested first"
    assert lines[shown["Blue | 6"] - 1] == "| Blue | [6](https://six.example) |"
    assert [(b.kind, b.level) for b in read.blocks[:2]] == [("heading", 1), ("heading", 2)]


def test_the_issue_example_leaves_no_markup_debris(tmp_path: Path) -> None:
    path = tmp_path / "talks.md"
    path.write_text(
        "Talks resume\n============\n\nSee the [council minutes][cm] and <https://example.org/a>.\n\n"
        "* **Bold *nested* words** and `code`\n\n<div>raw html block</div>\n\n"
        '[cm]: https://council.example.gov/minutes "Minutes"\n\n'
        "Line with a hard\\\nbreak and an escaped \\*star\\*.\n", encoding="utf-8")
    b = load_briefing(path)
    assert b.text == ("Talks resume\n\nSee the council minutes and https://example.org/a.\n\n"
                      "* Bold nested words and code\n\n<div>raw html block</div>\n\n"
                      "Line with a hard\nbreak and an escaped *star*.")
    assert b.title == "Talks resume"  # the first level-1 heading, setext or ATX
    assert b.links == (Link("council minutes", "https://council.example.gov/minutes", 22, 37),
                       Link("https://example.org/a", "https://example.org/a", 42, 63))


def test_an_offset_in_the_text_maps_to_its_line_in_a_curated_file(tmp_path: Path) -> None:
    path = tmp_path / "talks.md"
    path.write_text("---\ntitle: Talks\n---\n## Summary\nA [summary](https://s.example).\n\n## Actors\n"
                    "- **Ann Lee** — mayor\n\n## Text\nFirst paragraph.\n\nSecond paragraph\nwraps here.\n",
                    encoding="utf-8")
    b = load_briefing(path)
    assert b.text == "First paragraph.\n\nSecond paragraph\nwraps here."
    assert source_line(b, b.text.index("First")) == 11
    assert source_line(b, b.text.index("wraps")) == 14
    assert b.links == (Link("summary", "https://s.example"),)  # in the summary, not the text: no offsets


def test_a_plain_article_maps_offsets_to_its_own_lines(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text("Headline\n\nBody [not a link](x) *as written*.\n", encoding="utf-8")
    b = load_briefing(path)
    assert "[not a link](x) *as written*" in b.text
    assert source_line(b, b.text.index("Body")) == 3


def test_a_heading_straight_above_its_paragraph_stands_apart() -> None:
    """'## Background' with no blank line under it is its own block: the reader never flows it into the text."""
    read = plain_text(*_parsed("## Background\nThe town lies on the river.\nIts quay floods.\n"))
    assert read.text == "Background\n\nThe town lies on the river.\nIts quay floods."
    assert [b.kind for b in read.blocks] == ["heading", "paragraph"]
