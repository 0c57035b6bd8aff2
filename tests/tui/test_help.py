"""`?` (f1 in the library): every key of the screen, in two columns where they fit, never cut without a sign."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tui_helpers import screen_text, settled, view_rows

from briefing.config import Config
from briefing.tui.app import BriefingApp
from briefing.tui.block_view import BlockView
from briefing.tui.screens.help import HelpScreen
from briefing.tui.screens.reader import ReaderScreen

READER_KEYS = ("a Actors", "x Next steps", "] Next mention", "[ Previous mention", "/ Find", "n Next match",
               "N Previous match", "b Bookmark", "q esc Back", "1 2 3 4 5 6 7 8 9 Actor 1-9 and their card",
               "tab Next section", "e Edit", "o Links")
APP_KEYS = ("? Help", "B Bookmarks", "A Agenda", "^q Quit", "^p Palette")


def entries(view: BlockView) -> list[str]:
    """The 'key what' entries the help shows now, one or two to a row (columns stand 3 or more cells apart)."""
    found = []
    for row in view_rows(view):
        found += [" ".join(cell.split()) for cell in re.split(r"\s{3,}", row) if cell.strip()]
    return found


async def open_help(pilot) -> BlockView:
    await pilot.press("question_mark")
    await pilot.pause()
    assert isinstance(pilot.app.screen, HelpScreen)
    return pilot.app.screen.query_one("#help-keys", BlockView)


async def test_at_120_columns_every_key_shows_at_once_in_two_columns(reader_app) -> None:
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_help(pilot)
        shown = entries(view)
        for entry in (*READER_KEYS, *APP_KEYS):
            assert entry in shown
        assert "Actors" in view_rows(view)[2] and "Outline" in view_rows(view)[2]  # side by side
        assert view.virtual_size.height <= view.scrollable_content_region.height  # nothing to scroll to
        assert "scroll" not in screen_text(app)
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


@pytest.mark.parametrize("size", [(80, 24), (60, 15)], ids=lambda s: f"{s[0]}x{s[1]}")
async def test_on_a_small_terminal_one_column_says_there_is_more_and_scrolls_to_the_apps_keys(
        reader_app, size: tuple[int, int]) -> None:
    app = reader_app()
    async with app.run_test(size=size) as pilot:
        view = await open_help(pilot)
        rows = entries(view)
        assert rows[:3] == ["tab Next section", "shift+tab Previous section", "a Actors"]  # one column
        assert not any(entry in rows for entry in APP_KEYS)  # below the box, and the box says so
        assert "escape closes · ↓ ↑ scroll ·" in screen_text(app)
        seen = list(rows)
        for _ in range(6):
            await pilot.press("pagedown")
            await pilot.pause()
            seen += entries(view)
        for entry in (*READER_KEYS, *APP_KEYS):
            assert entry in seen  # whole: a row of the help is never wrapped or cut on the right
        assert "escape closes · ↓ ↑ scroll · 100%" in screen_text(app)  # the box's foot, at the end of the list


async def test_help_in_the_library_shows_the_search(library: Path, store_path: Path) -> None:
    app = BriefingApp(roots=[library], bookmarks_path=store_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await pilot.press("f1")  # ? is a letter of the filter here
        await pilot.pause()
        shown = entries(app.screen.query_one("#help-keys", BlockView))
        assert "^f Search all" in shown and "esc ^q Quit" in shown and "^b Bookmarks" in shown
        # the filter (an Input) binds these keys too, and passes them on to the list: they are the list's
        assert {"↓ Next", "↑ Previous", "pgdn Page down", "pgup Page up", "home First", "end Last"} <= set(shown)
        assert not any("Next mention" in entry for entry in shown)


async def test_a_remapped_key_keeps_its_row(reader_app) -> None:
    app = reader_app(config=Config(keymap={"reader.actors": "y", "view.half_down": "ctrl+e"}))
    async with app.run_test(size=(120, 40)) as pilot:
        shown = entries(await open_help(pilot))
        assert shown.index("shift+tab Previous section") < shown.index("y Actors") < shown.index("s Statements")
        assert shown.index("pgdn space ^f Page down") < shown.index("^e Half a page down") < shown.index(
            "^u Half a page up")
        assert "a Actors" not in shown
