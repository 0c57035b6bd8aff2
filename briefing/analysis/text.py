"""Pass 0: paragraphs and sentences, each with character offsets into the original text."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words after which a full stop does not end a sentence ("Mr. Putin", "Gen. Syrskyi", "U.S. forces").
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt adm cmdr gov sen rep rev st sr jr no vs etc
    jan feb mar apr jun jul aug sep sept oct nov dec inc corp co ltd dept est fig""".split()
)


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


@dataclass(frozen=True)
class Doc:
    text: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]


PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# A candidate end: . ! or ? (maybe followed by closing quotes/brackets), then space, then an opener.
SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(\[]*[A-Z0-9])")


def paragraphs(text: str) -> list[Paragraph]:
    """Blank lines separate paragraphs: 'One.\\n\\nTwo.' -> two paragraphs, offsets kept."""
    out: list[Paragraph] = []
    pos = 0
    for m in PARAGRAPH_BREAK.finditer(text):
        _append_paragraph(out, text, pos, m.start())
        pos = m.end()
    _append_paragraph(out, text, pos, len(text))
    return out


def _append_paragraph(out: list[Paragraph], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    start += len(chunk) - len(chunk.lstrip())
    end = start + len(stripped)
    out.append(Paragraph(start, end, stripped, len(out)))


def _is_abbreviation(text: str, dot: int) -> bool:
    """'Mr.' and 'U.S.' and single initials ('J. Smith') do not end a sentence."""
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot]
    if not word:
        return False
    if word.lower().rstrip(".") in ABBREVIATIONS:
        return True
    # Initials and dotted abbreviations: "J." "U.S" "a.m"
    return len(word) == 1 or "." in word


def sentences(paragraph: Paragraph) -> list[Sentence]:
    """'Mr. Peskov said no. The talks ended.' -> two sentences; 'Mr.' is not an end."""
    text = paragraph.text
    out: list[Sentence] = []
    pos = 0
    for m in SENTENCE_END.finditer(text):
        if _is_abbreviation(text, m.start()):
            continue
        _append_sentence(out, paragraph, pos, m.end())
        pos = m.end()
    _append_sentence(out, paragraph, pos, len(text))
    return out


def _append_sentence(out: list[Sentence], paragraph: Paragraph, start: int, end: int) -> None:
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
