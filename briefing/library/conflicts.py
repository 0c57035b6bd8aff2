"""Conflicting figures: one toll reported differently ('at least 12 killed' on the 14th, '19 killed' on
the 20th, both in Kharkiv), from the index's `tolls` table.

Figures are plausibly of one event when they have one kind, one place (its town: 'Kharkiv, Ukraine' is
'kharkiv'), groups that can be the same people (equal, or one says no group or a word for anyone), and
briefing dates that follow each other within CLOSE_DAYS. They conflict when they disagree and come from
more than one briefing.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from briefing.library.dossier import FIGURE_COLUMNS, Figure
from briefing.library.naming import fold
from briefing.library.refs import REF_COLUMNS, BriefingRef

CLOSE_DAYS = 10
# Words for a group that says nothing of who they were: they can be the same people as any group.
ANYONE = frozenset({"", "people", "persons", "person", "others", "individuals"})


@dataclass(frozen=True)
class Conflict:
    kind: str
    group: str
    place: str
    figures: tuple[Figure, ...]

    def to_json(self) -> dict[str, Any]:
        """The contract of `briefing conflicts --json`, one conflict."""
        return {"kind": self.kind, "group": self.group, "place": self.place,
                "figures": [{"min": f.min, "max": f.max, "source": f.source, "text": f.text, "item": f.item,
                             "briefing": f.briefing.to_json()} for f in self.figures]}

    def others(self, path: str, item: str) -> tuple[Figure, ...]:
        """The figures other than the one shown (item `item` of the briefing at `path`)."""
        return tuple(f for f in self.figures if (f.briefing.path, f.item) != (path, item))


def conflicts_reader(paths: frozenset[str] | None = None) -> Callable[[sqlite3.Connection], list[Conflict]]:
    """A reader for Library.read: every conflict, by place; with `paths`, those that involve those files."""

    def read(conn: sqlite3.Connection) -> list[Conflict]:
        rows = conn.execute(
            f"SELECT {FIGURE_COLUMNS}, {REF_COLUMNS}, t.key FROM tolls AS t JOIN files AS f ON f.id = t.file_id "
            f"WHERE t.key != '' AND f.date != '' AND (t.min IS NOT NULL OR t.max IS NOT NULL) "
            f"ORDER BY t.kind, t.key, f.date, f.path, t.start").fetchall()
        found = [c for c in _conflicts(rows) if paths is None or any(f.briefing.path in paths for f in c.figures)]
        return sorted(found, key=lambda c: (c.place.casefold(), c.kind, c.figures[0].briefing.date))

    return read


def _conflicts(rows: list[tuple[Any, ...]]) -> Iterator[Conflict]:
    by_place: dict[tuple[str, str], list[Figure]] = {}
    for row in rows:
        by_place.setdefault((row[1], row[-1]), []).append(Figure(*row[:11], BriefingRef(*row[11:15])))
    for figures in by_place.values():
        for group in _by_group(figures):
            for run in _runs(group):
                if len({(f.min, f.max) for f in run}) > 1 and len({f.briefing.path for f in run}) > 1:
                    named = next((f.group for f in run if fold(f.group) not in ANYONE), run[0].group)
                    yield Conflict(run[0].kind, named, run[0].place or run[0].briefing.title, tuple(run))


def _by_group(figures: list[Figure]) -> list[list[Figure]]:
    """'12 civilians' and '19 soldiers' apart; '19' (no group) with each group it may be."""
    named = sorted({fold(f.group) for f in figures} - ANYONE)
    if not named:
        return [figures]
    return [[f for f in figures if fold(f.group) in (g, *ANYONE)] for g in named]


def _runs(figures: list[Figure]) -> Iterator[list[Figure]]:
    """Figures (in date order) split where CLOSE_DAYS pass without one: each run is plausibly one event."""
    run: list[Figure] = []
    last: dt.date | None = None
    for f in figures:
        day = _day(f.briefing.date)
        if run and (day is None or last is None or (day - last).days > CLOSE_DAYS):
            yield run
            run = []
        run.append(f)
        last = day
    if run:
        yield run


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None
