"""What a refresh sees at the cost of what changed, and what the sweep and the checked results add
(docs/library.md): add, edit in place, replace by rename, delete, folders added, removed and renamed."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.library import index as index_module
from briefing.library.index import Library
from briefing.library.sweep import start_sweep

HOUR_AGO = time.time() - 3600


def age(folder: Path) -> None:
    """Every folder's mtime an hour back: as a library is between two commands (not just written)."""
    for path in [folder, *(p for p in folder.rglob("*") if p.is_dir())]:
        os.utime(path, (HOUR_AGO, HOUR_AGO))


def titles(library: Library) -> list[str]:
    return [e.title for e in library.entries()]


@pytest.fixture
def indexed(shelf: Path, tmp_path: Path) -> Iterator[Library]:
    (shelf / "older").mkdir()
    (shelf / "older" / "strike.md").write_text("# Port strike\n\nCrane drivers walked out.\n", encoding="utf-8")
    age(shelf)
    with Library([shelf], index=tmp_path / "index.sqlite3") as library:
        assert library.refresh().full  # the first time: every file
        yield library


def test_nothing_changed_reads_nothing_and_stats_no_file(indexed: Library) -> None:
    done = indexed.refresh()
    assert (done.files, done.parsed, done.removed, done.full) == (4, 0, 0, False)


def test_a_file_added_is_seen_at_once(indexed: Library, shelf: Path) -> None:
    (shelf / "older" / "rail.md").write_text("# Rail talks\n\nThe unions met again.\n", encoding="utf-8")
    done = indexed.refresh()
    assert (done.parsed, done.full) == (1, False)
    assert "Rail talks" in titles(indexed)
    assert indexed.search("unions")


def test_a_file_deleted_is_gone_at_once(indexed: Library, shelf: Path) -> None:
    (shelf / "flood.md").unlink()
    assert indexed.refresh().removed == 1
    assert "Flood on the river" not in titles(indexed) and indexed.search("levee") == []


def test_a_file_replaced_by_a_rename_is_read_again(indexed: Library, shelf: Path) -> None:
    flood = shelf / "flood.md"
    (shelf / ".flood.md.swp").write_text(flood.read_text(encoding="utf-8").replace("on the river", "in the valley"),
                                         encoding="utf-8")
    os.replace(shelf / ".flood.md.swp", flood)  # how many editors save
    assert indexed.refresh().parsed == 1
    assert "Flood in the valley" in titles(indexed)


def test_a_file_edited_in_place_is_caught_by_its_hits_and_by_the_sweep(indexed: Library, shelf: Path) -> None:
    talks = shelf / "talks.md"
    folder_mtime = shelf.stat().st_mtime_ns
    talks.write_text(talks.read_text(encoding="utf-8").replace("palace", "drawbridge"), encoding="utf-8")
    assert shelf.stat().st_mtime_ns == folder_mtime  # in place: no folder changed
    assert indexed.refresh().parsed == 0  # the folders say nothing
    assert indexed.search("palace") == []  # but a hit's file is checked before it is shown: never stale
    assert {h.path for h in indexed.search("drawbridge")} == {str(talks)}  # and was read again
    flood = shelf / "flood.md"
    flood.write_text(flood.read_text(encoding="utf-8").replace("levee", "dyke"), encoding="utf-8")
    assert indexed.search("dyke") == []  # a word added in place, in a file no hit names: not yet
    assert indexed.sweep().parsed == 1  # the sweep stats every file
    assert {h.path for h in indexed.search("dyke")} == {str(flood)}


def test_a_listed_file_edited_in_place_is_listed_as_it_is_now(indexed: Library, shelf: Path) -> None:
    flood = shelf / "flood.md"
    flood.write_text(flood.read_text(encoding="utf-8").replace("on the river", "in the valley"), encoding="utf-8")
    assert "Flood in the valley" in [e.title for e in indexed.stream()]
    assert [e.title for e in indexed.stream(limit=1)] == ["Talks in Istanbul"]


def test_a_briefing_opened_from_the_index_is_as_the_file_is_now(indexed: Library, shelf: Path) -> None:
    flood = shelf / "flood.md"
    flood.write_text(flood.read_text(encoding="utf-8").replace("on the river", "in the valley"), encoding="utf-8")
    briefing = indexed.briefing(flood)
    assert briefing is not None and briefing.title == "Flood in the valley"


def test_a_folder_added_is_read_whole(indexed: Library, shelf: Path) -> None:
    (shelf / "new" / "deeper").mkdir(parents=True)
    (shelf / "new" / "a.md").write_text("# Alpha\n\nFirst.\n", encoding="utf-8")
    (shelf / "new" / "deeper" / "b.md").write_text("# Beta\n\nSecond.\n", encoding="utf-8")
    assert indexed.refresh().parsed == 2
    assert {"Alpha", "Beta"} < set(titles(indexed))
    age(shelf)
    (shelf / "new" / "deeper" / "c.md").write_text("# Gamma\n\nThird.\n", encoding="utf-8")
    assert indexed.refresh().parsed == 1  # the new folders are known now, each by its own mtime


def test_a_folder_removed_takes_its_files(indexed: Library, shelf: Path) -> None:
    shutil.rmtree(shelf / "older")
    assert indexed.refresh().removed == 1
    assert "Port strike" not in titles(indexed)


def test_a_folder_renamed_moves_its_files(indexed: Library, shelf: Path) -> None:
    (shelf / "older").rename(shelf / "archive")
    done = indexed.refresh()
    assert (done.removed, done.parsed) == (1, 1)
    assert [e.path for e in indexed.entries() if e.title == "Port strike"] == [str(shelf / "archive" / "strike.md")]


def test_a_folder_no_longer_a_root_drops_out(indexed: Library, shelf: Path, tmp_path: Path) -> None:
    with Library([shelf / "older"], index=tmp_path / "index.sqlite3") as fewer:
        fewer.refresh()
        assert titles(fewer) == ["Port strike"]


def test_an_interrupted_first_index_resumes_where_it_stopped(shelf: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_module, "COMMIT_EVERY", 1)

    def interrupt(done: int, total: int) -> None:
        if done == 2:
            raise KeyboardInterrupt

    with Library([shelf], index=tmp_path / "index.sqlite3", workers=1) as library:
        with pytest.raises(KeyboardInterrupt):
            library.refresh(interrupt)
        assert len(library.entries(cached=True)) == 2  # what was read is kept
        done = library.refresh()
        assert (done.parsed, done.files) == (1, 3)  # and the next run reads the rest only


def test_the_background_sweep_catches_an_edit_in_place(indexed: Library, shelf: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_SWEEP_SECONDS", "0")
    flood = shelf / "flood.md"
    flood.write_text(flood.read_text(encoding="utf-8").replace("levee", "dyke"), encoding="utf-8")
    assert start_sweep(indexed)
    deadline = time.monotonic() + 60
    while not indexed.search("dyke", cached=True) and time.monotonic() < deadline:
        time.sleep(0.1)  # the sweep runs in its own process; the next command sees what it found
    assert {h.path for h in indexed.search("dyke", cached=True)} == {str(flood)}
