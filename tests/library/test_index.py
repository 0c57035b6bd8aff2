"""The index is incremental, drops what is gone, and rebuilds itself when it cannot be trusted."""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

import pytest

from briefing.library.index import Library


def test_first_refresh_reads_every_file_and_lists_them_newest_first(library: Library) -> None:
    done = library.refresh()
    assert (done.files, done.parsed, done.skipped) == (3, 3, 0)
    entries = library.entries()
    assert [e.title for e in entries] == ["Talks in Istanbul", "Flood on the river", "Harbour strike ends"]
    talks = entries[0]
    assert (talks.id, talks.date, talks.place) == ("talks", "2025-05-16", "Istanbul")
    assert talks.counts == {"actors": 2, "statements": 2, "casualties": 1, "next_steps": 1}


def test_editing_one_file_rereads_only_that_file(library: Library, shelf: Path) -> None:
    library.refresh()
    assert library.refresh().parsed == 0
    flood = shelf / "flood.md"
    flood.write_text(flood.read_text(encoding="utf-8").replace("on the river", "in the valley"), encoding="utf-8")
    done = library.refresh()
    assert (done.parsed, done.confirmed) == (1, 0)
    assert "Flood in the valley" in [e.title for e in library.entries()]


def test_a_touched_but_unchanged_file_is_hashed_not_parsed(library: Library, shelf: Path) -> None:
    library.refresh()
    path = shelf / "talks.md"
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 5_000_000_000))
    done = library.refresh()
    assert (done.parsed, done.confirmed) == (0, 1)
    assert library.refresh().confirmed == 0  # the new mtime was recorded


def test_a_deleted_file_drops_out_of_list_and_search(library: Library, shelf: Path) -> None:
    library.refresh()
    assert library.search("levee")
    (shelf / "flood.md").unlink()
    assert library.refresh().removed == 1
    assert "Flood on the river" not in [e.title for e in library.entries()]
    assert library.search("levee") == []
    assert library.briefing(shelf / "flood.md") is None


def test_a_new_file_is_picked_up(library: Library, shelf: Path) -> None:
    library.refresh()
    (shelf / "more").mkdir()
    (shelf / "more" / "second.md").write_text("# Second round\n\nTalks went on.\n", encoding="utf-8")
    assert library.refresh().parsed == 1
    assert len(library.entries()) == 4


def test_a_corrupt_index_is_rebuilt_without_asking(shelf: Path, tmp_path: Path) -> None:
    index = tmp_path / "index.sqlite3"
    with Library([shelf], index=index) as lib:
        lib.refresh()
    index.write_bytes(b"this is not a database" * 100)
    with Library([shelf], index=index) as lib:
        done = lib.refresh()
        assert done.rebuilt.startswith("unreadable")
        assert done.parsed == 3 and len(lib.entries()) == 3


def test_an_index_with_another_schema_version_is_rebuilt(shelf: Path, tmp_path: Path) -> None:
    index = tmp_path / "index.sqlite3"
    with Library([shelf], index=index) as lib:
        lib.refresh()
    with sqlite3.connect(index) as conn:
        conn.execute("PRAGMA user_version = 99")
    with Library([shelf], index=index) as lib:
        done = lib.refresh()
        assert "schema version 99" in done.rebuilt
        assert done.parsed == 3


def test_the_index_survives_being_reopened(shelf: Path, tmp_path: Path) -> None:
    index = tmp_path / "index.sqlite3"
    with Library([shelf], index=index) as lib:
        lib.refresh()
    with Library([shelf], index=index) as lib:
        done = lib.refresh()
        assert (done.parsed, done.rebuilt) == (0, "")
        assert len(lib.entries()) == 3


def test_files_that_fail_to_load_are_skipped_and_counted(library: Library, shelf: Path) -> None:
    (shelf / "empty.md").write_text("  \n", encoding="utf-8")
    done = library.refresh()
    assert (done.files, done.skipped) == (4, 1)
    (skip,) = library.skipped()
    assert skip.path.endswith("empty.md") and "empty file" in skip.message
    assert len(library.entries()) == 3
    assert library.refresh().parsed == 0  # not retried until it changes


def test_symlink_loops_are_not_followed_forever(library: Library, shelf: Path) -> None:
    (shelf / "loop").symlink_to(shelf, target_is_directory=True)
    assert library.refresh().files == 3


def test_the_stored_briefing_comes_back_without_parsing(library: Library, shelf: Path) -> None:
    library.refresh()
    stored = library.briefing(shelf / "talks.md")
    assert stored is not None
    assert stored.sections.statements[0].speaker == "Hakan Fidan"
    assert "Observers waited" in stored.text


def test_progress_is_reported_per_file(library: Library) -> None:
    calls: list[tuple[int, int]] = []
    library.refresh(lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, 3) and calls[-1] == (3, 3)


def test_usable_from_another_thread(library: Library) -> None:
    results: list[int] = []
    worker = threading.Thread(target=lambda: results.append(len(library.search("ceasefire"))))
    worker.start()
    worker.join()
    assert results and results[0] > 0


def test_many_files_are_parsed_in_worker_processes(tmp_path: Path, shelf: Path) -> None:
    talks = (shelf / "talks.md").read_text(encoding="utf-8")
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(60):
        (folder / f"b{n:02d}.md").write_text(talks.replace("Talks in Istanbul", f"Round {n}"), encoding="utf-8")
    with Library([folder], index=tmp_path / "i.sqlite3", workers=2) as lib:
        assert lib.refresh().parsed == 60
        assert len({e.title for e in lib.entries()}) == 60


def test_an_interrupted_refresh_leaves_a_usable_index(library: Library) -> None:
    def interrupt(done: int, total: int) -> None:
        if done == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        library.refresh(interrupt)
    done = library.refresh()
    assert done.files == 3 and len(library.entries()) == 3


def test_pages_come_from_the_index_without_looking_at_the_disk(shelf: Path, tmp_path: Path) -> None:
    index = tmp_path / "index.sqlite3"
    with Library([shelf], index=index) as lib:
        lib.refresh()
    (shelf / "flood.md").unlink()
    with Library([shelf], index=index) as lib:
        assert lib.count() == 3 and len(lib.page("", 0, 10)) == 3  # the first paint: as last indexed
        assert len(lib.entries()) == 2  # then as on disk


def test_indexes_of_folders_given_once_are_pruned_when_stale(shelf: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    old = cache / "index-0123456789abcdef.sqlite3"
    with Library([shelf], index=old) as lib:
        lib.refresh()
    os.utime(old, (0, 0))
    with Library([shelf], index=cache / "index-fedcba9876543210.sqlite3") as lib:
        lib.refresh()
    assert not old.exists()
    assert (cache / "index-fedcba9876543210.sqlite3").exists()
