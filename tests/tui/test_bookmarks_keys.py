"""`b` bookmarks the statement under the cursor (saved before the key returns); `B` lists every bookmark."""

from __future__ import annotations

import shutil
from pathlib import Path

from tui_helpers import HARBOUR, screen_text, settled, until

from briefing.bookmarks.store import BookmarkStore
from briefing.document.load import load_briefing
from briefing.tui.app import BriefingApp
from briefing.tui.screens.bookmarks import BookmarksScreen
from briefing.tui.screens.reader import ReaderScreen

SIZE = (120, 40)


def saved(store_path: Path) -> list[tuple[str | None, str]]:
    """What another process would read from the store right now."""
    with BookmarkStore(store_path) as store:
        return [(b.speaker, b.text) for b in store.all()]


async def test_b_marks_the_statement_and_saves_it_at_once(reader_app, store_path: Path) -> None:
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", "j", "b")
        assert saved(store_path) == [("Tomas Brenner", "We came to sign, not to talk.")]
        assert "★ Tomas Brenner: “We came to sign, not to talk.”" in screen_text(app)
        assert "Bookmarked." in screen_text(app)
        await pilot.press("b")
        assert saved(store_path) == []
        assert "★" not in screen_text(app)
        assert "Bookmark removed." in screen_text(app)


async def test_marks_show_when_a_briefing_is_opened_again(reader_app, store_path: Path) -> None:
    async with reader_app().run_test(size=SIZE) as pilot:
        await pilot.press("s", "b")
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        assert "★ Ilse Varga: “The ports will open when the ships are safe.”" in screen_text(app)


async def test_a_bookmark_made_in_another_window_shows_its_star(reader_app, harbour, store_path: Path) -> None:
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        assert "★" not in screen_text(app)
        with BookmarkStore(store_path) as other:  # another instance of briefing, on the same store
            other.toggle(harbour, harbour.sections.statements[1])
        await until(pilot, lambda: "★ Tomas Brenner" in screen_text(app))  # the store is looked at every second


async def test_b_outside_statements_explains_itself(reader_app, store_path: Path) -> None:
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "b")
        assert "b bookmarks a statement: press s, move to it, then b." in screen_text(app)
        assert saved(store_path) == []


async def test_bookmarks_list_shows_speaker_text_briefing_and_when(reader_app, harbour) -> None:
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", "b", "j", "j", "j", "b", "B")
        await pilot.pause()
        assert isinstance(app.screen, BookmarksScreen)
        text = screen_text(app)
        assert "The Harbour Council: “Cargo checks resume on Monday.”" in text
        assert "Ilse Varga: “The ports will open when the ships are safe.”" in text
        assert "Ministers meet at the harbour conference · 20" in text  # the briefing, then the date saved
        assert "2 bookmarks" in text
        assert text.index("Cargo checks") < text.index("The ports will open")  # newest first
        await pilot.press("B")  # B again closes the list
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)


async def test_a_bookmarked_reported_statement_is_not_shown_as_a_quotation(reader_app) -> None:
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", "j", "j", "b", "B")
        await pilot.pause()
        text = screen_text(app)
        assert "Ilse Varga: Marenland would review the inspection rules within a week." in text
        assert "“Marenland" not in text


async def test_enter_opens_a_bookmark_in_place(reader_app) -> None:
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", "j", "j", "j", "b", "home", "a", "B")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.section == "statements"
        assert app.screen.view().cursor == 3
        assert [s for s in app.screen_stack if isinstance(s, ReaderScreen)] == [app.screen]  # not a second one


async def test_d_deletes_a_bookmark_and_the_mark_goes(reader_app, store_path: Path) -> None:
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", "b", "B")
        await pilot.pause()
        await pilot.press("d")
        assert saved(store_path) == []
        assert "No bookmarks yet" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert "★" not in screen_text(app)


async def test_a_bookmark_whose_file_is_gone_keeps_its_text(tmp_path: Path, store_path: Path) -> None:
    copy = tmp_path / "gone.md"
    shutil.copy(HARBOUR, copy)
    app = BriefingApp(briefing=load_briefing(copy), bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", "j", "b")
        copy.unlink()
        await pilot.press("B")
        await pilot.pause()
        text = screen_text(app)
        assert "Tomas Brenner: “We came to sign, not to talk.”" in text
        assert "file changed or gone: saved text shown" in text
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, BookmarksScreen)  # stays, and says why


async def test_a_bookmark_whose_statement_changed_opens_the_briefing_and_says_so(tmp_path: Path,
                                                                                  store_path: Path) -> None:
    copy = tmp_path / "edited.md"
    shutil.copy(HARBOUR, copy)
    app = BriefingApp(briefing=load_briefing(copy), bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", "j", "b", "escape")
    copy.write_text(HARBOUR.read_text(encoding="utf-8").replace("We came to sign", "We came to agree"),
                    encoding="utf-8")
    app = BriefingApp(roots=[tmp_path], bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+b")  # in the library, B is a letter of the filter
        await pilot.pause()
        assert "Tomas Brenner: “We came to sign, not to talk.”" in screen_text(app)
        await pilot.press("enter")
        await settled(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert "This statement is no longer in the briefing" in screen_text(app)


async def test_a_store_that_cannot_be_opened_is_reported_and_reading_goes_on(tmp_path: Path, harbour) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the store's folder should be", encoding="utf-8")
    app = BriefingApp(briefing=harbour, bookmarks_path=blocked / "bookmarks.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", "b")
        await pilot.pause()
        assert "The bookmark could not be saved" in screen_text(app)
        assert any("cannot open the bookmarks" in n.message for n in app._notifications)
        await pilot.press("B")
        await pilot.pause()
        assert "No bookmarks yet" in screen_text(app)

