"""`O`: the outline of the text's headings; `enter` shows the text at one, `q` goes back."""

from __future__ import annotations

from pathlib import Path

from tui_helpers import FIXTURES, runs_with, screen_text, settled, view_rows

from briefing.tui.app import BriefingApp
from briefing.tui.screens.outline import OutlineScreen

FERRY = FIXTURES / "ferry-report.md"


async def test_the_outline_lists_the_headings_and_jumps_to_one(store_path: Path) -> None:
    app = BriefingApp(path=FERRY, bookmarks_path=store_path)
    async with app.run_test(size=(80, 16)) as pilot:
        await settled(pilot)
        await pilot.press("O")
        await pilot.pause()
        assert isinstance(app.screen, OutlineScreen)
        rows = view_rows(app.screen.query_one("#outline-list"))
        assert rows[:5] == ["Ferry services cut on the northern route", "  What happened", "  Who is affected",
                            "    Freight", "  What comes next"]
        await pilot.press("down", "down", "down", "down", "enter")
        await pilot.pause()
        assert app.screen.section == "text"
        assert runs_with(app.screen.view(), "block-view--current") == ["What comes next"]  # on screen, marked
        assert "Engineers inspect the pier on Thursday" in screen_text(app)
        await pilot.press("q")
        assert app.screen.section == "overview"  # where the outline was opened from


async def test_the_outline_says_so_when_the_text_has_no_headings(reader_app) -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("O")
        await pilot.pause()
        assert "No headings in this text." in screen_text(app)
        await pilot.press("escape")
        assert not isinstance(app.screen, OutlineScreen)


async def test_help_lists_the_outline(reader_app) -> None:
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        keys = app.keys_of_screen()
        assert ("O", "Outline") in keys
        await pilot.press("question_mark")
        await pilot.pause()
        assert "Outline" in screen_text(app)
