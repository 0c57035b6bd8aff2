"""Finding briefing files: each once, hidden and foreign files left alone, bad folders skipped."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing.library.index import Library
from briefing.library.sources import default_roots, scan
from briefing.paths import user_briefings


def names(roots: list[Path]) -> list[str]:
    return [Path(f.path).name for f in scan(roots).files]


def test_briefing_files_only_and_each_once(shelf: Path) -> None:
    (shelf / "photo.jpg").write_bytes(b"\xff\xd8")
    (shelf / ".draft.md").write_text("# Draft\n", encoding="utf-8")
    (shelf / ".git").mkdir()
    (shelf / ".git" / "notes.md").write_text("# Notes\n", encoding="utf-8")
    (shelf / "a-link.md").symlink_to(shelf / "talks.md")
    (shelf / "gone.md").symlink_to(shelf / "nowhere.md")
    found = names([shelf, shelf, shelf / "talks.md"])
    assert len(found) == 3 and {"flood.md", "harbour.txt"} < set(found)
    assert len({"a-link.md", "talks.md"} & set(found)) == 1  # one file by two names counts once


def test_a_file_root_counts_as_it_is(shelf: Path) -> None:
    assert names([shelf / "talks.md"]) == ["talks.md"]
    assert names([shelf / "missing"]) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_an_unreadable_folder_is_skipped_and_named(shelf: Path) -> None:
    locked = shelf / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        found = scan([shelf])
        assert len(found.files) == 3
        assert found.unreadable and found.unreadable[0].startswith(str(locked))
    finally:
        locked.chmod(0o700)


def test_the_users_folder_is_created_on_first_run() -> None:
    assert not user_briefings().exists()
    assert user_briefings() in default_roots()
    assert user_briefings().is_dir()


def test_an_unwritable_cache_falls_back_to_memory(shelf: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("", encoding="utf-8")
    with Library([shelf], index=blocked / "index.sqlite3") as lib:
        assert len(lib.entries()) == 3


def test_a_file_name_that_is_not_utf8_is_named_not_fatal(shelf: Path, tmp_path: Path) -> None:
    os.close(os.open(os.fsencode(shelf) + b"/caf\xe9.md", os.O_CREAT | os.O_WRONLY))
    with Library([shelf], index=tmp_path / "i.sqlite3") as lib:
        done = lib.refresh()
        assert done.files == 3 and len(lib.entries()) == 3
        assert done.unreadable and "not UTF-8" in done.unreadable[0]
