"""The actor dossier: one actor across every briefing, from the index (see identity.py for who is who).

    library.read(dossier_reader("Mr Ortega"))  # -> Dossier: briefings, statements, next steps, casualties

Everything goes in date order: by the briefing's date (undated last), then by place in the text.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from briefing.library.agenda import AgendaStep, agenda_reader
from briefing.library.figures import FIGURE_COLUMNS, Figure
from briefing.library.identity import Identity, identify
from briefing.library.naming import fold
from briefing.library.refs import REF_COLUMNS, BriefingRef

DATE_ORDER = "f.date = '', f.date, f.title COLLATE NOCASE, f.path"


@dataclass(frozen=True)
class Appearance:
    """A briefing the actor is in, and the role it gives them."""

    briefing: BriefingRef
    role: str
    actor: str  # the actor's id in that briefing

    def to_json(self) -> dict[str, Any]:
        return {"id": self.briefing.id, "title": self.briefing.title, "date": self.briefing.date, "role": self.role}


@dataclass(frozen=True)
class Said:
    id: str
    text: str
    direct: bool
    start: int | None
    end: int | None
    briefing: BriefingRef

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "direct": self.direct, "briefing": self.briefing.to_json()}


@dataclass(frozen=True)
class Dossier:
    actor: Identity
    briefings: tuple[Appearance, ...]
    statements: tuple[Said, ...]
    next_steps: tuple[AgendaStep, ...]
    casualties: tuple[Figure, ...]

    def to_json(self) -> dict[str, Any]:
        """The contract of `briefing actor NAME --json`."""
        return {"actor": self.actor.to_json(), "briefings": [b.to_json() for b in self.briefings],
                "statements": [s.to_json() for s in self.statements],
                "next_steps": [n.to_json() for n in self.next_steps],
                "casualties": [c.to_json() for c in self.casualties]}


def dossier_reader(name: str) -> Callable[[sqlite3.Connection], Dossier]:
    """A reader for Library.read; raises UnknownActor for a name no briefing's actor goes by."""

    def read(conn: sqlite3.Connection) -> Dossier:
        who = identify(conn, name)
        pairs = {(m.file_id, m.actor) for m in who.members}
        roles: dict[int, tuple[str, str]] = {}
        for m in who.members:  # two actors of one briefing ('José Ortega', 'Mr Ortega'): the one with a role
            if not roles.get(m.file_id, ("", ""))[0]:
                roles[m.file_id] = (m.role, m.actor)
        files = sorted(roles)
        marks = ", ".join("?" * len(files))
        briefings = tuple(Appearance(BriefingRef(*ref), *roles[file_id]) for file_id, *ref in conn.execute(
            f"SELECT f.id, {REF_COLUMNS} FROM files AS f WHERE f.id IN ({marks}) ORDER BY {DATE_ORDER}", files))
        statements = tuple(
            Said(item, text, bool(direct), start, end, BriefingRef(*ref))
            for file_id, actor, item, text, direct, start, end, *ref in conn.execute(
                f"SELECT s.file_id, s.actor, s.item, s.text, s.direct, s.start, s.end, {REF_COLUMNS} FROM said AS s "
                f"JOIN files AS f ON f.id = s.file_id WHERE s.file_id IN ({marks}) ORDER BY {DATE_ORDER}, s.start",
                files)
            if (file_id, actor) in pairs)
        dated = agenda_reader(parties=who.parties())(conn)
        return Dossier(who, briefings, statements, tuple(sorted(
            (*dated.dated, *dated.undated), key=lambda s: (s.briefing.date == "", s.briefing.date, s.start or 0))),
            _figures(conn, who, files))

    return read


def _figures(conn: sqlite3.Connection, who: Identity, files: list[int]) -> tuple[Figure, ...]:
    """The casualty figures whose group or source names the actor ('Hamas fighters', 'according to Hamas')."""
    forms = sorted({fold(n) for n in (who.name, *who.aliases) if len(n) > 2}, key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b")
    rows = conn.execute(
        f"SELECT {FIGURE_COLUMNS}, {REF_COLUMNS} FROM tolls AS t JOIN files AS f ON f.id = t.file_id "
        f"WHERE t.file_id IN ({', '.join('?' * len(files))}) ORDER BY {DATE_ORDER}, t.start", files)
    return tuple(Figure(*row[:11], BriefingRef(*row[11:])) for row in rows
                 if pattern.search(fold(f"{row[4]} {row[7]}")))
