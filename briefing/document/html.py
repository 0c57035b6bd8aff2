"""A web page (HTML) into article text and what the page says about itself, through trafilatura.

trafilatura is an optional dependency (`pip install 'briefing[html]'`), imported only when a page is read.
Nothing is fetched: the page's bytes come from a file or standard input.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from briefing.errors import BriefingError
from briefing.safe_text import visible

HTML_SUFFIXES = frozenset({".html", ".htm"})
# A page starts with a doctype, an <html>/<head>/<body> tag or a comment (after a BOM and blank space).
HTML_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
SNIFF = 4096
# A page's tables and lists: a row's cells on one line, an item per line.
CELL_SEPARATOR = " | "


@dataclass(frozen=True)
class Page:
    """What an article page holds: its headline, date (YYYY-MM-DD), site name and address, and its text."""

    title: str
    date: str
    sources: tuple[str, ...]
    text: str  # paragraphs separated by a blank line


def looks_like_html(data: bytes) -> bool:
    """b'<!DOCTYPE html><html>...' -> True; b'Talks resume in Geneva...' -> False."""
    return HTML_START.match(data[:SNIFF]) is not None


def read_page(data: bytes, path: str) -> Page:
    """The article in a page's bytes; a page with no article text, or trafilatura missing, is a BriefingError."""
    trafilatura = _trafilatura(path)
    try:
        document = trafilatura.bare_extraction(
            data, with_metadata=True, include_comments=False, include_images=False, include_links=False,
            include_formatting=False, include_tables=True)
    except Exception as exc:  # a parser's failure on a hostile page is a bad file, not a crash
        raise BriefingError(path, f"cannot read the page as HTML ({type(exc).__name__})") from None
    body = getattr(document, "body", None)
    text = "\n\n".join(_paragraphs(body)) if body is not None else ""
    if not text.strip():
        raise BriefingError(path, "no article text found")
    return Page(
        title=_line(document.title),
        date=_line(document.date),
        sources=tuple(dict.fromkeys(s for s in (_line(document.sitename), _line(document.url)) if s)),
        text=text,
    )


def _trafilatura(path: str) -> Any:
    try:
        import trafilatura
    except ImportError:  # not installed, or installed without its own dependencies
        raise BriefingError(path, "reading HTML needs trafilatura: pip install 'briefing[html]'") from None
    return trafilatura


def _paragraphs(body: Any) -> Iterator[str]:
    """<p>One<lb/>two</p><list><item>a</item><item>b</item></list> -> 'One two', '- a\\n- b'."""
    for block in body:
        if block.tag == "list":
            lines = [f"- {_line(_flat(item))}" for item in block.iterchildren("item")]
        elif block.tag == "table":
            lines = [CELL_SEPARATOR.join(_line(_flat(cell)) for cell in row.iterchildren("cell"))
                     for row in block.iterchildren("row")]
        else:
            lines = [_line(_flat(block))]
        kept = "\n".join(line for line in lines if line.strip(" -|"))
        if kept:
            yield kept


def _flat(element: Any) -> str:
    """All the text in an element, in order; a line break (<lb/>) is a space."""
    return "".join(_texts(element))


def _texts(element: Any) -> Iterator[str]:
    if element.text:
        yield element.text
    for child in element:
        yield " " if child.tag == "lb" else _flat(child)
        if child.tail:
            yield child.tail


def _line(value: str | None) -> str:
    """One line of shown text: whitespace collapsed, control characters made visible ('\\x1b' -> '␛')."""
    return visible(" ".join((value or "").split()))
