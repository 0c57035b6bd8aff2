"""A damaged store is kept beside a fresh one, and whatever can still be read from it is carried over."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from briefing.bookmarks.bookmark import Bookmark, from_row
from briefing.bookmarks.connection import connect_read_only
from briefing.bookmarks.schema import COLUMNS

# SQLite keeps a WAL store's recent commits in these files beside it: they travel with it.
SIDE_FILES = ("-wal", "-shm")


def kept_path(path: Path, now: datetime) -> Path:
    """'bookmarks.sqlite3' at 20:32:21 UTC -> 'bookmarks.sqlite3.damaged-20261125T203221Z' ('…Z-2' if taken)."""
    stem = f"{path.name}.damaged-{now.strftime('%Y%m%dT%H%M%SZ')}"
    candidate, n = path.with_name(stem), 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{stem}-{n}")
    return candidate


def move_aside(path: Path, now: datetime) -> Path:
    """Rename the store (and its WAL, which a fresh store must not inherit) to a kept name."""
    kept = kept_path(path, now)
    path.rename(kept)
    for suffix in SIDE_FILES:
        side = Path(f"{path}{suffix}")
        if side.exists():
            side.rename(Path(f"{kept}{suffix}"))
    return kept


def salvage(path: Path) -> list[Bookmark]:
    """Every row still readable from a damaged store, in order, until the damage stops the scan."""
    rows: list[Bookmark] = []
    try:
        db = connect_read_only(path)
    except sqlite3.Error:
        return rows
    try:
        columns = COLUMNS if "direct" in _columns(db) else COLUMNS[:-1]  # a store of the first schema
        for row in db.execute(f"SELECT {', '.join(columns)} FROM bookmarks ORDER BY rowid"):
            if _well_typed(columns, row):
                rows.append(from_row(row))
    except sqlite3.Error:
        pass  # the damage: keep what came before it
    finally:
        db.close()
    return rows


def _columns(db: sqlite3.Connection) -> set[str]:
    return {row[1] for row in db.execute("PRAGMA table_info(bookmarks)")}


def _well_typed(columns: tuple[str, ...], row: tuple[object, ...]) -> bool:
    """Damage can leave a row of the wrong types; only text (a missing speaker, a 0/1 `direct`) is carried over."""
    return all(
        isinstance(value, str) or (value is None and name == "speaker") or (name == "direct" and value in (0, 1))
        for name, value in zip(columns, row, strict=True)
    )
