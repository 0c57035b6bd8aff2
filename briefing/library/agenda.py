"""The agenda: every next step of the library on one calendar, from the index's `steps` table.

    library.read(agenda_reader(start="2025-05-12", end="2025-05-18"))  # -> Agenda(dated, undated)
    library.read(agenda_json_writer(sys.stdout.write))                  # -> `briefing agenda --json`, streamed

A step is on the agenda when its span (date .. until) meets the window; dated steps go by date, then by
their briefing's date and title, then by where they stand in the text.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from briefing.library.across import split
from briefing.library.refs import BriefingRef

# Steps whose status says they will not happen as planned: every view says so.
NOT_AS_PLANNED = ("postponed", "ruled out")
# An AgendaStep's columns but its actors (which _rows gives first, with the file id), its briefing's last.
STEP_COLUMNS = ("s.item, s.date, s.until, s.precision, s.phrase, s.status, s.text, s.start, s.end, s.json, "
                "s.bid, s.btitle, s.bdate, s.bpath")
# The orders of the index's steps_dated and steps_undated (across.py), so that no step is sorted.
IN_BRIEFING = "s.btitle COLLATE NOCASE, s.bpath, s.start"
DATED_ORDER = f"s.date, s.bdate, {IN_BRIEFING}"
UNDATED_ORDER = f"s.bdate = '', s.bdate DESC, {IN_BRIEFING}"
UNDATED_FILES = "u.bdate = '', u.bdate DESC, u.btitle COLLATE NOCASE, u.bpath"  # undated_order
BATCH = 1000  # steps written at a time by agenda_json_writer
# Parties: file id -> the names an actor goes by in that file (identity.Identity.parties); None keeps all.
Parties = dict[int, frozenset[str]] | None


@dataclass(frozen=True)
class AgendaStep:
    step: str  # the step's id
    date: str | None
    until: str | None
    precision: str | None
    when: str
    status: str
    text: str
    actors: tuple[str, ...]
    start: int | None
    end: int | None
    json: str  # its object in `briefing agenda --json`, as the index holds it
    briefing: BriefingRef

    def day_label(self) -> str:
        """'Fri 16 May 2025', or 'Mon 19 May 2025 – Sun 25 May' for a span: the day it is listed under."""
        first = dt.date.fromisoformat(self.date or "")
        shown = f"{first:%a} {first.day} {first:%b %Y}"
        if self.until and self.until != self.date:
            last = dt.date.fromisoformat(self.until)
            shown += f" – {last:%a} {last.day} {last:%b}"
        return shown

    @property
    def called_off(self) -> bool:
        """Postponed or ruled out: on the agenda, but not to happen as planned."""
        return self.status in NOT_AS_PLANNED

    def to_json(self) -> dict[str, Any]:
        """The contract of `briefing agenda --json`, one step (written by crossing.step_json)."""
        return json.loads(self.json)


@dataclass(frozen=True)
class Agenda:
    dated: tuple[AgendaStep, ...]
    undated: tuple[AgendaStep, ...]



def agenda_reader(start: str | None = None, end: str | None = None, parties: Parties = None,
                  undated: bool = True) -> Callable[[sqlite3.Connection], Agenda]:
    """A reader for Library.read: the steps whose span meets [start, end] (ISO days, either open).

    `parties` keeps only the steps of those files that name one of the given actor names (the actor
    filter; None keeps all). Undated steps are listed apart if `undated` and no window is given: a
    window asks what is due then, which an undated step cannot say.
    """

    def read(conn: sqlite3.Connection) -> Agenda:
        def steps(where: str, params: list[str], order: str) -> tuple[AgendaStep, ...]:
            return tuple(AgendaStep(*row[2:9], split(row[1]), *row[9:12], BriefingRef(*row[12:]))
                         for row in _rows(conn, STEP_COLUMNS, where, params, order, parties))

        dated = steps(*_window(start, end), DATED_ORDER)
        if not undated or start or end:
            return Agenda(dated, ())
        return Agenda(dated, steps("s.date IS NULL", [], UNDATED_ORDER))

    return read


def agenda_json_writer(write: Callable[[bytes], object], start: str | None = None, end: str | None = None,
                       parties: Parties = None) -> Callable[[sqlite3.Connection], int]:
    """A reader for Library.read that writes `briefing agenda --json` (as agenda_reader's steps) as UTF-8,
    a batch of rows at a time, straight from the index's stored objects (bytes, never decoded: 50,000
    steps are 20 MB); returns how many dated steps it wrote."""

    def read(conn: sqlite3.Connection) -> int:
        def steps(where: str, params: list[str], order: str) -> int:
            rows = _rows(conn, "CAST(s.json AS BLOB)", where, params, order, parties)
            count = 0
            while batch := [row[2] for row in itertools.islice(rows, BATCH)]:
                write((b", " if count else b"") + b", ".join(batch))
                count += len(batch)
            return count

        write(b'{"agenda": [')
        dated = steps(*_window(start, end), DATED_ORDER)
        write(b'], "undated": [')
        whole = not (start or end)
        if whole and parties is not None:
            steps("s.date IS NULL", [], UNDATED_ORDER)
        elif whole:  # the whole library's: a row per briefing, its undated steps joined
            for n, (joined,) in enumerate(conn.execute(
                    f"SELECT CAST(u.json AS BLOB) FROM undated AS u ORDER BY {UNDATED_FILES}")):
                write(b", " + joined if n else joined)
        write(b"]}\n")
        return dated

    return read


def _window(start: str | None, end: str | None) -> tuple[str, list[str]]:
    """The SQL condition of a dated step whose span meets [start, end]."""
    where, params = ["s.date IS NOT NULL"], []
    if start:
        where.append("coalesce(s.until, s.date) >= ?")
        params.append(start)
    if end:
        where.append("s.date <= ?")
        params.append(end)
    return " AND ".join(where), params


def _rows(conn: sqlite3.Connection, columns: str, where: str, params: list[Any], order: str,
          parties: Parties) -> Iterator[tuple[Any, ...]]:
    """(file id, actors, *columns) of the steps that meet `where`, in `order`, of the parties if given."""
    if parties is not None:
        if not parties:
            return
        where += f" AND s.file_id IN ({', '.join('?' * len(parties))})"
        params = [*params, *parties]
    rows = conn.execute(f"SELECT s.file_id, s.actors, {columns} FROM steps AS s WHERE {where} ORDER BY {order}",
                        params)
    if parties is None:
        yield from rows
        return
    for row in rows:
        if parties[row[0]] & set(split(row[1])):
            yield row
