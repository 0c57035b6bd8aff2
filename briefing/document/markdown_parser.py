"""The one Markdown reading of a briefing's body: CommonMark, plus tables, through markdown-it-py.

The blocks are parsed at once, a block's words (its inline tokens) only when asked for: curated list items
are read from their Markdown source (curated.py), so 2,000 statements never pay for an inline parse.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token


@dataclass(frozen=True)
class Parsed:
    tokens: list[Token]
    env: dict[str, Any] = field(default_factory=dict)  # the link definitions the inline parse resolves


@functools.cache
def _parser() -> MarkdownIt:
    """Built once: building a parser costs more than parsing a short section."""
    parser = MarkdownIt("commonmark").enable("table").disable("inline")  # inline: see words()
    # Every link keeps its target, whatever its scheme: the reader shows a `javascript:` link as written
    # and refuses to open it (tui/links.py), rather than leaving '[words](javascript:...)' in the text.
    parser.validateLink = lambda url: True
    # The target as the file wrote it (after Markdown escapes), not percent-encoded.
    parser.normalizeLink = lambda url: url
    return parser


def parse(markdown: str) -> Parsed:
    """'## Talks\\nSee [more](u).' -> heading_open, inline, heading_close, paragraph_open, inline, ..."""
    env: dict[str, Any] = {}
    return Parsed(_parser().parse(markdown, env), env)


def words(inline: Token, env: dict[str, Any]) -> list[Token]:
    """An inline token's children (text, emphasis, links ...), parsed when asked for. Not kept on the token:
    the text is read once, and 200,000 words of inline tokens would last as long as the block tokens."""
    if inline.children or not inline.content:  # the block parse leaves an empty list
        return inline.children or []
    parser = _parser()
    return parser.inline.parse(inline.content, parser, env, [])
