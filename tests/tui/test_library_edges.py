"""The library at its edges: an empty folder says how to add briefings; a file that cannot be read is named,
also when it turns up after the index exists, and the palette lists them all."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandList
from tui_helpers import HARBOUR, screen_text, settled, until

from briefing.tui.app import BriefingApp
from briefing.tui.screens.library import LibraryScreen
from briefing.tui.screens.unreadable import UnreadableScreen

SIZE = (120, 40)


@pytest.mark.parametrize("size", [SIZE, (80, 24)])
async def test_an_empty_folder_says_so_once_and_how_to_add_briefings(tmp_path: Path, store_path: Path,
                                                                     size: tuple[int, int]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    app = BriefingApp(roots=[empty], bookmarks_path=store_path)
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        text = " ".join(screen_text(app).split())  # the line wraps at 80 columns, never cut
        assert text.count(f"No briefings in {empty}: add .md or .txt files") == 1
        assert "or run `briefing import ARTICLE -o FILE`." in text
        assert "No briefing matches" not in text


async def test_a_file_broken_after_the_index_exists_is_named(tmp_path: Path, store_path: Path) -> None:
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / HARBOUR.name).write_text(HARBOUR.read_text(encoding="utf-8"), encoding="utf-8")
    app = BriefingApp(roots=[folder], bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen) and not screen.problems
        (folder / "late.md").write_text("---\ndate: 2026-02-30\n---\nText.\n", encoding="utf-8")
        screen.reread()
        await until(pilot, lambda: bool(screen.problems))
        await pilot.pause()
        assert any(n.title == "1 file could not be read" and "late.md:2: date '2026-02-30' is not a real date"
                   in n.message for n in app._notifications)
        assert "1 unreadable (ctrl+p)" in screen_text(app)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"unreadable")
        await until(pilot, lambda: app.screen.query_one(CommandList).option_count > 0)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, UnreadableScreen))
        await pilot.pause()
        text = screen_text(app)
        assert "1 file could not be read" in text
        assert "date '2026-02-30' is not a real date; fix: YYYY-MM-DD" in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
