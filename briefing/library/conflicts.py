"""Conflicting figures: one toll reported differently ('at least 12 killed' on the 14th, '19 killed' on
the 20th, both in Kharkiv), from the index's `tolls` table.

    library.read(conflicts_reader())                      # -> [Conflict]: each figure with its briefing
    library.read(conflicts_json_writer(sys.stdout.write))  # -> `briefing conflicts --json`, streamed

Figures are plausibly of one event when they have one kind, one place (its town: 'Kharkiv, Ukraine' is
'kharkiv'), groups that can be the same people (equal, or one says no group or a word for anyone), and
briefing dates that follow each other within CLOSE_DAYS. They conflict when they disagree and come from
more than one briefing.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from operator import attrgetter
from typing import NamedTuple

from briefing.library.figures import FIGURE_COLUMNS, Figure
from briefing.library.refs import REF_COLUMNS, BriefingRef
from briefing.safe_text import json_safe

CLOSE_DAYS = 10
# Words for a group that says nothing of who they were: they can be the same people as any group.
ANYONE = frozenset({"", "people", "persons", "person", "others", "individuals"})
# A string as json.dumps(..., ensure_ascii=False) writes it (json's own C function: 2,000 conflicts' heads
# cost a dict dump each otherwise).
QUOTED = json.encoder.encode_basestring
# Figures asked for by rowid at most this many at a time (SQLite's limit on parameters is 32,766).
BATCH = 10_000


class Reported(NamedTuple):
    """A figure as conflicts are found among them: what tells events apart, and its stored JSON object."""

    rowid: int
    kind: str
    key: str  # the folded place
    grp_key: str  # the folded group
    day: int  # its briefing's date as a day number
    file_id: int  # its briefing's
    min: int | None
    max: int | None
    grp: str
    place: str
    json: str


# In the order of the index's tolls_found (across.py): read in order, never sorted.
REPORTED = ("SELECT rowid, kind, key, grp_key, day, file_id, min, max, grp, place, json FROM tolls "
            "WHERE key != '' AND day IS NOT NULL AND (min IS NOT NULL OR max IS NOT NULL) "
            "ORDER BY kind, key, day, file_id, start")


@dataclass(frozen=True)
class Conflict:
    kind: str
    group: str
    place: str
    figures: tuple[Figure, ...]

    def others(self, path: str, item: str) -> tuple[Figure, ...]:
        """The figures other than the one shown (item `item` of the briefing at `path`)."""
        return tuple(f for f in self.figures if (f.briefing.path, f.item) != (path, item))


@dataclass(frozen=True)
class Disagreement:
    """A conflict as found, its figures as `Reported`."""

    kind: str
    group: str
    place: str
    figures: tuple[Reported, ...]

    def json_text(self) -> str:
        """The contract of `briefing conflicts --json`, one conflict, from the figures' stored objects."""
        head = f'{{"kind": {QUOTED(self.kind)}, "group": {QUOTED(self.group)}, "place": {QUOTED(self.place)}'
        return f'{json_safe(head)}, "figures": [{", ".join(f.json for f in self.figures)}]}}'


def conflicts_reader(paths: frozenset[str] | None = None) -> Callable[[sqlite3.Connection], list[Conflict]]:
    """A reader for Library.read: every conflict, by place; with `paths`, those that involve those files."""

    def read(conn: sqlite3.Connection) -> list[Conflict]:
        found = _found(conn)
        if paths is not None:
            ids = {row[0] for row in conn.execute(
                f"SELECT id FROM files WHERE path IN ({', '.join('?' * len(paths))})", sorted(paths))}
            found = [c for c in found if any(f.file_id in ids for f in c.figures)]
        figures = _figures(conn, [f.rowid for c in found for f in c.figures])
        return [Conflict(c.kind, c.group, c.place, tuple(figures[f.rowid] for f in c.figures)) for c in found]

    return read


def conflicts_json_writer(write: Callable[[str], object]) -> Callable[[sqlite3.Connection], int]:
    """A reader for Library.read that writes `briefing conflicts --json`, a conflict at a time, from the
    figures' stored objects; returns how many conflicts it wrote."""

    def read(conn: sqlite3.Connection) -> int:
        found = _found(conn)
        write('{"conflicts": [')
        for n, conflict in enumerate(found):
            write((", " if n else "") + conflict.json_text())
        write("]}\n")
        return len(found)

    return read


def _found(conn: sqlite3.Connection) -> list[Disagreement]:
    """Every conflict, by place, then kind, then the date of its first figure."""
    found = []
    rows = map(Reported._make, conn.execute(REPORTED))
    for _, place in itertools.groupby(rows, key=attrgetter("kind", "key")):  # the rows come by kind and place
        figures = list(place)
        for group in _by_group(figures):
            for run in _runs(group):
                if len({(f.min, f.max) for f in run}) > 1 and len({f.file_id for f in run}) > 1:
                    named = next((f.grp for f in run if f.grp_key not in ANYONE), run[0].grp)
                    found.append(Disagreement(run[0].kind, named, run[0].place, tuple(run)))
    return sorted(found, key=lambda c: (c.place.casefold(), c.kind, c.figures[0].day))


def _by_group(figures: list[Reported]) -> list[list[Reported]]:
    """'12 civilians' and '19 soldiers' apart; '19' (no group) with each group it may be."""
    named = sorted({f.grp_key for f in figures} - ANYONE)
    if not named:
        return [figures]
    return [[f for f in figures if f.grp_key in (g, *ANYONE)] for g in named]


def _runs(figures: list[Reported]) -> Iterator[list[Reported]]:
    """Figures (in date order) split where CLOSE_DAYS pass without one: each run is plausibly one event."""
    run: list[Reported] = []
    for f in figures:
        if run and f.day - run[-1].day > CLOSE_DAYS:
            yield run
            run = []
        run.append(f)
    if run:
        yield run


def _figures(conn: sqlite3.Connection, rowids: list[int]) -> dict[int, Figure]:
    """The figures of these rows, each with its briefing."""
    out: dict[int, Figure] = {}
    for start in range(0, len(rowids), BATCH):
        batch = rowids[start:start + BATCH]
        out.update((row[0], Figure(*row[1:12], BriefingRef(*row[12:]))) for row in conn.execute(
            f"SELECT t.rowid, {FIGURE_COLUMNS}, {REF_COLUMNS} FROM tolls AS t JOIN files AS f ON f.id = t.file_id "
            f"WHERE t.rowid IN ({', '.join('?' * len(batch))})", batch))
    return out
