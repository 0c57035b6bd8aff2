"""The index file: SQLite with FTS5 in the cache dir. It is a cache, so anything wrong with it
(another schema version, another parser, a corrupt or unreadable file) means: delete and start again.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path

from briefing.library import across
from briefing.paths import cache_dir

SCHEMA_VERSION = 5  # 4: folders kept with their mtimes (freshness), the list index partial and covering;
# 5: the agenda's steps and the conflicts' figures hold their JSON objects
# Rows of a file in `items` have rowids file_id << ITEM_BITS | n, so a file's rows go by one range delete
# (a 64 MiB file cannot hold 2**32 rows).
ITEM_BITS = 32
MEMORY = ":memory:"
# A statement's `who` is its speaker's name, this (a token separator to FTS5), then every name involved:
# what lets a search hit name the speaker.
SPEAKER_END = "\x1f"
# An index for a folder given on the command line goes when unchanged this long (the library's stays).
STALE_SECONDS = 30 * 24 * 3600

SCHEMA = f"""
CREATE TABLE files(
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    digest TEXT NOT NULL,
    error TEXT NOT NULL DEFAULT '',
    bid TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    actors INTEGER NOT NULL DEFAULT 0,
    statements INTEGER NOT NULL DEFAULT 0,
    casualties INTEGER NOT NULL DEFAULT 0,
    next_steps INTEGER NOT NULL DEFAULT 0,
    folder TEXT NOT NULL DEFAULT '',  -- the folder listed to find it (its parent path)
    haystack TEXT NOT NULL DEFAULT ''  -- title, date and place, case folded: what the library filter matches
);
-- The list's order (newest first, undated last), so listing 100,000 briefings needs no sort; with the
-- filter's haystack and `error` in it, counting the list and filtering it read the index alone (covering).
CREATE INDEX files_listed ON files(date = '', date DESC, title COLLATE NOCASE, path, haystack, error)
    WHERE error = '';
CREATE INDEX files_folder ON files(folder);
CREATE INDEX files_skipped ON files(path) WHERE error != '';
-- Every folder under the roots with its mtime when last listed (-1: list it again); see sources.Folder.
CREATE TABLE folders(
    path TEXT PRIMARY KEY,
    mtime_ns INTEGER NOT NULL,
    dev INTEGER NOT NULL,
    ino INTEGER NOT NULL,
    parent TEXT NOT NULL
);
CREATE TABLE briefings(file_id INTEGER PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE VIRTUAL TABLE items USING fts5(
    body, who, section UNINDEXED, item UNINDEXED, start UNINDEXED, end UNINDEXED,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
-- What an item says weighs more than who it involves.
INSERT INTO items(items, rank) VALUES('rank', 'bm25(1.0, 0.5)');
{across.SCHEMA}
PRAGMA user_version = {SCHEMA_VERSION};
"""


def index_path(roots: Sequence[str] | None = None) -> Path:
    """The library's index, or the index for a set of roots given on the command line."""
    if roots is None:
        return cache_dir() / "index.sqlite3"
    key = hashlib.blake2b("\0".join(roots).encode("utf-8", "surrogateescape"), digest_size=8).hexdigest()
    return cache_dir() / f"index-{key}.sqlite3"


def open_index(path: Path | str, fingerprint: str) -> tuple[sqlite3.Connection, str]:
    """A connection to a usable index, and why it was rebuilt ('' if it was not).

    Falls back to an index in memory when the cache dir cannot be written.
    """
    conn = None
    try:
        conn = _connect(path)
        reason = _unusable(conn, fingerprint)
    except (sqlite3.DatabaseError, OSError) as exc:
        reason = f"unreadable ({exc})"
    if conn is not None and not reason:
        return conn, ""
    if conn is not None:
        conn.close()
    return create(path, fingerprint), reason


def create(path: Path | str, fingerprint: str) -> sqlite3.Connection:
    """Delete whatever is at `path` and make an empty index there (in memory if that fails)."""
    if str(path) != MEMORY:
        _remove(Path(path))
        prune(Path(path).parent, time.time() - STALE_SECONDS)
    try:
        conn = _connect(path)
        conn.executescript(SCHEMA)
    except (sqlite3.DatabaseError, OSError):
        conn = _connect(MEMORY)
        conn.executescript(SCHEMA)
    conn.execute("INSERT INTO meta VALUES('fingerprint', ?)", (fingerprint,))
    conn.commit()
    return conn


def prune(folder: Path, before: float) -> None:
    """Drop indexes of folders once given on the command line and not changed since `before`."""
    for old in folder.glob("index-*.sqlite3"):
        with contextlib.suppress(OSError):
            if old.stat().st_mtime < before:
                _remove(old)


def on_disk(conn: sqlite3.Connection) -> bool:
    """Whether the index is a file (other connections can open it), not the in-memory fallback."""
    return bool(conn.execute("PRAGMA database_list").fetchone()[2])


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()


def _connect(path: Path | str) -> sqlite3.Connection:
    if str(path) != MEMORY:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    # One connection is shared by the threads of a Library, which serialises its use with a lock.
    conn = sqlite3.connect(path, timeout=30, check_same_thread=False, isolation_level=None)
    if str(path) != MEMORY:
        conn.execute("PRAGMA journal_mode = WAL")  # readers in other processes do not block indexing
        conn.execute("PRAGMA synchronous = NORMAL")  # a cache: losing the last commit on power loss is fine
    return conn


def _unusable(conn: sqlite3.Connection, fingerprint: str) -> str:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version != SCHEMA_VERSION:
        return f"schema version {version}, not {SCHEMA_VERSION}" if version else "new"
    row = conn.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
    if row is None or row[0] != fingerprint:
        return "the parser changed"
    return ""
