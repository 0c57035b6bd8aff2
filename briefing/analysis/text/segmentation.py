"""Pass 0: paragraphs and sentences, each with character offsets into the original text.

Paragraphs are marked as headline, credit (byline or photo credit) or body, so later passes can leave
the people named in "File picture: Evgeniy Maloletka/AP" out of the actors.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from briefing.analysis.text.vocabulary import MONTH_ABBREVIATIONS

# Words after which a full stop does not end a sentence ("Mr. Putin", "Gen. Syrskyi", "U.S. forces").
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt adm cmdr gov sen rep rev st sr jr no vs etc mt ft
    inc corp co ltd dept est fig messrs mme mssrs
    del atty supt pres sec amb hon cpl pvt gens reps sens govs ave blvd""".split()
) | frozenset(MONTH_ABBREVIATIONS)

BODY, HEADLINE, CREDIT = "body", "headline", "credit"


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    text: str
    index: int
    kind: str = BODY


@dataclass(frozen=True)
class Doc:
    text: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]

    def body(self) -> tuple[Paragraph, ...]:
        """The paragraphs that are neither headline nor credit."""
        return tuple(p for p in self.paragraphs if p.kind == BODY)


BLOCK_BREAK = re.compile(r"\n[ \t]*\n\s*")
LINE_BREAK = re.compile(r"\n")
# A candidate end: . ! or ? (maybe followed by closing quotes/brackets), then space, then an opener.
SENTENCE_END = re.compile(r"[.!?…](?:[\"'”’)\]]|'')*(?=\s+(?:[\"'“‘(\[]|``)*[A-Z0-9])")
# A line ends a paragraph when it ends like a sentence (wire copy puts one paragraph per line).
LINE_ENDS_SENTENCE = re.compile(r"(?:[.!?:…]|[.!?,]?[\"”’)]|'')\s*$")
CREDIT_LINE = re.compile(
    r"(?i)(?:\b(?:file\s+)?(?:photo(?:graph)?|picture|image|illustration)s?\s*(?:by)?\s*:|\bcredit\s*:"
    r"|\b(?:getty images|afp|ap photo|reuters|shutterstock|epa)\b.{0,40}$|/(?:AP|AFP|Reuters|Getty|EPA)\b)"
)
REPORTED_SPEECH = re.compile(r"[“”\"]|''|\b(?:said|says|told|according|added|wrote)\b")
# Agency and newspaper sign-offs: 'Reporting by Tom Balmforth; Editing by Mark Trevelyan',
# 'Maggie Haberman contributed reporting.', 'Follow Pam Key on Twitter @pamkey'.
SIGN_OFF = re.compile(
    r"(?i)^\(?(?:(?:additional\s+)?reporting|writing|editing|compiled|produced|translated)\s+by\b"
    r"|\bcontributed\s+(?:reporting|to\s+this\s+(?:report|article|story))\b|^[\"“]?follow\s+.{2,40}\bon\s+twitter"
    r"|^(?:contact|email|e-mail)\s+(?:the\s+)?(?:author|reporter|writer)\b"
)
BYLINE = re.compile(r"^(?:By|BY|Written by|Reporting by|From)\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}"
                    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})*"
                    r"(?:\s+(?:in|at)\s+[A-Z][\w.'’\- ]{0,40})?\s*(?:[,|\-–—].{0,60})?$")
HEADLINE_MAX_WORDS = 25
# A wire dateline opens the lead, not a headline: 'KYIV (Reuters) -', 'BEIRUT, March 3 (AP) —'.
DATELINE_OPENING = re.compile(r"^[A-Z][A-Z .'’-]{2,}(?:,[^()]{0,40})?\s*(?:\([A-Za-z .]+\))?\s*[-—–]\s")


def paragraphs(text: str) -> list[Paragraph]:
    """Blank lines separate paragraphs; a block of lines that each end a sentence is one per line.

    'One.\\n\\nTwo.' -> two paragraphs; 'Headline\\nFirst par.\\nSecond par.' -> three, offsets kept.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in BLOCK_BREAK.finditer(text):
        _split_block(text, pos, m.start(), spans)
        pos = m.end()
    _split_block(text, pos, len(text), spans)
    out: list[Paragraph] = []
    for start, end in spans:
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:
            first = start + len(chunk) - len(chunk.lstrip())
            out.append(Paragraph(first, first + len(stripped), stripped, len(out)))
    return _mark_kinds(out)


def _split_block(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Within one block, lines are paragraphs when most of them end like a sentence or stand short.

    'Headline\nBy Jo Smith\nFirst paragraph.\nSecond.' -> four; 'The talks began and\nran late.' -> one.
    """
    breaks = [m.start() for m in LINE_BREAK.finditer(text, start, end)]
    if not breaks:
        spans.append((start, end))
        return
    bounds = [start, *[b + 1 for b in breaks], end + 1]
    lines = [(bounds[i], bounds[i + 1] - 1) for i in range(len(bounds) - 1)]
    # A hard-wrapped line runs to the wrap width; a headline or byline is short, a paragraph ends a sentence.
    width = max(b - a for a, b in lines)
    standalone = sum(
        1 for a, b in lines if LINE_ENDS_SENTENCE.search(text, a, b) or (b - a) < width * 0.8
    )
    if standalone * 3 >= len(lines) * 2:
        spans.extend(lines)
    else:
        spans.append((start, end))


def _credit_line(text: str) -> bool:
    """'Photograph: Sergei Ilnitsky/EPA' is a credit; '“We will fight on,” Mr Petrov told Reuters.' is not: a
    line that quotes or reports speech is the story, whatever agency it names at its end."""
    return bool(CREDIT_LINE.search(text)) and not REPORTED_SPEECH.search(text)


def _mark_kinds(paras: list[Paragraph]) -> list[Paragraph]:
    """The first short line is a headline, and so is a deck line under it; credit and byline lines are credits."""
    out: list[Paragraph] = []
    for p in paras:
        kind = BODY
        short = len(p.text.split()) <= 30
        if (short and (_credit_line(p.text) or SIGN_OFF.search(p.text))) or BYLINE.match(p.text):
            kind = CREDIT
        elif (p.index == 0 and len(paras) > 1 and _looks_like_headline(p.text, paras[1].text)) or (
                p.index == 1 and out[0].kind == HEADLINE and len(paras) > 2 and _deck(p.text)):
            kind = HEADLINE
        out.append(Paragraph(p.start, p.end, p.text, p.index, kind))
    return out


def _deck(text: str) -> bool:
    """'Monitor puts toll at 52 as rescuers search rubble' under the headline: a second headline line (a deck or
    standfirst), short and with no closing stop; 'KYIV (Reuters) - Russian drones struck ...' is the lead."""
    return (len(text.split()) <= HEADLINE_MAX_WORDS and not LINE_ENDS_SENTENCE.search(text)
            and not DATELINE_OPENING.search(text))


def _looks_like_headline(text: str, following: str) -> bool:
    """'Zelenskyy says he is sending delegation to Istanbul' (no stop), 'Obama Sees Insult if Blacks Don't Rally.'
    (title case), or 'Flynn says Trump 'absolutely right' on generals.' (one short sentence before a longer one)."""
    words = text.split()
    if len(words) > HEADLINE_MAX_WORDS:
        return False
    if not LINE_ENDS_SENTENCE.search(text):
        return True
    long_words = [w for w in words if len(w) > 3]
    if long_words and sum(w[0].isupper() for w in long_words) * 10 >= len(long_words) * 7:
        return True
    one_sentence = not SENTENCE_END.search(text) and not text.endswith(":")
    return one_sentence and len(words) <= 20 and len(following.split()) * 2 >= len(words) * 3


def is_abbreviation(text: str, dot: int) -> bool:
    """'Mr.' and 'U.S.' and single initials ('J. Smith') do not end a sentence."""
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > 0 and dot - word_start < 20 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot]
    if not word:
        return False
    if word.lower().rstrip(".") in ABBREVIATIONS:
        return True
    # Initials and dotted abbreviations: "J." "U.S" "a.m"
    return (len(word) == 1 and word.isupper()) or "." in word


def sentences(paragraph: Paragraph) -> list[Sentence]:
    """'Mr. Peskov said no. The talks ended.' -> two sentences; 'Mr.' is not an end."""
    text = paragraph.text
    out: list[Sentence] = []
    pos = 0
    for m in SENTENCE_END.finditer(text):
        if is_abbreviation(text, m.start()):
            continue
        _append_sentence(out, paragraph, pos, m.end())
        pos = m.end()
    _append_sentence(out, paragraph, pos, len(text))
    return out


def _append_sentence(out: list[Sentence], paragraph: Paragraph, start: int, end: int) -> None:
    """Add text[start:end] of a paragraph as a sentence, trimmed, with absolute offsets."""
    chunk = paragraph.text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    start += len(chunk) - len(chunk.lstrip())
    absolute = paragraph.start + start
    out.append(Sentence(absolute, absolute + len(stripped), stripped, paragraph.index))


def segment(text: str) -> Doc:
    """Split `text` into paragraphs and sentences; every offset slices back to its text."""
    paras = paragraphs(text)
    sents = [s for p in paras for s in sentences(p)]
    return Doc(text, tuple(paras), tuple(sents))


# UTF-8 read as Windows-1252: 'Ã§' was 'ç', 'Ã©' was 'é', 'Å‚' was 'ł' (a lead byte C2-C5, then a trail byte).
MOJIBAKE_LEAD = "ÂÃÄÅ"
MOJIBAKE_TRAIL = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e" \
    "\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
# The lead letter may come decomposed ('A' and a combining tilde) where the text was normalized to NFD.
MOJIBAKE = re.compile(f"(?:[{MOJIBAKE_LEAD}]|A[\u0302\u0303\u0308\u030a])[{MOJIBAKE_TRAIL}]")


def repair_mojibake(word: str) -> str:
    """'FranÃ§ois' -> 'François': UTF-8 bytes that were decoded as Windows-1252 (or Latin-1), decoded again,
    as often as that was done ('FranÃ\x83Â§ois' was garbled twice).

    Text that is not such mojibake ('Ãlvaro' typed on purpose, or a mix) is returned as it is.
    """
    word = unicodedata.normalize("NFC", word) if MOJIBAKE.search(word) else word
    for _ in range(3):
        if not MOJIBAKE.search(word):
            break
        try:
            word = bytes(ord(c) if ord(c) < 256 else c.encode("cp1252")[0] for c in word).decode("utf-8")
        except UnicodeError:
            break
    return word
