"""Counts in running text: "at least five", "more than 12,000", "tens of thousands", "five to seven".

A count is a number of people or things, not a measure: years, dates, times, percentages, money,
distances, durations and ages are left out, so that "more than 400 kilometres" or "in 2022" never
reach the casualty pass. Vague amounts take the conservative reading ACLED uses for fatalities:
"dozens" is at least 12 (at most 99), "hundreds" at least 100, "tens of thousands" at least 10,000.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.analysis.text.folding import lower_keeping_offsets
from briefing.analysis.text.vocabulary import MONTH_ABBREVIATIONS, MONTHS

UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
SHORT_SCALES = {"m": 1_000_000, "bn": 1_000_000_000, "k": 1000}

# Vague amounts: (min, max). "Several" and "a few" are not in ACLED's table; read them low.
VAGUE = {
    "a couple of": (2, 2), "a couple": (2, 2), "a few": (2, None), "a handful of": (3, None), "several": (3, None),
    "dozens": (12, 99), "scores": (20, None), "hundreds": (100, 999), "thousands": (1000, 9999),
    "tens of thousands": (10_000, 99_999), "hundreds of thousands": (100_000, 999_999),
    "millions": (1_000_000, None),
}

_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES, "dozen"], key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?"
# Run on lowered text; the look-ahead holds the first letters of number words, which makes the scan fast.
ATOM = re.compile(
    rf"""(?x)(?<!\w)(?=[0-9abdefhmnost])
    (?:\b(?P<vague>tens\s+of\s+thousands|hundreds\s+of\s+thousands|a\s+couple(?:\s+of)?|a\s+handful\s+of
       |(?:a\s+few|several)(?!\s+(?:hundred|thousand|dozen|million)\b)|dozens|scores|hundreds|thousands|millions)\b
    | (?P<digits>{_DIGITS})(?:\s?(?P<scale>million|billion|thousand)\b|(?P<short>bn|m|k)\b)?
    | \b(?P<words>(?:(?:an?|half\s+a|several|a\s+few)\s+(?=(?:hundred|thousand|dozen|million)\b))?
        (?:{_WORD})\b(?:(?:(?<=hundred)\s+and\s+|(?<=thousand)\s+and\s+|[\s-]+)(?:{_WORD})\b)*))
    """
)
# Words a count may carry in front of it, and what they do to the reading.
QUALIFIER = re.compile(
    r"""(?x)(?:^|(?<=\s)|(?<=\())
    (?P<q>at\s+least|more\s+than|over|above|beyond|past|upwards\s+of|in\s+excess\s+of|no\s+fewer\s+than|no\s+less\s+than
       |nearly|almost|close\s+to|just\s+under|up\s+to|as\s+many\s+as|at\s+most|fewer\s+than|less\s+than
       |about|around|some|roughly|approximately|an\s+estimated|estimated|a\s+total\s+of|another|at\s+least\s+another)
    \s+$"""
)
OPEN_ENDED = frozenset({"at least", "more than", "over", "above", "beyond", "past", "upwards of", "in excess of",
                        "no fewer than", "no less than", "at least another"})
RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|or)\s*$")
BETWEEN = re.compile(r"\bbetween\s+$")
FROM = re.compile(r"\b(?:from|by)\s+$")  # "rose from 30 to 40", "rose by 12 to 87": the figure is the last
AND_NEXT = re.compile(r"\s+and\s+")

# What follows a number that measures rather than counts.
MEASURE_AFTER = re.compile(
    r"""(?x)^(?:\s*(?:%|°)|-?\s*(?:per\s?cent|percent|pc\b|km|kms|kilomet|mile|met(?:re|er)|m\b|cm\b|mm\b|kg\b|ton
       |kilo|gram|pound|dollar|euro|rouble|ruble|hryvni|yuan|rupee|shekel|yen|franc|lira|sterling
       |year|yr|month|week|day|hour|hr|minute|min\b|second|sec\b|decade|centur|a\.?m\b|p\.?m\b|gmt|bst|utc|cet
       |st\b|nd\b|rd\b|th\b|square|sq\b|hectare|acre|feet|foot|ft\b|inch|litre|liter|gallon|barrel|mph|km/h
       |knot|degree|point|vote|seat|bn\b|trillion|storey|stor(?:y|ies)\b|times\b|[:/.]\d))"""
)
# The word before a number that labels or prices it: "aged 54", "No. 10", "$5", "Resolution 2334".
CURRENCY = tuple("$£€¥₴₽")
MEASURE_BEFORE = frozenset("""aged age ages no. number page article resolution route highway flight room platform
    gate chapter section rule version level grade class phase stage round week day year term act item channel
    band""".split())
MONTH_WORDS = frozenset(MONTHS + MONTH_ABBREVIATIONS)
DATE_AFTER = re.compile(rf"^\s+(?:{'|'.join(MONTHS + MONTH_ABBREVIATIONS)})\b")
YEAR_BEFORE = frozenset("""in since of by from until till to before after early late mid the during between and
    spring summer autumn fall winter a an its their his her this that""".split())  # "a 1992 massacre"
# The last word of every qualifier: only a number after one of these is searched for a qualifier.
QUALIFIER_ENDS = frozenset("least than over above beyond past of nearly almost to under many most about around "
                           "some roughly approximately estimated another".split())


@dataclass(frozen=True)
class Count:
    """A count with offsets into the text it came from; `max` None means open-ended."""

    start: int
    end: int
    min: int
    max: int | None
    text: str


def word_value(words: str) -> int | None:
    """'twenty-nine' -> 29, 'two hundred and five' -> 205, 'a dozen' -> 12, 'several hundred' -> 300."""
    total = current = 0
    for word in re.split(r"[\s-]+", words.lower()):
        if word in ("and", ""):
            continue
        if word in ("a", "an", "half", "one") and current == 0:
            current = {"half": 0.5}.get(word, 1)
        elif word == "several":
            current = 3
        elif word == "few":
            current = 2
        elif word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "dozen":
            current = (current or 1) * 12
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in ("thousand", "million", "billion"):
            total += (current or 1) * SCALES[word]
            current = 0
    value = int(total + current)
    return value or None


def _atom_value(m: re.Match[str]) -> tuple[int, int | None] | None:
    if m.group("vague"):
        return VAGUE[" ".join(m.group("vague").split())]
    if m.group("digits"):
        number = float(m.group("digits").replace(",", ""))
        number *= SCALES.get(m.group("scale") or "") or SHORT_SCALES.get(m.group("short") or "", 1)
        if number != int(number):  # "2.5" alone is a measure, not a count
            return None
        return int(number), int(number)
    value = word_value(m.group("words"))
    return None if value is None else (value, value)


def _is_measure(text: str, m: re.Match[str]) -> bool:
    """'400 kilometres', '$5 million', '54-year-old', 'in 2022', 'March 12', '10:30' are not counts.

    `text` is lowered.
    """
    start, end = m.start(), m.end()
    after = text[end:end + 16]
    before = text[max(0, start - 24):start].rstrip()
    previous = _last_word(before)
    if MEASURE_AFTER.match(after) or before.endswith(CURRENCY) or previous in MEASURE_BEFORE:
        return True
    if m.group("digits"):
        if start and (text[start - 1].isalnum() or text[start - 1] in ":/" or (text[start - 1] in ".-_#" and
                      start > 1 and text[start - 2].isalpha())):
            return True  # F-16, G7, COVID-19, 10:30, 24/7
        if DATE_AFTER.match(after) or previous.rstrip(".") in MONTH_WORDS:
            return True
        digits = m.group("digits")
        scaled = m.group("scale") or m.group("short")
        if len(digits) == 4 and digits.isdigit() and 1800 <= int(digits) <= 2100 and not scaled:
            return previous in YEAR_BEFORE or not after[:1].isspace() or after[1:2] in "(["
    return False


def _last_word(before: str) -> str:
    """'killed at least' -> 'least': the word that ends lowered `before` (already right-stripped)."""
    cut = max(before.rfind(" "), before.rfind("\n"), before.rfind("\t"))
    return before[cut + 1:].lstrip("(\"“'‘")


def find_counts(text: str) -> list[Count]:
    """Every count in `text`, in order: 'At least five civilians were killed and 29 injured' -> 5+, 29.

    Qualifiers widen the reading ("at least five": min 5, max None); ranges join ("five to seven",
    "between 10 and 12": min 5 / 10, max 7 / 12); offsets include the qualifier.
    """
    folded = lower_keeping_offsets(text)  # every pattern here is written in lower case
    atoms: list[tuple[int, int, int, int | None]] = []
    for m in ATOM.finditer(folded):
        value = _atom_value(m)
        if value is None or _is_measure(folded, m):
            continue
        if m.group("words") == "one" and _is_pronoun_one(folded, m.start(), m.end()):
            continue
        atoms.append((m.start(), m.end(), *value))
    out: list[Count] = []
    i = 0
    while i < len(atoms):
        start, end, low, high = atoms[i]
        if i + 1 < len(atoms):
            nstart, nend, nlow, nhigh = atoms[i + 1]
            gap = folded[end:nstart]
            between = BETWEEN.search(folded, max(0, start - 10), start)
            joined = AND_NEXT.fullmatch(gap) if between else (RANGE_JOIN.fullmatch(gap) and gap.strip())
            if joined and nlow >= low:
                if FROM.search(folded, max(0, start - 6), start):
                    start, low = nstart, nlow
                elif between:
                    start = between.start()
                end, high = nend, nhigh if nhigh is not None else nlow
                i += 1
        if _last_word(folded[max(0, start - 16):start].rstrip()) in QUALIFIER_ENDS:
            qualifier = QUALIFIER.search(folded, max(0, start - 24), start)
            if qualifier:
                start = qualifier.start("q")
                if " ".join(qualifier.group("q").split()) in OPEN_ENDED:
                    high = None
        out.append(Count(start, end, low, high, text[start:end]))
        i += 1
    return out


PRONOUN_ONE = re.compile(r"\s+(?:of|another|other|who|that|which|day|time|thing|side)\b|\s*[,.;:]")
NO_ONE = re.compile(r"\b(?:no|any|every|the|this|that)\s+$")


def _is_pronoun_one(text: str, start: int, end: int) -> bool:
    """'one of the', 'no one', 'one another': 'one' that is not a count."""
    return bool(PRONOUN_ONE.match(text, end) or NO_ONE.search(text, max(0, start - 8), start))
