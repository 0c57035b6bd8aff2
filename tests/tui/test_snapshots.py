"""Snapshots of every screen of the reader at 120x40 and 80x24 (update with `pytest --snapshot-update`)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from tui_helpers import FIXTURES, settled

import briefing.bookmarks.store as store_module
from briefing.tui.app import BriefingApp

SIZES = [(120, 40), (80, 24)]
FERRY = FIXTURES / "ferry-report.md"
VIEWS = {
    "overview": [],
    "actors": ["a"],
    "statements": ["s"],
    "casualties": ["c"],
    "next_steps": ["x"],
    "text": ["t"],
    "actor_card": ["2"],
    "search": ["s", "slash", *"brenner", "enter"],
    "mention": ["1", "right_square_bracket", "right_square_bracket"],
    "bookmarks": ["s", "b", "j", "j", "j", "b", "B"],
    "help": ["question_mark"],
}


class FixedClock(datetime):
    """Bookmarks saved 'now' in a snapshot must show the same time on every run."""

    @classmethod
    def now(cls, tz=None):  # type: ignore[override]
        return datetime(2031, 4, 2, 9, 30, tzinfo=UTC)


@pytest.fixture
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Bookmarks show when in local time: make that UTC for the snapshot, and restore it after."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("view", list(VIEWS))
def test_reader(view: str, size: tuple[int, int], reader_app, snap_compare, monkeypatch, utc) -> None:
    monkeypatch.setattr(store_module, "datetime", FixedClock)
    assert snap_compare(reader_app(), press=VIEWS[view], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_library(size: tuple[int, int], library: Path, store_path: Path, snap_compare) -> None:
    app = BriefingApp(roots=[library], bookmarks_path=store_path)
    assert snap_compare(app, terminal_size=size, run_before=settled)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_library_search(size: tuple[int, int], library: Path, store_path: Path, snap_compare) -> None:
    from briefing.tui.screens.search import PAUSE

    async def search(pilot) -> None:
        await settled(pilot)
        await pilot.press("ctrl+f", *"ports")
        await pilot.pause(PAUSE + 0.1)
        await settled(pilot)

    app = BriefingApp(roots=[library], bookmarks_path=store_path)
    assert snap_compare(app, terminal_size=size, run_before=search)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_outline(size: tuple[int, int], store_path: Path, snap_compare) -> None:
    app = BriefingApp(path=FERRY, bookmarks_path=store_path)

    async def outline(pilot) -> None:
        await settled(pilot)
        await pilot.press("t", "O")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=outline)
