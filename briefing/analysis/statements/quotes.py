"""Quote spans: the words between quotation marks, one span per paragraph of a long quotation.

Marks of one family pair with each other, so quotes nested in another family stay inside:
“ ” and „ (curly), ‘ ’ and ' (single, British style), " (straight), `` and '' (NYT style), « » (guillemets).
A quotation still open at the end of a paragraph is cut there; news style reopens it at the next paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from briefing.analysis.text.segmentation import BODY, Doc, Paragraph

PLURAL_POSSESSIVE_AFTER = re.compile(r" [a-z]")
# The next single mark that is not inside a word: a closing ’, or a ‘ that opens another quote.
LATER_CLOSE = re.compile(r"(?P<open>‘)|(?<![\w])’|’(?![\w])")
LATER_STRAIGHT_CLOSE = re.compile(r"(?P<open>(?<=\s)'(?=\w))|(?<=[\w.,!?])'(?!\w)")  # 'The builders' pay is low.'
# 'â€œ' and 'â€\x9d' (or a bare 'â€'): curly double quotes whose UTF-8 bytes were read as cp1252 (mojibake);
# 'â€' before another of these letters is some other garbled mark ('â€™' an apostrophe, 'â€”' a dash).
MOJIBAKE_OPEN, MOJIBAKE_CLOSE = "\u00e2\u20ac\u0153", "\u00e2\u20ac"
OTHER_MOJIBAKE = "\u0153\u2122\u02dc\u201c\u201d\u201e\u2013\u2014\u00a6\u00a2\u00a1"
QUOTE_MARK = re.compile(rf"{MOJIBAKE_OPEN}|{MOJIBAKE_CLOSE}\x9d?(?![{OTHER_MOJIBAKE}])"
                        r"|``|''|[\"“”„«»‘’']")
CURLY = re.compile(r"[“”„]")
LETTER = re.compile(r"[^\W\d_]")
OPEN, CLOSE, BOTH = "open", "close", "both"
# mark -> (family, role)
MARKS = {
    "“": ("curly", OPEN), "„": ("curly", OPEN), "”": ("curly", CLOSE),
    '"': ("straight", BOTH), "``": ("nyt", OPEN), "''": ("nyt", BOTH),
    MOJIBAKE_OPEN: ("curly", OPEN), MOJIBAKE_CLOSE: ("curly", CLOSE), MOJIBAKE_CLOSE + "\x9d": ("curly", CLOSE),
    "«": ("guillemet", OPEN), "»": ("guillemet", CLOSE),
    "‘": ("single", OPEN), "’": ("single", CLOSE), "'": ("apostrophe", BOTH),
}


@dataclass(frozen=True)
class Quote:
    """'“So far, it has not,” Mr Sybiha said.' -> Quote text 'So far, it has not,'."""

    start: int
    end: int
    text: str
    paragraph: int
    mark_start: int
    mark_end: int
    opens_paragraph: bool
    closed: bool
    continues: bool = False


def find_quotes(doc: Doc) -> tuple[Quote, ...]:
    """Every quoted span in the body paragraphs, in text order.

    '“Now ... a window of opportunity,” Fidan said.\\n“The talks … may open a new chapter.”' -> two quotes,
    the second a paragraph of its own.
    """
    out: list[Quote] = []
    open_family = ""  # the family of the quote left open at the end of the paragraph before, if any
    for para in doc.paragraphs:
        if para.kind != BODY:
            open_family = ""
            continue
        found = list(_paragraph_quotes(doc.text, para))
        if found and found[0].opens_paragraph and open_family == _family(doc.text, found[0]):
            # reopened with the same mark: '"Tamm had ...' after '"The first ferry ...' continues it; a curly '“We
            # came ...' inside a straight-quoted passage is someone speaking in it
            found[0] = Quote(**{**found[0].__dict__, "continues": True})
        open_family = _family(doc.text, found[-1]) if found and not found[-1].closed else ""
        out.extend(found)
    return tuple(out)


def _family(text: str, q: Quote) -> str:
    """The family of the mark that opens a quote: 'curly' for '“', 'straight' for '"'."""
    mark = QUOTE_MARK.match(text, q.mark_start)
    return MARKS[mark.group()][0] if mark else ""


def _flanks(text: str, pos: int, end: int, para: Paragraph) -> tuple[bool, bool]:
    """(can open, can close): '“' before a word opens; '”' after a word closes."""
    before = text[pos - 1] if pos > para.start else " "
    after = text[end] if end < para.end else " "
    can_open = not after.isspace() and (before.isspace() or before in "([{—–-/:;,")
    can_close = not before.isspace()
    return can_open, can_close


def _paragraph_quotes(text: str, para: Paragraph) -> Iterator[Quote]:
    """'“A,” he said, “but B.”' -> quotes 'A,' and 'but B.'; an unclosed quote runs to the paragraph end."""
    open_family = ""
    open_at = open_mark = nested = 0
    # The last straight and curly closing marks: a quote opened in one with none of its own left may close in the
    # other ('"Oz has a huge pulpit,” said Dr Gorski').
    last = {"straight": text.rfind('"', para.start, para.end), "curly": text.rfind("”", para.start, para.end)}
    for m in QUOTE_MARK.finditer(text, para.start, para.end):
        family, role = MARKS[m.group()]
        can_open, can_close = _flanks(text, m.start(), m.end(), para)
        if family in ("single", "apostrophe") and _apostrophe(text, m.start(), m.end(), para, open_family == family):
            continue  # an apostrophe: "don’t", "the Clintons’ home", "'90s"
        if not open_family:
            if m.group() == '"' and text[m.start() - 1:m.start()].isdigit():
                continue  # an inch mark, opening nothing: 'Trump is 6'3" tall', 'a 42" screen'
            if role != CLOSE or (can_open and not can_close):
                open_family, open_at, open_mark, nested = family, m.end(), m.start(), 0
            continue
        if family != open_family and not _mixed_close(open_family, family, m.start(), last, can_open, can_close):
            continue
        if family == "curly" and role == OPEN and can_open and _nests(text, m.end(), para.end):
            nested += 1  # '“I’d rather live in what he calls “hell” than here.”': one quote holding another
        elif nested and role == CLOSE:
            nested -= 1
        elif role == CLOSE or (role == BOTH and (can_close or not can_open)) or (role == OPEN and not can_open):
            # an opening mark that cannot open closes: '... is 51 percent.“' at a paragraph's end
            quote = _make(text, para, open_mark, open_at, m.start(), m.end(), closed=True)
            if quote is not None:
                yield quote
            open_family = ""
        elif role == OPEN or (role == BOTH and can_open):
            open_at, open_mark = m.end(), m.start()
    # A stray straight apostrophe opens nothing, unless it opens the paragraph: "'We asked for a fair deal." is the
    # first paragraph of a long quotation in single quotes.
    if open_family and (open_family != "apostrophe" or open_mark == para.start):
        quote = _make(text, para, open_mark, open_at, para.end, para.end, closed=False)
        if quote is not None:
            yield quote


def _nests(text: str, start: int, end: int) -> bool:
    """Whether a curly quote opened inside another closes twice before anything opens again: '“A “B” C”' (the
    inner quote is part of the outer), not '“A ... “B” C' (the first quote was never closed)."""
    marks = [m.group() for _, m in zip(range(2), CURLY.finditer(text, start, end), strict=False)]
    return marks == ["”", "”"]


def _mixed_close(open_family: str, family: str, pos: int, last: dict[str, int], can_open: bool,
                 can_close: bool) -> bool:
    """'her "work-related” emails': a closing double mark of the other family (straight for curly, curly for
    straight) ends the quote when no mark of the quote's own family comes later in the paragraph."""
    pair = {open_family, family} == {"straight", "curly"}
    return pair and can_close and not (can_open and family == "straight") and last[open_family] < pos


def _apostrophe(text: str, start: int, end: int, para: Paragraph, closing: bool) -> bool:
    """A single mark that is an apostrophe, not a quote: a letter on both sides ("don't"), a closing mark with
    nothing open ("the Clintons' home"), or a straight mark that cannot open ("'90s" opens; "rock 'n'" does not)."""
    before = text[start - 1] if start > para.start else " "
    after = text[end] if end < para.end else " "
    if before.isalnum() and after.isalnum():
        return True
    if text[start] == "’":
        return not closing or _plural_possessive(text, start, end, para)
    if closing:
        return not before.strip() or after.isalnum() or _plural_possessive(text, start, end, para)
    return not (before.isspace() or before in "([{—–-") or not after.isalpha()


def _plural_possessive(text: str, start: int, end: int, para: Paragraph) -> bool:
    """‘The nurses’ pay hasn’t kept up,’ she said (curly or straight): 's’' before a lower-case word, with a
    later mark that can close the quote, is a possessive ('‘ignoring the nurses’ and' with none closes there)."""
    if text[start - 1] != "s" or not PLURAL_POSSESSIVE_AFTER.match(text, end, para.end):
        return False
    later = (LATER_CLOSE if text[start] == "’" else LATER_STRAIGHT_CLOSE).search(text, end, para.end)
    return later is not None and later.group("open") is None


def _make(text: str, para: Paragraph, mark_start: int, start: int, end: int, mark_end: int,
          closed: bool) -> Quote | None:
    """The quote between two marks, trimmed of white space; None when it holds no letter ('“ ”') or is the value of
    markup left in the text ('<tweet tweet-author="...">')."""
    chunk = text[start:end]
    stripped = chunk.strip()
    if not LETTER.search(stripped) or text[mark_start - 1:mark_start] == "=":
        return None
    a = start + len(chunk) - len(chunk.lstrip())
    b = a + len(stripped)
    return Quote(a, b, stripped, para.index, mark_start, mark_end, mark_start == para.start, closed)
