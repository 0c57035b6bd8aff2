"""A damaged store is kept aside, named in a one-line notice, and replaced; what it still held is carried over."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from briefing.bookmarks import BookmarkStore
from briefing.bookmarks.recovery import move_aside, salvage
from briefing.model import Briefing, Statement

RIVER = Briefing(id="river-dispute", title="River dispute", path="/nowhere/river.md")


def said(n: int) -> Statement:
    return Statement(text=f"The river is ours, part {n}.", speaker="Ilse Brandt", id=f"river{n}")


def kept_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm")))


def test_a_file_that_is_not_a_database_is_kept_and_replaced(tmp_path: Path) -> None:
    path = tmp_path / "bookmarks.sqlite3"
    garbage = b"these are not the bookmarks you are looking for\n" * 200
    path.write_bytes(garbage)
    with BookmarkStore(path) as store:
        [kept] = kept_files(tmp_path)
        assert kept.read_bytes() == garbage
        assert kept.name in store.notice and "\n" not in store.notice
        assert "0 bookmarks recovered" in store.notice
        assert store.toggle(RIVER, said(1)) is True
    with BookmarkStore(path) as again:
        assert again.notice == ""
        assert again.is_bookmarked("river1")


def test_a_store_failing_quick_check_keeps_its_readable_bookmarks(
    tmp_path: Path, damage_index: Callable[[Path], None]
) -> None:
    path = tmp_path / "bookmarks.sqlite3"
    with BookmarkStore(path) as store:
        for n in range(40):
            store.toggle(RIVER, said(n))
    damage_index(path)
    with BookmarkStore(path) as store:
        assert "40 bookmarks recovered" in store.notice
        assert len(store.all()) == 40
        assert store.bookmarked_ids(RIVER.id) == {f"river{n}" for n in range(40)}
    assert len(kept_files(tmp_path)) == 1


def test_a_database_of_another_shape_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "bookmarks.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE bookmarks (url TEXT)")
    db.execute("INSERT INTO bookmarks VALUES ('https://example.org')")
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    with BookmarkStore(path) as store:
        assert "was damaged" in store.notice
        assert store.all() == []
    [kept] = kept_files(tmp_path)
    assert sqlite3.connect(kept).execute("SELECT url FROM bookmarks").fetchall() == [("https://example.org",)]


def test_damage_twice_in_a_second_keeps_both_files(tmp_path: Path) -> None:
    path = tmp_path / "bookmarks.sqlite3"
    for text in (b"first damaged store " * 100, b"second damaged store " * 100):
        path.write_bytes(text)
        BookmarkStore(path).close()
    assert {p.read_bytes()[:6] for p in kept_files(tmp_path)} == {b"first ", b"second"}


def test_a_kept_store_keeps_its_recent_commits(tmp_path: Path) -> None:
    """Recent commits live in 'bookmarks.sqlite3-wal' until a checkpoint: the WAL is kept with the store."""
    live = tmp_path / "live.sqlite3"
    path = tmp_path / "bookmarks.sqlite3"
    with BookmarkStore(live) as store:
        store.toggle(RIVER, said(1))
        for suffix in ("", "-wal"):  # copied while open: the bookmark is only in the WAL
            Path(f"{path}{suffix}").write_bytes(Path(f"{live}{suffix}").read_bytes())
    kept = move_aside(path, datetime(2026, 3, 2, 10, 0, tzinfo=UTC))
    assert kept.name == "bookmarks.sqlite3.damaged-20260302T100000Z"
    assert not Path(f"{path}-wal").exists()
    assert [b.statement for b in salvage(kept)] == ["river1"]
