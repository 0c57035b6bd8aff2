"""SQLite connections as the store uses them: WAL, a busy timeout, and explicit write transactions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Another instance holding the write lock makes us wait this long before giving up.
BUSY_TIMEOUT_S = 10.0
DAMAGE_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})


def connect(path: Path) -> sqlite3.Connection:
    """Autocommit mode: every change goes through `transaction`, which commits before it returns."""
    return sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)


def connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)


def use_wal(db: sqlite3.Connection) -> None:
    """Readers never block the writer; FULL sync so a commit survives a crash, not only a kill."""
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")


@contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE takes the write lock up front (waiting out other writers), so a
    read-then-write inside cannot interleave with another instance's; COMMIT before leaving."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise


@contextmanager
def exclusive(lock: Path) -> Iterator[None]:
    """Hold a lock file that one process at a time can hold (SQLite's own locking, so it works
    wherever the store does): instances that find the store damaged replace it one after another."""
    db = sqlite3.connect(lock, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        db.execute("BEGIN EXCLUSIVE")
        yield
    finally:
        db.close()


def is_damage(exc: sqlite3.Error) -> bool:
    """'file is not a database' or 'database disk image is malformed', as opposed to locked or unreadable."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in DAMAGE_CODES


def is_busy(exc: sqlite3.Error) -> bool:
    """'database is locked': another instance holds a lock; worth waiting for, unlike damage."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and code & 0xFF == sqlite3.SQLITE_BUSY
