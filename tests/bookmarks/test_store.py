"""Bookmarking statements: on, off, kept across restarts, and independent of the briefing file."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from briefing.bookmarks import BookmarkStore
from briefing.bookmarks.schema import LATEST, STEPS, migrate
from briefing.errors import BriefingError
from briefing.model import Briefing, Statement


def test_toggle_bookmarks_then_unbookmarks(store: BookmarkStore, harbour: Briefing) -> None:
    said = harbour.sections.statements[0]
    assert store.toggle(harbour, said) is True
    assert store.is_bookmarked(said.id)
    assert store.bookmarked_ids(harbour.id) == {said.id}
    assert store.toggle(harbour, said) is False
    assert not store.is_bookmarked(said.id)
    assert store.bookmarked_ids(harbour.id) == set()
    assert store.all() == []


def test_a_bookmark_copies_the_statement(store: BookmarkStore, harbour: Briefing) -> None:
    said = harbour.sections.statements[0]
    store.toggle(harbour, said)
    [kept] = store.all()
    assert (kept.briefing, kept.statement, kept.path) == ("harbour-talks", said.id, harbour.path)
    assert (kept.speaker, kept.text) == ("Mara Voss", "The harbour stays open to every ship.")
    assert kept.id == f"harbour-talks:{said.id}"
    assert kept.title == "Harbour talks in Port Elin"
    assert kept.created.endswith("+00:00")


def test_all_lists_newest_first(store: BookmarkStore, harbour: Briefing) -> None:
    for said in harbour.sections.statements:
        store.toggle(harbour, said)
    assert [b.statement for b in store.all()] == [s.id for s in reversed(harbour.sections.statements)]


def test_remove_forgets_one_bookmark(store: BookmarkStore, harbour: Briefing) -> None:
    first, second = harbour.sections.statements[:2]
    store.toggle(harbour, first)
    store.toggle(harbour, second)
    store.remove(f"harbour-talks:{first.id}")
    store.remove("harbour-talks:no-such-statement")
    assert store.bookmarked_ids(harbour.id) == {second.id}


def test_bookmarks_of_other_briefings_stay_apart(store: BookmarkStore, harbour: Briefing) -> None:
    other = Briefing(id="river-dispute", title="River dispute")
    said = Statement(text="The river is ours.", speaker="Ilse Brandt", id="river1")
    store.toggle(other, said)
    store.toggle(harbour, harbour.sections.statements[0])
    assert store.bookmarked_ids("river-dispute") == {"river1"}
    assert len(store.bookmarked_ids(harbour.id)) == 1


def test_bookmarks_persist_in_the_user_data_dir(harbour: Briefing) -> None:
    said = harbour.sections.statements[1]
    with BookmarkStore() as first:
        first.toggle(harbour, said)
    with BookmarkStore() as second:
        assert second.is_bookmarked(said.id)
        assert second.path == Path(os.environ["XDG_DATA_HOME"]) / "briefing" / "bookmarks.sqlite3"


def test_a_change_is_visible_to_another_instance_at_once(store: BookmarkStore, harbour: Briefing) -> None:
    """The reader in another terminal sees a bookmark without restarting."""
    with BookmarkStore() as other:
        store.toggle(harbour, harbour.sections.statements[0])
        assert other.bookmarked_ids(harbour.id) == {harbour.sections.statements[0].id}


def test_bookmark_survives_the_briefing_file_being_deleted(harbour: Briefing) -> None:
    said = harbour.sections.statements[0]
    with BookmarkStore() as store:
        store.toggle(harbour, said)
    Path(harbour.path).unlink()
    with BookmarkStore() as store:
        [kept] = store.all()
    assert kept.text == "The harbour stays open to every ship."
    assert kept.path == harbour.path


def test_a_statement_without_its_stable_id_is_refused(store: BookmarkStore, harbour: Briefing) -> None:
    with pytest.raises(ValueError, match="stable id"):
        store.toggle(harbour, Statement(text="No id here."))


def test_store_is_wal_and_at_the_latest_schema(store: BookmarkStore) -> None:
    db = sqlite3.connect(store.path)
    try:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA user_version").fetchone()[0] == LATEST
    finally:
        db.close()


def test_an_empty_database_file_is_migrated_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / "bookmarks.sqlite3"
    sqlite3.connect(path).close()
    with BookmarkStore(path) as store:
        assert store.notice == ""
        assert store.all() == []
    assert [p.name for p in tmp_path.iterdir() if "damaged" in p.name] == []


def test_a_store_from_a_newer_version_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "bookmarks.sqlite3"
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 99")
    db.close()
    with pytest.raises(BriefingError, match="newer briefing"):
        BookmarkStore(path)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 99
    db.close()


def test_an_unwritable_data_dir_is_one_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    with pytest.raises(BriefingError, match="cannot open the bookmarks"):
        BookmarkStore(blocker / "bookmarks.sqlite3")



def test_a_later_schema_step_upgrades_a_store_and_keeps_its_bookmarks(tmp_path: Path, harbour: Briefing) -> None:
    path = tmp_path / "bookmarks.sqlite3"
    with BookmarkStore(path) as store:
        store.toggle(harbour, harbour.sections.statements[0])
    db = sqlite3.connect(path, isolation_level=None)
    try:
        migrate(db, (*STEPS, ("ALTER TABLE bookmarks ADD COLUMN note TEXT NOT NULL DEFAULT ''",)))
        assert db.execute("PRAGMA user_version").fetchone()[0] == LATEST + 1
        assert db.execute("SELECT speaker, note FROM bookmarks").fetchall() == [("Mara Voss", "")]
    finally:
        db.close()
