"""The library index: what the list and search show, kept up to date in SQLite at the cost of what changed.

    from briefing.library.index import Library

    with Library() as library:                  # roots: bundled, <data>/briefings, config folders
        done = library.refresh(progress=print)  # folders checked; progress(done, total) per file read
        library.sweep()                         # every file checked: catches files rewritten in place
        library.entries()                       # -> list[Entry]: id, title, date, place, path, counts
        library.stream(limit=50)                # -> the same a page at a time, each page's files checked
        library.count("kyiv"), library.page("kyiv", 0, 40)  # the library screen: filtered, sorted in SQLite
        library.search("actor:fidan talks", 20) # -> list[Hit], best first; raises QueryError on a bad query
        library.briefing(entry.path)            # -> the stored Briefing (no parsing), or None
        library.skipped()                       # -> list[Skipped]: files that could not be read, and why
        library.read(agenda_reader)             # -> what a reader(connection) returns: agenda, dossier, conflicts

`Library(roots, index=path, workers=2)`: `roots` are files or folders (default: the library's), `index`
the SQLite file (default: one in the cache dir for the library, and one per other set of roots, so
that `briefing DIR` neither evicts nor shows the library). All methods may be called from any thread: one
lock serialises them, so a search waits while a refresh runs (`count` and `page` read on a connection of
their own, and do not wait). What `refresh` and `sweep` see, and when, is in docs/library.md: files are
read only if their size or mtime changed (and parsed only if their hash changed too); `progress` is called
from the refreshing thread, so a TUI should hop back to its own (`call_from_thread`). `entries`, `search`,
`skipped` and `briefing` refresh first if this Library has not refreshed yet, and `search`, `stream` and
`briefing` check the files they return. Errors: `BriefingError` (one line) when the index cannot be
written; a corrupt index is rebuilt.
"""

from __future__ import annotations

import contextlib
import heapq
import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from briefing.config import load_config
from briefing.errors import BriefingError
from briefing.library import across
from briefing.library.changes import CHUNK, Changes, file_changes, full_changes, quick_changes
from briefing.library.fingerprint import parser_fingerprint
from briefing.library.query import parse_query
from briefing.library.sources import Found, default_roots, replaced_bundled
from briefing.library.store import ITEM_BITS, SPEAKER_END, create, index_path, on_disk, open_index
from briefing.library.sweep import mark_swept
from briefing.model import Briefing, briefing_from_json

if TYPE_CHECKING:  # the parser's modules load only when there is something to parse
    from briefing.library.records import Record

Progress = Callable[[int, int], None]
T = TypeVar("T")
# Snippet markers: private-use characters, so they cannot clash with the text; turned into `marks`.
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"
SNIPPET_TOKENS = 16
SNIPPET_CHARS = 120  # what an item listed without a match (`section:NAME` alone) shows of itself
RANKED = 2000  # the most matches a search ranks (see Library.search)
# A long index commits this often (files, or seconds): what an interrupt keeps, and what other processes see.
COMMIT_EVERY = 1000
COMMIT_SECONDS = 2.0
# SQLite's page cache while many files are written (KiB; its default is 2,000): the search and cross tables'
# indexes grow past the default, and each insert then rereads their pages (a 10,000-file index, 2x slower).
WRITE_CACHE_KIB = 65536


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
    full: bool = False  # every file was stat'ed (a sweep), not only the folders

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
        self._on_disk = on_disk(self._conn)
        self._reader: sqlite3.Connection | None = None  # for pages while a refresh holds the lock
        self._reader_lock = threading.Lock()
        self._last: Refresh | None = None

    def __enter__(self) -> Library:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        with self._lock, self._reader_lock:
            self._conn.close()
            if self._reader is not None and self._reader is not self._conn:
                self._reader.close()

    # -- keeping the index up to date ------------------------------------------------------------

    def refresh(self, progress: Progress | None = None) -> Refresh:
        """Bring the index up to date at the cost of what changed: one stat per folder, and a listing of
        each folder whose mtime changed (see docs/library.md). The first time, a full `sweep`."""
        return self._update(lambda: None if self._rebuilt else quick_changes(self._conn, self.roots), progress)

    def sweep(self, progress: Progress | None = None) -> Refresh:
        """Bring the index up to date with every file stat'ed: what catches a file rewritten in place."""
        return self._update(lambda: None, progress)

    def _update(self, changes: Callable[[], Changes | None], progress: Progress | None) -> Refresh:
        with self._lock:
            try:
                found = changes() or full_changes(self._conn, self.roots)
                self._last = self._apply(found, progress)
                if found.full and self._on_disk:
                    mark_swept(self.index)
            except sqlite3.OperationalError as exc:  # locked, disk full, read-only: not fixed by a rebuild
                raise BriefingError(self.index, f"cannot update the index: {exc}") from None
            except sqlite3.DatabaseError as exc:  # corrupt pages found on the way: a cache, so start again
                self._conn.close()
                self._conn = create(self.index, self._fingerprint)
                self._on_disk = on_disk(self._conn)
                self._forget_reader()
                self._rebuilt = f"unreadable ({exc})"
                self._last = self._apply(full_changes(self._conn, self.roots), progress)
            return self._last

    def _apply(self, changes: Changes, progress: Progress | None) -> Refresh:
        started = time.perf_counter()
        conn = self._conn
        parsed = confirmed = 0
        if not changes.empty:
            conn.execute("BEGIN IMMEDIATE")  # the write lock first: a sweep in another process may hold it
            try:
                for path in changes.gone:
                    _forget(conn, path)
                if changes.jobs:
                    digests = _digests(conn, [f.path for f in changes.jobs])
                    parsed, confirmed = self._read(changes.jobs, digests, progress)
                _keep_folders(conn, changes)
                _count(conn)
                conn.execute("COMMIT")
            except BaseException:  # interrupted (ctrl+c, a failing callback): keep what was committed, no more
                conn.rollback()
                raise
        rebuilt, self._rebuilt = self._rebuilt, ""
        files, skipped = _counted(conn)
        return Refresh(files, parsed, confirmed, len(changes.gone), skipped, changes.unreadable,
                       time.perf_counter() - started, rebuilt, changes.full)

    def _read(self, jobs: Sequence[Found], digests: dict[str, str], progress: Progress | None) -> tuple[int, int]:
        # Imported here, not at the top: a warm start with nothing to parse never loads the parser.
        from briefing.library.reading import Job, read_all

        by_path = {f.path: f for f in jobs}
        parsed = confirmed = 0
        if progress:
            progress(0, len(jobs))
        outcomes = read_all([Job(f.path, digests.get(f.path, "")) for f in jobs], self.workers)
        committed = time.monotonic()
        default_cache = self._conn.execute("PRAGMA cache_size").fetchone()[0]
        if len(jobs) > COMMIT_EVERY:
            self._conn.execute(f"PRAGMA cache_size = -{WRITE_CACHE_KIB}")
        try:
            for done, outcome in enumerate(outcomes, start=1):
                found = by_path[outcome.path]
                if outcome.parsed:
                    parsed += 1
                    _store(self._conn, found, outcome.digest, outcome.error, outcome.record)
                else:
                    confirmed += 1
                    self._conn.execute("UPDATE files SET size = ?, mtime_ns = ? WHERE path = ?",
                                       (found.size, found.mtime_ns, found.path))
                if done % COMMIT_EVERY == 0 or time.monotonic() - committed > COMMIT_SECONDS:
                    _count(self._conn)
                    self._conn.execute("COMMIT")  # kept if interrupted, and other processes see what is done so far
                    self._conn.execute("BEGIN IMMEDIATE")
                    committed = time.monotonic()
                if progress:
                    progress(done, len(jobs))
        finally:
            self._conn.execute(f"PRAGMA cache_size = {default_cache}")
        return parsed, confirmed

    def _ready(self) -> None:
        if self._last is None:
            self.refresh()

    def _validate(self, paths: Iterable[str]) -> bool:
        """Re-read those of `paths` changed since indexed, even in place; whether any was."""
        changes = file_changes(self._conn, paths)
        if changes.empty:
            return False
        self._update(lambda: changes, None)
        return True

    # -- reading the index -----------------------------------------------------------------------

    def entries(self) -> list[Entry]:
        """Every briefing that loaded, newest first (undated last), then by title."""
        with self._lock:
            self._ready()
            where, params = _filter("")
            return [_entry(row) for row in self._conn.execute(f"{ENTRY_SQL} {where} {ORDER_SQL}", params)]

    def stream(self, limit: int | None = None) -> Iterator[Entry]:
        """`entries()` a page at a time (the first `limit` only), each page's files checked first: a file
        edited in place since indexed is read again before its row is given."""
        where, params = _filter("")
        with self._lock:
            self._ready()
            ids = [row[0] for row in self._conn.execute(
                f"SELECT id FROM files WHERE error = '' {where} {ORDER_SQL} LIMIT ?",
                [*params, -1 if limit is None else limit])]
        for start in range(0, len(ids), PAGE):
            chunk = ids[start:start + PAGE]
            with self._lock:
                rows = self._rows(chunk)
                if self._validate(row[4] for row in rows):
                    rows = self._rows(chunk)
            yield from map(_entry, rows)

    def _rows(self, ids: list[int]) -> list[tuple[Any, ...]]:
        """The list rows of these file ids, in the order given (a file gone or now unreadable drops out)."""
        found = {row[0]: row[1:] for row in self._conn.execute(
            f"SELECT id, {ENTRY_COLUMNS} FROM files WHERE error = '' AND id IN ({', '.join('?' * len(ids))})", ids)}
        return [found[i] for i in ids if i in found]

    def count(self, words: str = "") -> int:
        """How many briefings the index holds whose title, date or place has every word (case folded)."""
        where, params = _filter(words)
        with self._reading() as conn:
            return conn.execute(f"SELECT count(*) FROM files WHERE error = '' {where}", params).fetchone()[0]

    def page(self, words: str, offset: int, size: int) -> list[Entry]:
        """Rows `offset` .. `offset + size` of the list filtered by `words`, as the index holds them now
        (never waiting for a refresh): what a screen shows, a screenful at a time."""
        where, params = _filter(words)
        with self._reading() as conn:
            rows = conn.execute(f"{ENTRY_SQL} {where} {ORDER_SQL} LIMIT ? OFFSET ?",
                                [*params, size, offset]).fetchall()
        return [_entry(row) for row in rows]

    def version(self) -> int:
        """A number that changes when the index changed since last asked (a refresh, or a sweep elsewhere)."""
        with self._reading() as conn:
            return conn.execute("PRAGMA data_version").fetchone()[0]

    @contextlib.contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """A connection of its own for `page` and `count`, so a screen reads while a refresh writes (WAL)."""
        if not self._on_disk:
            with self._lock:
                yield self._conn
            return
        with self._reader_lock:
            if self._reader is None:
                self._reader = sqlite3.connect(self.index, timeout=30, check_same_thread=False)
            yield self._reader

    def _forget_reader(self) -> None:
        with self._reader_lock:
            if self._reader is not None:
                self._reader.close()
            self._reader = None

    def skipped(self) -> list[Skipped]:
        """Files under the roots that could not be read, with the one-line reason."""
        with self._lock:
            self._ready()
            rows = self._conn.execute(
                "SELECT path, error FROM files WHERE error != '' ORDER BY path"
            ).fetchall()
        return [Skipped(*row) for row in rows]

    def briefing(self, path: str | Path) -> Briefing | None:
        """The briefing as indexed (sections included), without parsing unless the file changed since it
        was read; None if it is not indexed."""
        path = os.path.abspath(path)
        with self._lock:
            self._ready()
            self._validate([path])
            row = self._conn.execute(
                "SELECT json FROM briefings JOIN files ON files.id = briefings.file_id WHERE files.path = ?",
                (path,),
            ).fetchone()
        return briefing_from_json(json.loads(row[0])) if row else None

    def read(self, reader: Callable[[sqlite3.Connection], T]) -> T:
        """`reader(connection)` on the index, under the lock: the views across the library (agenda.py,
        dossier.py, conflicts.py) query their tables this way."""
        with self._lock:
            self._ready()
            return reader(self._conn)

    def search(self, query: str, limit: int = 20) -> list[Hit]:
        """Hits for `query` (words, "a phrase", actor:NAME, section:NAME), best first.

        Any string is safe: FTS5 syntax in it is searched as text; `section:NAME` alone lists that section's
        items. Raises QueryError (a BriefingError) only when nothing is left to search for or a filter's
        value is wrong. The files of the hits are
        checked before they are given: one edited in place since indexed is read again, and the search run
        again. Hits are ranked (bm25) among the RANKED most recently indexed items that match: all of them
        when fewer match, which is every query but a very common word in a very large library.
        """
        parsed = parse_query(query)
        # The snippet is what the item says (the body), never the names it involves ('actor:fidan' or 'Mr Fidan'
        # match those, and the hit shows the statement, with its speaker).
        columns = (f"f.bid, f.path, items.section, items.item, {{snippet}}, {{rank}}, f.title, items.start, "
                   f"items.end, items.who FROM items CROSS JOIN files AS f ON f.id = items.rowid >> {ITEM_BITS}")
        in_sections = f"items.section IN ({', '.join('?' * len(parsed.sections))})"
        if not parsed.match():  # only `section:NAME`: that section's items, the most recently indexed first
            listed = (f"SELECT {columns.format(snippet=f'substr(items.body, 1, {SNIPPET_CHARS})', rank='0')} "
                      f"WHERE {in_sections} ORDER BY items.rowid DESC LIMIT ?")

            def hits() -> list[tuple[Any, ...]]:
                return self._conn.execute(listed, [*parsed.sections, max(limit, 0)]).fetchall()
        else:
            where = ["items MATCH ?"]
            params: list[Any] = [parsed.match()]
            if parsed.sections:
                where.append(in_sections)
                params += parsed.sections
            # Ranking every match would cost in proportion to the library; FTS5 gives matches newest rowid first,
            # so the candidates cost what RANKED does, and only the hits shown get a snippet.
            candidates = (f"SELECT rowid, rank FROM items WHERE {' AND '.join(where)} ORDER BY rowid DESC "
                          f"LIMIT {RANKED}")
            snippet = f"snippet(items, 0, ?, ?, '…', {SNIPPET_TOKENS})"
            shown = f"SELECT {columns.format(snippet=snippet, rank='?')} WHERE items MATCH ? AND items.rowid = ?"

            def hits() -> list[tuple[Any, ...]]:
                # The rank comes from the candidates: bm25 again per hit would count every match again (its idf).
                best = heapq.nsmallest(max(limit, 0), self._conn.execute(candidates, params),
                                       key=lambda row: row[1])
                rows = (self._conn.execute(shown, (MARK_OPEN, MARK_CLOSE, rank, params[0], rowid)).fetchone()
                        for rowid, rank in best)
                return [row for row in rows if row is not None]

        with self._lock:
            self._ready()
            rows = hits()
            if rows and self._validate(row[1] for row in rows):
                rows = hits()
        return once([_hit(*row) for row in rows])


def once(hits: list[Hit]) -> list[Hit]:
    """Each item once, at its best: a bundled briefing and the user's copy of it hold the same items."""
    seen: set[tuple[str, str, str]] = set()
    kept = []
    for hit in hits:
        key = (hit.briefing, hit.section, hit.item)
        if key not in seen:
            seen.add(key)
            kept.append(hit)
    return kept


ENTRY_COLUMNS = "bid, title, date, place, path, actors, statements, casualties, next_steps"
ENTRY_SQL = f"SELECT {ENTRY_COLUMNS} FROM files WHERE error = ''"
ORDER_SQL = "ORDER BY date = '', date DESC, title COLLATE NOCASE, path"
PAGE = 500


def _entry(row: tuple[Any, ...]) -> Entry:
    bid, title, date, place, path, a, s, c, n = row
    return Entry(bid, title, date, place, path, {"actors": a, "statements": s, "casualties": c, "next_steps": n})


def _filter(words: str) -> tuple[str, list[str]]:
    """'geneva 2025' -> an SQL condition: every word in the case-folded title, date and place, and no
    bundled briefing the user has their own copy of."""
    folded = words.casefold().split()
    hidden = replaced_bundled()
    where = "".join(" AND instr(haystack, ?) > 0" for _ in folded)
    if hidden:
        where += f" AND path NOT IN ({', '.join('?' * len(hidden))})"
    return where, [*folded, *hidden]


def _digests(conn: sqlite3.Connection, paths: Sequence[str]) -> dict[str, str]:
    if len(paths) > CHUNK:
        return dict(conn.execute("SELECT path, digest FROM files"))
    marks = ", ".join("?" * len(paths))
    return dict(conn.execute(f"SELECT path, digest FROM files WHERE path IN ({marks})", list(paths)))


def _keep_folders(conn: sqlite3.Connection, changes: Changes) -> None:
    """The folder rows as the changes found them."""
    if changes.full:
        conn.executemany("DELETE FROM folders WHERE path = ?", ((folder,) for folder in changes.dropped))
    for folder in () if changes.full else changes.dropped:
        prefix = os.path.join(folder, "")
        conn.execute("DELETE FROM folders WHERE path = ? OR substr(path, 1, ?) = ?", (folder, len(prefix), prefix))
    conn.executemany("INSERT OR REPLACE INTO folders VALUES(?, ?, ?, ?, ?)", changes.folders)


def _count(conn: sqlite3.Connection) -> None:
    """Keep how many files the index holds, and how many were skipped, with every write: counting 100,000
    rows on each command would cost more than the rest of a warm start."""
    conn.execute("INSERT OR REPLACE INTO meta VALUES('counts', ?)", (" ".join(map(str, _counts_now(conn))),))


def _counted(conn: sqlite3.Connection) -> tuple[int, int]:
    """(files, skipped) as last written (counted now for an index that never kept them)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'counts'").fetchone()
    if row is None:
        return _counts_now(conn)
    files, skipped = map(int, row[0].split())
    return files, skipped


def _counts_now(conn: sqlite3.Connection) -> tuple[int, int]:
    return (conn.execute("SELECT count(*) FROM files").fetchone()[0],
            conn.execute("SELECT count(*) FROM files WHERE error != ''").fetchone()[0])


def _hit(bid: str, path: str, section: str, item: str, marked: str, rank: float, title: str,
         start: int | None, end: int | None, who: str) -> Hit:
    snippet, marks = unmark(marked)
    speaker, said, _ = who.partition(SPEAKER_END)
    if said:  # a statement: its speaker first, 'Hakan Fidan: There are two roads…'
        lead = f"{speaker}: "
        snippet, marks = lead + snippet, tuple((a + len(lead), b + len(lead)) for a, b in marks)
    elif len(snippet) == SNIPPET_CHARS:  # a listed item cut short (no match to centre a snippet on)
        snippet = snippet.rsplit(" ", 1)[0] + "…"
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
    haystack = " ".join((r.title, r.date, r.place)).casefold() if r else ""
    values = (found.path, found.size, found.mtime_ns, digest, error, os.path.dirname(found.path), haystack,
              *((r.id, r.title, r.date, r.place, *r.counts) if r else ("", "", "", "", 0, 0, 0, 0)))
    file_id = conn.execute(
        "INSERT INTO files(path, size, mtime_ns, digest, error, folder, haystack, bid, title, date, place, "
        "actors, statements, casualties, next_steps) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns, "
        "digest = excluded.digest, error = excluded.error, haystack = excluded.haystack, bid = excluded.bid, "
        "title = excluded.title, date = excluded.date, place = excluded.place, actors = excluded.actors, "
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
