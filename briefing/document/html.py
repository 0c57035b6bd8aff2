"""A web page (HTML) into article text and what the page says about itself, through trafilatura.

trafilatura is an optional dependency (`pip install 'briefing[html]'`), imported only when a page is read.
Nothing is fetched: the page's bytes come from a file or standard input.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from briefing.errors import BriefingError
from briefing.safe_text import visible

HTML_SUFFIXES = frozenset({".html", ".htm"})
# A page starts with a doctype or an <html>/<head>/<body> tag, after a BOM, blank space, an XML declaration
# (XHTML) or comments.
HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
SNIFF = 4096
# '&#27;' and its kin: lxml cannot hold a control character, and trafilatura then drops the whole page.
CONTROL_REFERENCE = re.compile(rb"&#(?:(?P<dec>\d{1,8})|[xX](?P<hex>[0-9a-fA-F]{1,8}));?")
# Never text of the page: dropped before the elements are counted, so a big inline script costs nothing.
UNSEEN = ("script", "style", "noscript", "template", "svg", "math", "object", "iframe")
MAX_ELEMENTS = 100_000  # a long news page has a few thousand
MAX_MARKS = 10 * MAX_ELEMENTS  # '<' in the bytes: refused before parsing, which alone takes ~5 s for 6M elements
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
    """The article in a page's bytes; no article text, too many elements or no trafilatura is a BriefingError."""
    trafilatura = _trafilatura(path)
    marks = data.count(b"<")
    if marks > MAX_MARKS:
        raise BriefingError(path, f"too much markup ({marks:,} '<'; the limit is {MAX_MARKS:,})")
    tree = _guarded(path, trafilatura.load_html, CONTROL_REFERENCE.sub(_shown_reference, data))
    if tree is None:
        raise BriefingError(path, "no article text found")
    for element in list(tree.iter(*UNSEEN)):
        element.drop_tree()
    elements = int(tree.xpath("count(//*)"))
    if elements > MAX_ELEMENTS:  # trafilatura's time grows with the elements: ~2.5 s at the limit
        raise BriefingError(path, f"too many HTML elements ({elements:,}; the limit is {MAX_ELEMENTS:,})")
    document = _guarded(path, trafilatura.bare_extraction, tree, with_metadata=True, include_comments=False,
                        include_images=False, include_links=False, include_formatting=False, include_tables=True)
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


def _guarded(path: str, call: Callable[..., Any], *args: Any, **options: Any) -> Any:
    try:
        return call(*args, **options)
    except Exception as exc:  # a parser's failure on a hostile page is a bad file, not a crash
        raise BriefingError(path, f"cannot read the page as HTML ({type(exc).__name__})") from None


def _trafilatura(path: str) -> Any:
    try:
        import trafilatura
    except ImportError:  # not installed, or installed without its own dependencies
        raise BriefingError(path, "reading HTML needs trafilatura: pip install 'briefing[html]'") from None
    return trafilatura


def _shown_reference(match: re.Match[bytes]) -> bytes:
    """b'&#27;' -> b'&#9243;' (␛): a control character the page spells out is shown, never obeyed."""
    code = int(match["dec"]) if match["dec"] else int(match["hex"], 16)
    if code in (9, 10, 13) or not (code < 0x20 or code == 0x7F):
        return match[0]
    return f"&#{ord(visible(chr(code)))};".encode()


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
