"""The index's tables for views across the library: the agenda, actor dossiers, conflicting figures.

One row per dated or undated next step, per actor (with every folded form of their name), per statement
of a known actor and per casualty figure, keyed by the file's id, so each view is a few indexed queries
and never a parse. Written and dropped with the file's other rows (see index.py).

A step's and a figure's row also hold their `--json` object as text, their briefing in it, made safe to
print (json_safe) when the file is indexed: the whole agenda of a large library is then its rows joined,
not 50,000 objects built and dumped again on every command.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import NamedTuple

SCHEMA = """
CREATE TABLE steps(file_id INTEGER NOT NULL, item TEXT NOT NULL, date TEXT, until TEXT, precision TEXT,
    phrase TEXT NOT NULL, status TEXT NOT NULL, text TEXT NOT NULL, actors TEXT NOT NULL,
    start INTEGER, end INTEGER, json TEXT NOT NULL,
    bid TEXT NOT NULL, btitle TEXT NOT NULL, bdate TEXT NOT NULL, bpath TEXT NOT NULL);
-- The agenda's two orders (agenda.py), so 50,000 steps are read in order, never sorted: dated ones by day,
-- undated ones newest briefing first; each then by briefing title and place in the text. The dated order
-- holds what `agenda --json` reads (covering: no look into the table per step).
CREATE INDEX steps_dated ON steps(date, bdate, btitle COLLATE NOCASE, bpath, start, until, file_id, actors, json)
    WHERE date IS NOT NULL;
CREATE INDEX steps_undated ON steps(bdate = '', bdate DESC, btitle COLLATE NOCASE, bpath, start)
    WHERE date IS NULL;
CREATE INDEX steps_file ON steps(file_id);
-- A briefing's undated steps' objects, joined in the order above: the whole agenda's undated part is one
-- row per briefing (10,000 rows read, not 50,000).
CREATE TABLE undated(file_id INTEGER NOT NULL, bdate TEXT NOT NULL, btitle TEXT NOT NULL, bpath TEXT NOT NULL,
    json TEXT NOT NULL);
CREATE INDEX undated_order ON undated(bdate = '', bdate DESC, btitle COLLATE NOCASE, bpath);
CREATE INDEX undated_file ON undated(file_id);
CREATE TABLE people(file_id INTEGER NOT NULL, actor TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
    role TEXT NOT NULL, aliases TEXT NOT NULL, key TEXT NOT NULL, surname TEXT NOT NULL);
CREATE INDEX people_key ON people(key);
CREATE INDEX people_surname ON people(surname);
CREATE INDEX people_file ON people(file_id);
CREATE TABLE forms(file_id INTEGER NOT NULL, actor TEXT NOT NULL, form TEXT NOT NULL);
CREATE INDEX forms_form ON forms(form);
CREATE INDEX forms_file ON forms(file_id);
CREATE TABLE said(file_id INTEGER NOT NULL, actor TEXT NOT NULL, item TEXT NOT NULL, text TEXT NOT NULL,
    direct INTEGER NOT NULL, start INTEGER, end INTEGER);
CREATE INDEX said_actor ON said(file_id, actor);
CREATE TABLE tolls(file_id INTEGER NOT NULL, item TEXT NOT NULL, kind TEXT NOT NULL, min INTEGER, max INTEGER,
    grp TEXT NOT NULL, place TEXT NOT NULL, key TEXT NOT NULL, period TEXT NOT NULL, source TEXT NOT NULL,
    text TEXT NOT NULL, start INTEGER, end INTEGER, grp_key TEXT NOT NULL, day INTEGER, json TEXT NOT NULL);
-- The figures conflicts are looked for among (conflicts.py), in the order it reads them, with all it reads
-- (covering: 20,000 figures read in a third of the time a look into the table per figure takes).
CREATE INDEX tolls_found ON tolls(kind, key, day, file_id, start, grp_key, min, max, grp, place, json)
    WHERE key != '' AND day IS NOT NULL AND (min IS NOT NULL OR max IS NOT NULL);
CREATE INDEX tolls_file ON tolls(file_id);
"""
TABLES = ("steps", "undated", "people", "forms", "said", "tolls")
NAMES_JOIN = "\x1f"  # the unit separator: no name holds one


# The rows are NamedTuples, not dataclasses: a first index builds 30 a file in its workers and sends them to
# the writer, and tuples pickle twice as fast and insert as they are (dataclasses.astuple deep-copies).


class StepRow(NamedTuple):
    item: str
    date: str | None
    until: str | None
    precision: str | None
    phrase: str  # the step's `when` as written
    status: str
    text: str
    actors: str  # the names, joined by NAMES_JOIN (10,000s of steps split far faster than JSON parses)
    start: int | None
    end: int | None
    json: str  # the step's object in `briefing agenda --json`
    # Its briefing (as BriefingRef), by which steps of one day are ordered without a look into `files`.
    bid: str
    btitle: str
    bdate: str
    bpath: str


class UndatedRow(NamedTuple):
    bdate: str
    btitle: str
    bpath: str
    json: str  # the `json` of its briefing's undated steps, in their order, joined by ', '


class PersonRow(NamedTuple):
    actor: str
    name: str
    kind: str
    role: str
    aliases: str  # JSON list
    key: str  # the folded name without titles: 'jose ortega'
    surname: str


class FormRow(NamedTuple):
    actor: str
    form: str  # a folded name the actor goes by: 'jose ortega', 'ortega'


class SaidRow(NamedTuple):
    actor: str
    item: str
    text: str
    direct: int
    start: int | None
    end: int | None


class TollRow(NamedTuple):
    item: str
    kind: str
    min: int | None
    max: int | None
    grp: str
    place: str
    key: str  # the folded place: figures of one place meet on it
    period: str
    source: str
    text: str
    start: int | None
    end: int | None
    grp_key: str  # the folded group: figures of one group of people meet on it
    day: int | None  # the briefing's date as a day number (date.toordinal()), None when undated
    json: str  # the figure's object in `briefing conflicts --json`


@dataclass(frozen=True)
class CrossRows:
    """A briefing's rows in every table above."""

    steps: tuple[StepRow, ...] = ()
    undated: tuple[UndatedRow, ...] = ()  # one row, or none when every step is dated
    people: tuple[PersonRow, ...] = ()
    forms: tuple[FormRow, ...] = ()
    said: tuple[SaidRow, ...] = ()
    tolls: tuple[TollRow, ...] = ()


def store(conn: sqlite3.Connection, file_id: int, rows: CrossRows) -> None:
    """Replace the file's rows with `rows`."""
    forget(conn, file_id)
    for table in TABLES:
        batch = getattr(rows, table)
        if batch:
            conn.executemany(f"INSERT INTO {table} VALUES({', '.join('?' * (len(batch[0]) + 1))})",
                             ((file_id, *row) for row in batch))


def forget(conn: sqlite3.Connection, file_id: int) -> None:
    for table in TABLES:
        conn.execute(f"DELETE FROM {table} WHERE file_id = ?", (file_id,))


def names(text: str) -> list[str]:
    """A stored JSON list back."""
    return json.loads(text)


def joined(names: tuple[str, ...]) -> str:
    return NAMES_JOIN.join(names)


def split(text: str) -> tuple[str, ...]:
    """A step's names as `joined` stored them."""
    return tuple(text.split(NAMES_JOIN)) if text else ()
