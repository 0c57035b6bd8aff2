"""Markdown tokens to the plain text the reader shows and the analysis reads, with its blocks and links.

Blocks are separated by a blank line; the lines of a paragraph, a tight list or a table stay one line
each, as in the file, so every offset maps back to a line (`Block.line`). Markup goes, words stay: a
link keeps its words in the text and its target in `links`; raw HTML is shown as written (content is
data), an HTML comment (the author's note) and a link definition are not shown.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from markdown_it.token import Token

from briefing.document.markdown_parser import words
from briefing.model import Block, Link

CELL_SEPARATOR = " | "
LIST_INDENT = "  "  # per level of nesting, before a nested item's marker


@dataclass(frozen=True)
class PlainText:
    text: str
    blocks: tuple[Block, ...]
    links: tuple[Link, ...]


@dataclass(frozen=True)
class Leaf:
    """A block of text in the token stream: its kind, its inline tokens (or its literal text), its line."""

    kind: str
    line: int  # 0-based, relative to the parsed Markdown
    prefix: str = ""  # a list item's marker, on its first block
    inlines: tuple[Token, ...] = ()  # a table row has one per cell
    literal: str = ""  # code and raw HTML, shown as written
    level: int = 0
    end: int = 0  # the 0-based line after it
    row: bool = False  # a table's row after its first: always on the next line


def plain_text(tokens: Sequence[Token], env: dict[str, Any], first_line: int = 1) -> PlainText:
    """'# Talks\\n\\nSee [the minutes](https://m.example).' -> 'Talks\\n\\nSee the minutes.', two blocks
    (lines first_line and first_line + 2) and Link('the minutes', 'https://m.example', 16, 27).

    `env` is the parse's (markdown_parser.Parsed.env): the link definitions."""
    parts: list[str] = []
    blocks: list[Block] = []
    links: list[Link] = []
    pos, end = 0, 0
    for leaf in _leaves(tokens):
        if blocks:
            # A blank line between two blocks where the file has one (or more), else a line break; a heading
            # always stands apart ('## Background' straight above its paragraph is no part of it).
            apart = leaf.line > end or "heading" in (leaf.kind, blocks[-1].kind)
            gap = "\n\n" if apart and not leaf.row else "\n"
            parts.append(gap)
            pos += len(gap)
        end = leaf.end
        start = pos
        parts.append(leaf.prefix)
        pos += len(leaf.prefix)
        if leaf.literal:
            parts.append(leaf.literal)
            pos += len(leaf.literal)
        for cell, inline in enumerate(leaf.inlines):
            if cell:
                parts.append(CELL_SEPARATOR)
                pos += len(CELL_SEPARATOR)
            pos = _write_inline(words(inline, env), parts, pos, links)
        blocks.append(Block(leaf.kind, start, pos, first_line + leaf.line, leaf.level))
    return PlainText("".join(parts), tuple(blocks), tuple(links))


def _leaves(tokens: Sequence[Token]) -> Iterator[Leaf]:
    """The blocks that hold text, in order, each list item's marker on its first one."""
    depth = 0  # of nested lists
    prefix = ""
    row: list[Token] = []
    row_line, first_row = 0, True
    for index, tok in enumerate(tokens):
        kind = tok.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
        elif kind == "list_item_open":
            number = tok.info  # an ordered item's number, as written
            prefix = f"{LIST_INDENT * (depth - 1)}{number}{tok.markup} "
        elif kind in ("heading_open", "paragraph_open"):
            heading = kind == "heading_open"
            yield Leaf("heading" if heading else "paragraph", _line(tok), prefix, (tokens[index + 1],),
                       level=int(tok.tag[1]) if heading else 0, end=_end(tok))
            prefix = ""
        elif kind in ("fence", "code_block"):
            line = _line(tok) + (1 if kind == "fence" else 0)
            yield Leaf("code", line, prefix, literal=tok.content.rstrip("\n"), end=_end(tok))
            prefix = ""
        elif kind == "html_block" and not _comment(tok.content):
            yield Leaf("html", _line(tok), prefix, literal=tok.content.rstrip("\n"), end=_end(tok))
            prefix = ""
        elif kind == "table_open":
            first_row = True
        elif kind == "tr_open":
            row, row_line = [], _line(tok)
        elif kind == "inline" and tokens[index - 1].type in ("th_open", "td_open"):
            row.append(tok)
        elif kind == "tr_close":
            yield Leaf("table_row", row_line, prefix, tuple(row), end=row_line + 1, row=not first_row)
            prefix, first_row = "", False


def _line(tok: Token) -> int:
    return tok.map[0] if tok.map else 0


def _end(tok: Token) -> int:
    return tok.map[1] if tok.map else 0


def _comment(html: str) -> bool:
    """'<!-- check the figures -->' is the author's note, not the briefing's text."""
    stripped = html.strip()
    return stripped.startswith("<!--") and stripped.endswith("-->")


def _write_inline(children: Sequence[Token], parts: list[str], pos: int, links: list[Link]) -> int:
    """Append the words of inline tokens to `parts` from offset `pos`, recording links; the new offset."""
    link_start, link_part, target = 0, 0, ""
    for tok in children:
        kind = tok.type
        if kind in ("text", "text_special", "code_inline"):  # text_special: an escape or entity, decoded
            parts.append(tok.content)
            pos += len(tok.content)
        elif kind in ("softbreak", "hardbreak"):
            parts.append("\n")
            pos += 1
        elif kind == "html_inline" and not _comment(tok.content):
            parts.append(tok.content)
            pos += len(tok.content)
        elif kind == "image":  # its description, in words
            pos = _write_inline(tok.children or [], parts, pos, links)
        elif kind == "link_open":
            link_start, link_part, target = pos, len(parts), str(tok.attrs.get("href", ""))
        elif kind == "link_close":
            links.append(Link("".join(parts[link_part:]), target, link_start, pos))
    return pos
