"""The library, help, the palette, keymaps, themes, going back and quitting, and the small terminal."""

from __future__ import annotations

import gc
from pathlib import Path

from textual.command import CommandList
from tui_helpers import HARBOUR, screen_lines, screen_text, settled, until, view_rows

from briefing.config import Config, config_path, load_config
from briefing.tui.app import BriefingApp
from briefing.tui.screens.library import LibraryScreen
from briefing.tui.screens.reader import ReaderScreen

SIZE = (120, 40)


async def test_library_lists_each_briefing_with_its_counts(library: Path, store_path: Path) -> None:
    app = BriefingApp(roots=[library], bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.pause()
        text = screen_text(app)
        assert "Ministers meet at the harbour conference" in text
        assert ("2031-04-02 · Port Avel, Marenland · 4 actors · 5 statements · 2 casualties · 2 next steps"
                in text)
        assert "2031-03-18 · Selmar valley · 2 actors · 1 statement · 0 casualties · 0 next steps" in text
        assert "2 briefings" in text


async def test_typing_filters_and_enter_opens(library: Path, store_path: Path) -> None:
    app = BriefingApp(roots=[library], bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press(*"dam")
        await pilot.pause()
        text = screen_text(app)
        assert "Upstream dam dispute" in text and "harbour conference" not in text
        assert "1 of 2 briefings match" in text
        await pilot.press("enter")
        await settled(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.briefing.title == "Upstream dam dispute goes to arbitration"
        await pilot.press("q")  # back to the filtered list
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen) and "1 of 2 briefings match" in screen_text(app)
        await pilot.press("escape")  # clears the filter
        assert "2 briefings · enter opens" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert not app.is_running


async def test_q_goes_back_to_the_library_where_q_is_typed(library: Path, store_path: Path) -> None:
    app = BriefingApp(roots=[library], bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("enter")
        await settled(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert gc.get_freeze_count() > 0  # what the reader holds is out of the collector's walk while it reads
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert gc.get_freeze_count() == 0  # and given back once it is left: a cycle in it can be collected
        await pilot.press("q")
        await pilot.pause()
        assert app.is_running and app.screen.query_one("#library-filter").value == "q"


async def run_command(pilot, query: str) -> None:
    """Open the palette with ctrl+p, type the query, run the best hit."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*query)
    await until(pilot, lambda: pilot.app.screen.query_one(CommandList).option_count > 0)  # searched in the background
    await pilot.press("enter")
    await pilot.pause()


async def test_palette_goes_to_an_actor(reader_app) -> None:
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await run_command(pilot, "actor brenner")
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.section == "actors"
        assert view_rows(app.screen.query_one("#card"))[0] == "2 Tomas Brenner"


def cursor_colour(listing) -> object:
    """The background of the first row (the cursor's) where it has text."""
    return next(s for s in listing.render_line(0) if s.text.strip()).style.bgcolor


async def test_palette_switches_the_theme(reader_app) -> None:
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        listing = app.screen.view()
        before = cursor_colour(listing)
        await run_command(pilot, "theme: nord")
        assert app.theme == "nord"
        assert cursor_colour(listing) != before  # drawn in the new theme's colours


async def test_a_theme_picked_in_the_palette_is_the_next_starts(reader_app) -> None:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('# my folders\nfolders = ["~/news"]\n', encoding="utf-8")
    app = reader_app(config=load_config())
    async with app.run_test(size=SIZE) as pilot:
        await run_command(pilot, "theme: nord")
    assert load_config().theme == "nord"
    assert "# my folders" in path.read_text(encoding="utf-8")  # the user's file kept as it was, the theme added
    again = reader_app(config=load_config())
    async with again.run_test(size=SIZE):
        assert again.theme == "nord"


async def test_palette_opens_a_briefing_of_the_library(library: Path, store_path: Path) -> None:
    app = BriefingApp(roots=[library], bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await run_command(pilot, "open briefing: upstream")
        await settled(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.briefing.id == "river-dispute"


async def test_keymap_from_the_config_remaps_a_key(reader_app) -> None:
    app = reader_app(config=Config(keymap={"reader.actors": "y", "reader.find": "ctrl+g"}))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        assert app.screen.section == "overview"
        await pilot.press("y")
        assert app.screen.section == "actors"
        await pilot.press("ctrl+g")
        assert app.focused.id == "find-input"


async def test_theme_from_the_config(reader_app) -> None:
    app = reader_app(config=Config(theme="gruvbox"))
    async with app.run_test(size=SIZE):
        assert app.theme == "gruvbox"


async def test_unknown_theme_is_reported_not_fatal(reader_app) -> None:
    app = reader_app(config=Config(theme="no-such-theme"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme == "textual-dark"
        assert any("Unknown theme 'no-such-theme'" in n.message for n in app._notifications)


async def test_usable_at_80_by_24(reader_app) -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        await pilot.pause()
        lines = screen_lines(app)
        assert len(lines) == 24
        assert lines[0].strip() == "Ministers meet at the harbour conference"
        assert "Actors 4 a" in lines[2]
        assert "Role: foreign minister of" in screen_text(app)
        assert "Palette" in lines[-1] or "Find" in lines[-1]


async def test_a_path_paints_its_title_then_the_reader(store_path: Path) -> None:
    app = BriefingApp(path=HARBOUR, title="Ministers meet at the harbour conference", bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "Ministers meet at the harbour conference" in screen_text(app)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_a_file_that_fails_in_the_thread_ends_the_app_with_its_error(tmp_path: Path,
                                                                           store_path: Path) -> None:
    path = tmp_path / "broken.md"
    path.write_bytes(b"---\ntitle: [unclosed\n---\n")
    app = BriefingApp(path=path, title="broken", bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: not app.is_running)  # the thread fails, then the app exits
    assert app.return_code == 2
    assert app.load_error is not None and "broken.md" in str(app.load_error.render())


async def test_palette_shows_titles_literally(tmp_path: Path, store_path: Path) -> None:
    (tmp_path / "odd.md").write_text("---\ntitle: Odd [@click=app.quit]title[/]\n---\nText.\n", encoding="utf-8")
    app = BriefingApp(roots=[tmp_path], bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"open briefing: odd")
        await until(pilot, lambda: "Open briefing: Odd [@click=app.quit]title[/]" in screen_text(app))


async def test_a_briefing_that_broke_since_listing_is_reported_and_the_library_stays(library: Path,
                                                                                       store_path: Path) -> None:
    app = BriefingApp(roots=[library], bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        (library / "harbour-talks.md").write_bytes(b"\x00\x01 not text any more")
        await pilot.press("enter")
        await settled(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert any("harbour-talks.md" in n.message for n in app._notifications)
        assert app.is_running


async def test_a_briefing_edited_since_listing_opens_as_it_is_now(library: Path, store_path: Path) -> None:
    app = BriefingApp(roots=[library], bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        path = library / "harbour-talks.md"
        path.write_text(path.read_text(encoding="utf-8").replace("We came to sign", "We came to listen"),
                        encoding="utf-8")
        await pilot.press("enter")
        await settled(pilot)
        await pilot.press("s")
        assert "We came to listen, not to talk." in screen_text(app)
