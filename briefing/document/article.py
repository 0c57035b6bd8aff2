"""What a raw article says about itself: its headline, its date, its dateline place."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.analysis.text.vocabulary import MONTHS, TITLED_MONTH, TITLED_MONTH_ABBREVIATION

MONTH = rf"(?P<month>{TITLED_MONTH}|{TITLED_MONTH_ABBREVIATION})\.?"
DATES = (
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b(?P<day>[0-3]?\d)\s+{MONTH}\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(rf"\b{MONTH}\s+(?P<day>[0-3]?\d),?\s+(?P<year>(?:19|20)\d\d)\b"),
)
# "KYIV, Ukraine (AP) —" or "ISTANBUL —" at the start of a paragraph.
DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*)(?:,\s*(?P<region>[A-Z][\w.]+(?: [A-Z][\w.]+)*))?"
                      r"\s*(?:\([^)\n]{1,40}\))?\s*(?:—|–|--|-)\s", re.M)
HEAD = 3000  # only the top of a story holds its date and dateline


@dataclass(frozen=True)
class ArticleMeta:
    title: str
    date: str
    place: str


def headline(text: str) -> str:
    """The first line, when it is short enough to be a headline."""
    first = text.strip().split("\n", 1)[0].strip().lstrip("#").strip()
    return first if 0 < len(first) <= 200 else ""


def find_date(text: str) -> str:
    """'Istanbul, 15 May 2025' or 'May 15, 2025' or '2025-05-15' -> '2025-05-15' (the first in the top)."""
    best: tuple[int, str] | None = None
    top = text[:HEAD]
    for pattern in DATES:
        m = pattern.search(top)
        if not m:
            continue
        month = int(m.group("mnum")) if "mnum" in m.groupdict() else _month(m.group("month"))
        day = int(m.group("day"))
        if 1 <= month <= 12 and 1 <= day <= 31 and (best is None or m.start() < best[0]):
            best = (m.start(), f"{m.group('year')}-{month:02d}-{day:02d}")
    return best[1] if best else ""


def _month(name: str) -> int:
    name = name.lower().rstrip(".")
    return next(number for number, full in enumerate(MONTHS, start=1) if full.startswith(name[:3]))


def find_place(text: str) -> str:
    """'KYIV, Ukraine (AP) — Russian drones…' -> 'Kyiv, Ukraine'."""
    m = DATELINE.search(text[:HEAD])
    if not m or len(m.group("place")) < 3:
        return ""
    place = m.group("place").title()
    return f"{place}, {m.group('region')}" if m.group("region") else place


def article_meta(text: str) -> ArticleMeta:
    return ArticleMeta(headline(text), find_date(text), find_place(text))
