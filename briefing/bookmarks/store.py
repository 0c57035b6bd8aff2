"""The bookmark store: one SQLite file in the user data dir, safe to share between running instances.

Every change is one transaction committed before the call returns, so a kill right after a key press
loses nothing; a damaged file is kept aside with a one-line `notice` and a fresh store started.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from briefing.bookmarks.bookmark import Bookmark, bookmark_for, from_row
from briefing.bookmarks.connection import (
    BUSY_TIMEOUT_S,
    connect,
    exclusive,
    is_busy,
    is_damage,
    transaction,
    use_wal,
)
from briefing.bookmarks.recovery import move_aside, salvage
from briefing.bookmarks.schema import COLUMNS, NewerStore, has_columns, migrate
from briefing.errors import BriefingError
from briefing.model import Briefing, Statement
from briefing.paths import data_dir

FILE_NAME = "bookmarks.sqlite3"
SELECT = f"SELECT {', '.join(COLUMNS)} FROM bookmarks"
INSERT = f"INSERT OR IGNORE INTO bookmarks ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"


def default_path() -> Path:
    return data_dir() / FILE_NAME


def open_sound(path: Path) -> sqlite3.Connection | None:
    """A connection to a store that passed its checks and is at the latest schema; None if the file is
    damaged: not a database, failing `PRAGMA quick_check`, or not shaped like our store.

    SQLite answers 'database is locked' at once, without its busy timeout, while another instance turns a
    new store to WAL; so a busy open is tried again, for as long as that timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            return _open_sound_once(path)
        except sqlite3.OperationalError as exc:
            if not is_busy(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _open_sound_once(path: Path) -> sqlite3.Connection | None:
    db = connect(path)
    try:
        # Check before anything writes: journal_mode would rewrite the header of a foreign file.
        if db.execute("PRAGMA quick_check").fetchone()[0] == "ok":
            use_wal(db)
            migrate(db)
            if has_columns(db):
                return db
    except sqlite3.Error as exc:
        if not is_damage(exc):
            db.close()
            raise
    except BaseException:
        db.close()
        raise
    db.close()
    return None


class BookmarkStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else default_path()
        # One line for the user when the store had to be replaced; empty otherwise.
        self.notice = ""
        self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = open_sound(self.path)
            if db is None:
                # One instance at a time replaces a damaged store; one that waited finds it replaced.
                with exclusive(self.path.with_name(f"{self.path.name}.lock")):
                    db = open_sound(self.path) or self._replace_damaged()
            return db
        except NewerStore as exc:
            raise BriefingError(self.path, str(exc)) from None
        except (sqlite3.Error, OSError) as exc:
            raise BriefingError(self.path, f"cannot open the bookmarks: {_reason(exc)}") from None

    def _replace_damaged(self) -> sqlite3.Connection:
        """Keep the damaged file aside, start a fresh store, and carry over what the old one still held."""
        kept = move_aside(self.path, datetime.now(UTC))
        rescued = salvage(kept)
        db = open_sound(self.path)
        if db is None:
            raise BriefingError(self.path, "a fresh bookmarks store fails its own check")
        with transaction(db):
            db.executemany(INSERT, [_row(b) for b in rescued])
        self.notice = (f"bookmarks: {self.path} was damaged; kept it as {kept.name} and started afresh "
                       f"({len(rescued)} bookmark{'s' if len(rescued) != 1 else ''} recovered)")
        return db

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        try:
            with transaction(self._db) as db:
                yield db
        except sqlite3.Error as exc:
            raise BriefingError(self.path, f"cannot save the bookmark: {_reason(exc)}") from None

    def _query(self, sql: str, params: tuple[str, ...] = ()) -> list[tuple]:
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise BriefingError(self.path, f"cannot read the bookmarks: {_reason(exc)}") from None

    def toggle(self, briefing: Briefing, statement: Statement) -> bool:
        """Bookmark the statement, or un-bookmark it if it was; True if it is bookmarked now."""
        bookmark = bookmark_for(briefing, statement, datetime.now(UTC).isoformat(timespec="seconds"))
        with self._writing() as db:
            if db.execute("DELETE FROM bookmarks WHERE id = ?", (bookmark.id,)).rowcount:
                return False
            db.execute(INSERT, _row(bookmark))
            return True

    def is_bookmarked(self, statement_id: str) -> bool:
        return bool(self._query("SELECT 1 FROM bookmarks WHERE statement = ? LIMIT 1", (statement_id,)))

    def bookmarked_ids(self, briefing_id: str) -> set[str]:
        """The statement ids bookmarked in one briefing."""
        return {row[0] for row in self._query("SELECT statement FROM bookmarks WHERE briefing = ?", (briefing_id,))}

    def remove(self, *bookmark_ids: str) -> int:
        """Forget bookmarks, in one transaction; one that is not there is no error. Returns how many went."""
        with self._writing() as db:
            return sum(db.execute("DELETE FROM bookmarks WHERE id = ?", (bid,)).rowcount for bid in bookmark_ids)

    def all(self) -> list[Bookmark]:
        """Every bookmark, newest first."""
        return [from_row(row) for row in self._query(f"{SELECT} ORDER BY created DESC, rowid DESC")]

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> BookmarkStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _row(bookmark: Bookmark) -> tuple[str | None, ...]:
    return tuple(getattr(bookmark, name) for name in COLUMNS)


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc)
