"""The body's tokens split at its `##` headings, so curated sections can be told from the text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from markdown_it.token import Token

from briefing.document.plaintext import plain_text
from briefing.sections import SECTIONS, TEXT

# Heading titles (folded) that name a curated section, and the section they name.
SECTION_TITLES = {section.title.casefold(): section.name for section in SECTIONS}
TEXT_TITLES = frozenset({TEXT.title.casefold(), "article"})
SUMMARY_TITLES = frozenset({"summary"})


@dataclass(frozen=True)
class Part:
    """A run of the body: before the first `##` heading (title ''), or one `##` heading and the blocks under it."""

    title: str  # the heading's words
    heading: tuple[Token, ...]  # its tokens (none before the first heading)
    tokens: tuple[Token, ...]  # the blocks under it
    line: int  # 1-based line in the file of the heading (or of the body's first line)


def fold(title: str) -> str:
    return " ".join(title.lower().replace("_", " ").split())


def split_parts(tokens: Sequence[Token], env: dict[str, Any], first_line: int) -> list[Part]:
    """Tokens of 'Intro\\n## Actors\\n- **A**' -> [Part('', ..., 'Intro'), Part('Actors', ..., '- **A**')].

    `first_line` is the file line of the body's first line (token lines count from the body)."""
    starts = [i for i, tok in enumerate(tokens) if tok.type == "heading_open" and tok.tag == "h2" and tok.level == 0]
    parts = [Part("", (), tuple(tokens[:starts[0] if starts else len(tokens)]), first_line)]
    for n, start in enumerate(starts):
        stop = starts[n + 1] if n + 1 < len(starts) else len(tokens)
        heading = tuple(tokens[start:start + 3])  # heading_open, inline, heading_close
        line = first_line + (heading[0].map[0] if heading[0].map else 0)
        parts.append(Part(plain_text(heading, env).text.strip(), heading, tuple(tokens[start + 3:stop]), line))
    return [p for p in parts if p.title or p.tokens]
