"""The library index: what the list and search show, kept up to date incrementally in SQLite.

    from briefing.library.index import Library

    with Library() as library:                  # roots: bundled, <data>/briefings, config folders
        done = library.refresh(progress=print)  # progress(done, total) per file read; returns a Refresh
        library.entries()                       # -> list[Entry]: id, title, date, place, path, counts
        library.entries(cached=True)            # -> the same as last indexed, without touching the disk
        library.search("actor:fidan talks", 20) # -> list[Hit], best first; raises QueryError on a bad query
        library.search(query, cached=True)      # -> the same on the index as it stands (while a scan runs)
        library.briefing(entry.path)            # -> the stored Briefing (no parsing), or None
        library.skipped()                       # -> list[Skipped]: files that could not be read, and why
        library.read(agenda_reader)             # -> what a reader(connection) returns: agenda, dossier, conflicts

`Library(roots, index=path, workers=2)`: `roots` are files or folders (default: the library's), `index`
the SQLite file (default: one in the cache dir for the library, and one per other set of roots, so
that `briefing DIR` neither evicts nor shows the library). All methods may be called from any thread: one
lock serialises them, so a search waits while a refresh runs. `refresh` reads only files whose size or
mtime changed (and parses them only if their hash changed too), drops files that are gone, and calls
`progress` from the refreshing thread; a TUI should hop back to its own thread (`call_from_thread`).
`entries`, `search`, `skipped` and `briefing` refresh first if this Library has not refreshed yet.
Errors: `BriefingError` (one line) when the index cannot be written; a corrupt index is rebuilt.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from briefing.config import load_config
from briefing.errors import BriefingError
from briefing.library import across
from briefing.library.fingerprint import parser_fingerprint
from briefing.library.query import parse_query
from briefing.library.sources import Found, Glance, Glancing, default_roots, scan
from briefing.library.store import ITEM_BITS, create, index_path, open_index
from briefing.model import Briefing, briefing_from_json

if TYPE_CHECKING:  # the parser's modules load only when there is something to parse
    from briefing.library.records import Record

Progress = Callable[[int, int], None]
T = TypeVar("T")
# Snippet markers: private-use characters, so they cannot clash with the text; turned into `marks`.
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"
SNIPPET_TOKENS = 16
COMMIT_EVERY = 1000


@dataclass(frozen=True)
class Entry:
    """A briefing in the list. `counts` has the keys actors, statements, casualties, next_steps."""

    id: str
    title: str
    date: str
    place: str
    path: str
    counts: dict[str, int]

    def to_json(self) -> dict[str, Any]:
        """The contract of `briefing list --json`."""
        return {"id": self.id, "title": self.title, "date": self.date, "place": self.place, "path": self.path,
                "counts": dict(self.counts)}


@dataclass(frozen=True)
class Hit:
    """A search result. `item` is the item's id, or `p<N>` for paragraph N (from 0) of the text.

    `marks` are (start, end) spans of the matched words in `snippet`; `start`/`end` are offsets of the
    item in `Briefing.text` where known; `score` is higher for a better hit (bm25).
    """

    briefing: str
    path: str
    section: str
    item: str
    snippet: str
    score: float
    title: str = ""
    marks: tuple[tuple[int, int], ...] = ()
    start: int | None = None
    end: int | None = None

    def to_json(self) -> dict[str, Any]:
        """The contract of `briefing search --json`."""
        return {"briefing": self.briefing, "path": self.path, "section": self.section, "item": self.item,
                "snippet": self.snippet, "score": self.score}


@dataclass(frozen=True)
class Skipped:
    path: str
    message: str  # one line: 'path:line: what is wrong'


@dataclass(frozen=True)
class Refresh:
    """What a refresh did: `parsed` counts files read and parsed, `confirmed` files whose size or
    mtime changed but whose content hash did not."""

    files: int
    parsed: int
    confirmed: int
    removed: int
    skipped: int
    unreadable: tuple[str, ...]  # folders that could not be read: 'folder: why'
    seconds: float
    rebuilt: str  # why the index was started afresh ('' if it was not)

    @property
    def changed(self) -> bool:
        """Whether what the index holds changed (a file touched but not changed does not count)."""
        return bool(self.parsed or self.removed or self.rebuilt)


class Library:
    """The briefings under some roots, indexed; see the module docstring for the API."""

    def __init__(self, roots: Iterable[Path | str] | None = None, *, index: Path | str | None = None,
                 workers: int = 2) -> None:
        given = roots is not None
        if roots is None:
            roots = default_roots(load_config().folders)
        self.roots = tuple(os.path.abspath(r) for r in roots)
        self.index = index if index is not None else index_path(self.roots if given else None)
        self.workers = min(workers, os.cpu_count() or 1)
        self._fingerprint = parser_fingerprint()
        self._lock = threading.RLock()
        self._conn, self._rebuilt = open_index(self.index, self._fingerprint)
        self._last: Refresh | None = None

    def __enter__(self) -> Library:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # -- keeping the index up to date ------------------------------------------------------------

    def refresh(self, progress: Progress | None = None, glancing: Glancing | None = None) -> Refresh:
        """Bring the index up to date with the files under the roots; see the module docstring.

        `glancing` gives a scan of the roots started already (see prescan.py): if it finds nothing
        changed, the roots are not scanned again.
        """
        with self._lock:
            try:
                glance = glancing() if glancing else None
                self._last = (glance and self._unchanged(glance, time.perf_counter())) or self._refresh(progress)
            except sqlite3.OperationalError as exc:  # locked, disk full, read-only: not fixed by a rebuild
                raise BriefingError(self.index, f"cannot update the index: {exc}") from None
            except sqlite3.DatabaseError as exc:  # corrupt pages found on the way: a cache, so start again
                self._conn.close()
                self._conn = create(self.index, self._fingerprint)
                self._rebuilt = f"unreadable ({exc})"
                self._last = self._refresh(progress)
            return self._last

    def _unchanged(self, glance: Glance, started: float) -> Refresh | None:
        """What a refresh did if the scan matches the index: nothing (None if it does not match)."""
        if self._rebuilt or glance.state != _meta(self._conn, "files"):
            return None
        return Refresh(glance.files, 0, 0, 0, _skipped(self._conn), glance.unreadable,
                       time.perf_counter() - started, "")

    def _refresh(self, progress: Progress | None) -> Refresh:
        started = time.perf_counter()
        found = scan(Path(r) for r in self.roots)
        glance = found.glance()
        unchanged = self._unchanged(glance, started)
        if unchanged:
            return unchanged
        conn = self._conn
        # (path, size, mtime_ns) tuples on both sides: a warm start compares 10,000 files as sets, in C.
        known = set(conn.execute("SELECT path, size, mtime_ns FROM files"))
        jobs = [f for f in found.files if f not in known]
        here = set(found.paths)
        gone = [path for path, _, _ in known if path not in here]
        conn.execute("BEGIN")
        try:
            for path in gone:
                _forget(conn, path)
            parsed = confirmed = 0
            if jobs:
                parsed, confirmed = self._read(jobs, dict(conn.execute("SELECT path, digest FROM files")), progress)
            conn.execute("INSERT OR REPLACE INTO meta VALUES('files', ?)", (glance.state,))
            conn.execute("COMMIT")
        except BaseException:  # interrupted (ctrl+c, a failing callback): keep what was committed, no more
            conn.rollback()
            raise
        rebuilt, self._rebuilt = self._rebuilt, ""
        return Refresh(len(here), parsed, confirmed, len(gone), _skipped(conn), found.unreadable,
                       time.perf_counter() - started, rebuilt)

    def _read(self, jobs: Sequence[Found], digests: dict[str, str], progress: Progress | None) -> tuple[int, int]:
        # Imported here, not at the top: a warm start with nothing to parse never loads the parser.
        from briefing.library.reading import Job, read_all

        by_path = {f.path: f for f in jobs}
        parsed = confirmed = 0
        if progress:
            progress(0, len(jobs))
        outcomes = read_all([Job(f.path, digests.get(f.path, "")) for f in jobs], self.workers)
        for done, outcome in enumerate(outcomes, start=1):
            found = by_path[outcome.path]
            if outcome.parsed:
                parsed += 1
                _store(self._conn, found, outcome.digest, outcome.error, outcome.record)
            else:
                confirmed += 1
                self._conn.execute("UPDATE files SET size = ?, mtime_ns = ? WHERE path = ?",
                                   (found.size, found.mtime_ns, found.path))
            if done % COMMIT_EVERY == 0:  # let other processes read what is done so far
                self._conn.execute("COMMIT")
                self._conn.execute("BEGIN")
            if progress:
                progress(done, len(jobs))
        return parsed, confirmed

    def _ready(self) -> None:
        if self._last is None:
            self.refresh()

    # -- reading the index -----------------------------------------------------------------------

    def entries(self, *, cached: bool = False) -> list[Entry]:
        """Every briefing that loaded, newest first (undated last), then by title.

        `cached=True` returns what the index holds without looking at the disk: instant, for a first
        paint while `refresh` runs (then call `entries()` again).
        """
        with self._lock:
            if not cached:
                self._ready()
            rows = self._conn.execute(
                "SELECT bid, title, date, place, path, actors, statements, casualties, next_steps FROM files "
                "WHERE error = '' "
                "ORDER BY date = '', date DESC, title COLLATE NOCASE, path"
            ).fetchall()
        return [Entry(bid, title, date, place, path, {"actors": a, "statements": s, "casualties": c, "next_steps": n})
                for bid, title, date, place, path, a, s, c, n in rows]

    def skipped(self) -> list[Skipped]:
        """Files under the roots that could not be read, with the one-line reason."""
        with self._lock:
            self._ready()
            rows = self._conn.execute(
                "SELECT path, error FROM files WHERE error != '' ORDER BY path"
            ).fetchall()
        return [Skipped(*row) for row in rows]

    def briefing(self, path: str | Path) -> Briefing | None:
        """The briefing as indexed (sections included), without reading the file; None if not indexed."""
        with self._lock:
            self._ready()
            row = self._conn.execute(
                "SELECT json FROM briefings JOIN files ON files.id = briefings.file_id WHERE files.path = ?",
                (os.path.abspath(path),),
            ).fetchone()
        return briefing_from_json(json.loads(row[0])) if row else None

    def read(self, reader: Callable[[sqlite3.Connection], T], *, cached: bool = False) -> T:
        """`reader(connection)` on the index, under the lock: the views across the library (agenda.py,
        dossier.py, conflicts.py) query their tables this way. `cached` as for `search`."""
        with self._lock:
            if not cached:
                self._ready()
            return reader(self._conn)

    def search(self, query: str, limit: int = 20, *, cached: bool = False) -> list[Hit]:
        """Hits for `query` (words, "a phrase", actor:NAME, section:NAME), best first.

        Any string is safe: FTS5 syntax in it is searched as text. Raises QueryError (a BriefingError)
        only when nothing is left to search for or a filter's value is wrong. `cached=True` searches the
        index as it stands, without looking at the disk: to query while a scan runs, then again if the
        refresh `changed` anything.
        """
        parsed = parse_query(query)
        # Show what the item says (column 0), unless only words and no actor filter are given: then the column
        # that matched them best, which may be the names ('Dervish' alone). An actor filter matches the names
        # by design, so it must not pull the snippet there ('actor:dervish trucks' shows the trucks).
        column = -1 if parsed.words and not parsed.actors else 0
        where = ["items MATCH ?"]
        params: list[Any] = [MARK_OPEN, MARK_CLOSE, parsed.match()]
        if parsed.sections:
            where.append(f"items.section IN ({', '.join('?' * len(parsed.sections))})")
            params += parsed.sections
        sql = (
            f"SELECT f.bid, f.path, items.section, items.item, "
            f"snippet(items, {column}, ?, ?, '…', {SNIPPET_TOKENS}), items.rank, f.title, items.start, items.end "
            f"FROM items CROSS JOIN files AS f ON f.id = items.rowid >> {ITEM_BITS} "
            f"WHERE {' AND '.join(where)} ORDER BY items.rank LIMIT ?"
        )
        with self._lock:
            if not cached:
                self._ready()
            rows = self._conn.execute(sql, [*params, max(limit, 0)]).fetchall()
        return [_hit(*row) for row in rows]


def _meta(conn: sqlite3.Connection, key: str) -> str:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else ""


def _skipped(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM files WHERE error != ''").fetchone()[0]


def _hit(bid: str, path: str, section: str, item: str, marked: str, rank: float, title: str,
         start: int | None, end: int | None) -> Hit:
    snippet, marks = unmark(marked)
    return Hit(bid, path, section, item, snippet, round(-rank, 6), title, marks, start, end)


def unmark(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """'a \\ue000talk\\ue001 b' -> ('a talk b', ((2, 6),)): the snippet, and where the matches are."""
    out: list[str] = []
    marks: list[tuple[int, int]] = []
    length = 0
    opened = 0
    for char in marked:
        if char == MARK_OPEN:
            opened = length
        elif char == MARK_CLOSE:
            marks.append((opened, length))
        else:
            out.append(char)
            length += 1
    return "".join(out), tuple(marks)


def _forget(conn: sqlite3.Connection, path: str) -> None:
    (file_id,) = conn.execute("SELECT id FROM files WHERE path = ?", (path,)).fetchone()
    conn.execute("DELETE FROM items WHERE rowid BETWEEN ? AND ?", _rowids(file_id))
    conn.execute("DELETE FROM briefings WHERE file_id = ?", (file_id,))
    across.forget(conn, file_id)
    conn.execute("DELETE FROM files WHERE id = ?", (file_id,))


def _rowids(file_id: int) -> tuple[int, int]:
    return file_id << ITEM_BITS, ((file_id + 1) << ITEM_BITS) - 1


def _store(conn: sqlite3.Connection, found: Found, digest: str, error: str, record: Record | None) -> None:
    """Write one file's outcome: its row, its briefing's JSON and search rows (none if it was skipped)."""
    r = record
    values = (found.path, found.size, found.mtime_ns, digest, error,
              *((r.id, r.title, r.date, r.place, *r.counts) if r else ("", "", "", "", 0, 0, 0, 0)))
    file_id = conn.execute(
        "INSERT INTO files(path, size, mtime_ns, digest, error, bid, title, date, place, "
        "actors, statements, casualties, next_steps) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns, "
        "digest = excluded.digest, error = excluded.error, bid = excluded.bid, title = excluded.title, "
        "date = excluded.date, place = excluded.place, actors = excluded.actors, "
        "statements = excluded.statements, casualties = excluded.casualties, next_steps = excluded.next_steps "
        "RETURNING id",
        values,
    ).fetchone()[0]
    conn.execute("DELETE FROM items WHERE rowid BETWEEN ? AND ?", _rowids(file_id))
    if r is None:
        conn.execute("DELETE FROM briefings WHERE file_id = ?", (file_id,))
        across.forget(conn, file_id)
        return
    conn.execute("INSERT OR REPLACE INTO briefings VALUES(?, ?)", (file_id, r.briefing_json))
    across.store(conn, file_id, r.cross)
    base = file_id << ITEM_BITS
    conn.executemany(
        "INSERT INTO items(rowid, body, who, section, item, start, end) VALUES(?, ?, ?, ?, ?, ?, ?)",
        ((base + n, row.body, row.who, row.section, row.item, row.start, row.end) for n, row in enumerate(r.rows)),
    )
