"""The agenda: every next step of the library on one calendar, from the index's `steps` table.

    library.read(agenda_reader(start="2025-05-12", end="2025-05-18"))  # -> Agenda(dated, undated)

A step is on the agenda when its span (date .. until) meets the window; dated steps go by date, then by
their briefing's date and title, then by where they stand in the text.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from briefing.library.across import names
from briefing.library.refs import REF_COLUMNS, BriefingRef

# Steps whose status says they will not happen as planned: every view says so.
NOT_AS_PLANNED = ("postponed", "ruled out")
IN_BRIEFING = "f.title COLLATE NOCASE, f.path, s.start"
STEP_COLUMNS = "s.item, s.date, s.until, s.precision, s.phrase, s.status, s.text, s.actors, s.start, s.end"


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
        """The contract of `briefing agenda --json`, one step."""
        return {"date": self.date, "until": self.until, "precision": self.precision, "when": self.when,
                "status": self.status, "text": self.text, "actors": list(self.actors), "step": self.step,
                "briefing": self.briefing.to_json()}


@dataclass(frozen=True)
class Agenda:
    dated: tuple[AgendaStep, ...]
    undated: tuple[AgendaStep, ...]

    def to_json(self) -> dict[str, Any]:
        return {"agenda": [s.to_json() for s in self.dated], "undated": [s.to_json() for s in self.undated]}


def agenda_reader(start: str | None = None, end: str | None = None,
                  parties: dict[int, frozenset[str]] | None = None) -> Callable[[sqlite3.Connection], Agenda]:
    """A reader for Library.read: the steps whose span meets [start, end] (ISO days, either open).

    `parties` keeps only the steps of those files that name one of the given actor names (the actor
    filter; None keeps all). Undated steps are listed apart, whatever the window.
    """

    def read(conn: sqlite3.Connection) -> Agenda:
        where, params = ["s.date IS NOT NULL"], []
        if start:
            where.append("coalesce(s.until, s.date) >= ?")
            params.append(start)
        if end:
            where.append("s.date <= ?")
            params.append(end)
        dated = _steps(conn, " AND ".join(where), params, f"s.date, f.date, {IN_BRIEFING}", parties)
        undated = _steps(conn, "s.date IS NULL", [], f"f.date = '', f.date DESC, {IN_BRIEFING}", parties)
        return Agenda(dated, undated)

    return read


def _steps(conn: sqlite3.Connection, where: str, params: list[Any], order: str,
           parties: dict[int, frozenset[str]] | None) -> tuple[AgendaStep, ...]:
    if parties is not None:
        if not parties:
            return ()
        where += f" AND s.file_id IN ({', '.join('?' * len(parties))})"
        params = [*params, *parties]
    rows = conn.execute(
        f"SELECT s.file_id, {STEP_COLUMNS}, {REF_COLUMNS} FROM steps AS s JOIN files AS f ON f.id = s.file_id "
        f"WHERE {where} ORDER BY {order}", params).fetchall()
    out = []
    for file_id, item, date, until, precision, phrase, status, text, actors, start, end, *ref in rows:
        named = tuple(names(actors))
        if parties is not None and not parties[file_id] & set(named):
            continue
        out.append(AgendaStep(item, date, until, precision, phrase, status, text, named, start, end,
                              BriefingRef(*ref)))
    return tuple(out)
