"""The one Markdown reading of a briefing's body: CommonMark, plus tables, through markdown-it-py."""

from __future__ import annotations

import functools

from markdown_it import MarkdownIt
from markdown_it.token import Token


@functools.cache
def _parser() -> MarkdownIt:
    """Built once: building a parser costs more than parsing a short section."""
    parser = MarkdownIt("commonmark").enable("table")
    # Every link keeps its target, whatever its scheme: the reader shows a `javascript:` link as written
    # and refuses to open it (tui/links.py), rather than leaving '[words](javascript:...)' in the text.
    parser.validateLink = lambda url: True
    # The target as the file wrote it (after Markdown escapes), not percent-encoded.
    parser.normalizeLink = lambda url: url
    return parser


def parse(markdown: str) -> list[Token]:
    """'## Talks\\nSee [more](u).' -> heading_open, inline, heading_close, paragraph_open, inline, ..."""
    return _parser().parse(markdown)
