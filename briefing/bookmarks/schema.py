"""The store's tables, versioned by `PRAGMA user_version`: step N takes a store from version N-1 to N."""

from __future__ import annotations

import sqlite3

from briefing.bookmarks.connection import transaction

# Statements one by one, not a script: executescript would commit in the middle of the step.
STEPS: tuple[tuple[str, ...], ...] = (
    (  # 1: the first schema.
        """CREATE TABLE bookmarks (
            id TEXT PRIMARY KEY,
            briefing TEXT NOT NULL,
            path TEXT NOT NULL,
            statement TEXT NOT NULL,
            speaker TEXT,
            text TEXT NOT NULL,
            created TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX bookmarks_by_briefing ON bookmarks (briefing)",
        "CREATE INDEX bookmarks_by_statement ON bookmarks (statement)",
    ),
    (  # 2: whether the statement was a quotation or reported speech.
        "ALTER TABLE bookmarks ADD COLUMN direct INTEGER NOT NULL DEFAULT 1",
    ),
)
LATEST = len(STEPS)
COLUMNS = ("id", "briefing", "path", "statement", "speaker", "text", "created", "title", "direct")


class NewerStore(Exception):
    """The store was written by a newer briefing; changing it could lose what that version keeps."""

    def __init__(self, version: int, known: int) -> None:
        super().__init__(f"written by a newer briefing (schema {version}; this one knows up to {known})")


def migrate(db: sqlite3.Connection, steps: tuple[tuple[str, ...], ...] = STEPS) -> None:
    """Run each step the store lacks, each in its own transaction with its version number, so two
    instances starting at once, or one killed mid-way, leave a store at some whole version."""
    while True:
        with transaction(db):
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > len(steps):
                raise NewerStore(version, len(steps))
            if version == len(steps):
                return
            for statement in steps[version]:
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {version + 1}")


def has_columns(db: sqlite3.Connection) -> bool:
    """A store at our version whose table lacks a column is not ours to write into."""
    try:
        db.execute(f"SELECT {', '.join(COLUMNS)} FROM bookmarks LIMIT 0")
    except sqlite3.OperationalError:
        return False
    return True
