"""The library's filter takes every printable key and a paste, in order, however fast they come; the list
moves on the arrow and page keys; typing `q` never quits (escape does, once the filter is empty)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from tui_helpers import screen_lines, screen_text, settled, type_at_once

from briefing.tui.app import BriefingApp
from briefing.tui.library_list import LibraryList
from briefing.tui.screens.library import LibraryScreen
from briefing.tui.screens.reader import ReaderScreen

SIZE = (120, 40)
PLACES = ("Kyiv", "Qatar", "Gaza", "Jakarta", "Geneva")


@pytest.fixture
def places(tmp_path: Path) -> Path:
    """One briefing per place, the newest last in PLACES."""
    folder = tmp_path / "places"
    folder.mkdir()
    for day, place in enumerate(PLACES, start=1):
        (folder / f"{place.lower()}.md").write_text(
            f"---\ntitle: Talks in {place}\ndate: 2025-06-{day:02d}\nplace: {place}\n---\nEnvoys met in {place}.\n",
            encoding="utf-8")
    return folder


def filter_text(app: BriefingApp) -> str:
    return app.screen.query_one("#library-filter").value


def titles(app: BriefingApp) -> list[str]:
    return [line.strip() for line in screen_lines(app) if line.strip().startswith("Talks in")]


async def test_typing_kyiv_key_by_key_filters_by_it(places: Path, store_path: Path) -> None:
    app = BriefingApp(roots=[places], bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press(*"kyiv")  # k is no list key here
        await pilot.pause()
        assert filter_text(app) == "kyiv"
        assert titles(app) == ["Talks in Kyiv"]
        assert "1 of 5 briefings match" in screen_text(app)


async def test_typing_qatar_filters_and_does_not_quit(places: Path, store_path: Path) -> None:
    app = BriefingApp(roots=[places], bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press(*"qatar")
        await pilot.pause()
        assert app.is_running and filter_text(app) == "qatar"
        assert titles(app) == ["Talks in Qatar"]


async def test_list_keys_of_other_screens_are_letters_here(places: Path, store_path: Path) -> None:
    app = BriefingApp(roots=[places], bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press(*"gaza", "backspace", "backspace", "backspace", "backspace", *"Geneva")
        await pilot.pause()
        assert filter_text(app) == "Geneva" and titles(app) == ["Talks in Geneva"]
        await pilot.press("escape", *"in j", "?", "B", "/")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen) and filter_text(app) == "in j?B/"


async def test_a_burst_of_keys_keeps_every_letter_in_order(places: Path, store_path: Path) -> None:
    app = BriefingApp(roots=[places], bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        type_at_once(app, "jakarta gkG q")
        await pilot.pause()
        await pilot.pause()
        assert filter_text(app) == "jakarta gkG q"
        await pilot.press("backspace", "backspace", "backspace", "backspace", "backspace", "backspace")
        await pilot.pause()
        assert filter_text(app) == "jakarta" and titles(app) == ["Talks in Jakarta"]


async def test_a_paste_filters_by_it(places: Path, store_path: Path) -> None:
    app = BriefingApp(roots=[places], bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        app.post_message(events.Paste("Kyiv"))
        await pilot.pause()
        await pilot.pause()
        assert filter_text(app) == "Kyiv" and titles(app) == ["Talks in Kyiv"]


async def test_arrows_and_page_keys_move_the_list_and_enter_opens(places: Path, store_path: Path) -> None:
    app = BriefingApp(roots=[places], bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert titles(app) == [f"Talks in {p}" for p in reversed(PLACES)]  # newest first
        listing = app.screen.query_one(LibraryList)
        await pilot.press("down", "down", "up")
        assert listing.cursor == 1
        await pilot.press("end")
        assert listing.cursor == 4
        await pilot.press("pageup")
        assert listing.cursor == 0
        await pilot.press("down", "enter")
        await settled(pilot)
        assert isinstance(app.screen, ReaderScreen) and app.screen.briefing.title == "Talks in Jakarta"


async def test_escape_clears_the_filter_then_quits_and_the_footer_says_so(places: Path, store_path: Path) -> None:
    app = BriefingApp(roots=[places], bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert "esc Quit" in screen_lines(app)[-1]
        await pilot.press(*"zzz")
        assert "0 of 5 briefings match" in screen_text(app)
        await pilot.press("escape")
        assert filter_text(app) == "" and "5 briefings · enter opens" in screen_text(app)
        assert app.is_running
        await pilot.press("escape")
        await pilot.pause()
        assert not app.is_running


async def test_ctrl_q_quits_even_with_a_filter(places: Path, store_path: Path) -> None:
    app = BriefingApp(roots=[places], bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press(*"ky", "ctrl+q")
        await pilot.pause()
        assert not app.is_running
