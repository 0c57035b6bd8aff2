"""Search all briefings (ctrl+f in the library): ranked hits as you type, enter opens the briefing at the hit."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_helpers import runs_with, screen_text, settled, view_rows, write_long_briefing

import briefing.tui.screens.library as library_screen
from briefing.tui.app import BriefingApp
from briefing.tui.screens.reader import ReaderScreen
from briefing.tui.screens.search import PAUSE, SearchScreen

SIZE = (120, 40)


def marked(view) -> list[str]:
    """The words drawn in reverse video: the matches in the snippets."""
    return [segment.text for y in range(view.scrollable_content_region.height) for segment in view.render_line(y)
            if segment.style and segment.style.reverse and segment.text.strip()]


async def search(pilot, query: str) -> None:
    await pilot.press("ctrl+f", *query)
    await pilot.pause(PAUSE + 0.1)
    await settled(pilot)


async def test_hits_show_as_you_type_with_the_words_marked(library: Path, store_path: Path) -> None:
    app = BriefingApp(roots=[library], bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await search(pilot, "arbitration")
        assert isinstance(app.screen, SearchScreen)
        rows = view_rows(app.screen.query_one("#hit-list"))
        assert "Upstream dam dispute goes to arbitration · Statements" in rows
        assert "  Ana Kovic: Arbitration is the only way forward." in rows
        assert marked(app.screen.query_one("#hit-list")) == ["Arbitration", "arbitration"]
        assert "Upstream dam dispute goes to arbitration · Text" in rows
        assert "hits, best first" in screen_text(app)
        assert "Ministers meet" not in screen_text(app)
        await pilot.press("backspace", "backspace", "backspace")
        await pilot.pause(PAUSE + 0.1)
        await settled(pilot)
        assert "harbour" not in screen_text(app)  # 'arbitrat' is not a word of either briefing
        assert "No briefing matches." in screen_text(app)
        await pilot.press("escape")
        assert not isinstance(app.screen, SearchScreen)


async def test_enter_opens_a_statement_hit_on_its_statement_with_the_word_found(
        library: Path, store_path: Path) -> None:
    app = BriefingApp(roots=[library], bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await search(pilot, "cargo checks")
        hit = app.screen.hits[0]
        assert (hit.section, hit.title) == ("statements", "Ministers meet at the harbour conference")
        await pilot.press("enter")
        await settled(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.section == "statements"
        listing = reader.query_one("#statement-list")
        assert listing.cursor == 3  # “Cargo checks resume on Monday.”
        assert runs_with(listing, "block-view--current") == ["Cargo"]
        assert "Find: Cargo" in " ".join(screen_text(app).split())
        await pilot.press("escape", "escape")  # clears the find, then back to the hits
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen) and app.screen.hits
        await pilot.press("q")  # typed: the input has the focus
        assert app.screen.query_one("#search-input").value == "cargo checksq"
        await pilot.press("tab", "q")  # the hits have it: back to the library
        assert not isinstance(app.screen, SearchScreen)


async def test_enter_opens_a_text_hit_at_its_paragraph(tmp_path: Path, store_path: Path) -> None:
    folder = tmp_path / "long"
    folder.mkdir()
    write_long_briefing(folder)
    app = BriefingApp(roots=[folder], bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await search(pilot, '"paragraph 257"')
        await pilot.press("enter")
        await settled(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.section == "text"
        view = reader.query_one("#text-view")
        assert any(row.startswith("Paragraph 257 of the long report") for row in view_rows(view))
        assert runs_with(view, "block-view--current") == ["Paragraph 257"]


async def test_a_bad_query_says_why(library: Path, store_path: Path) -> None:
    app = BriefingApp(roots=[library], bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await search(pilot, "section:nowhere")
        assert "section 'nowhere' (sections: actors, statements" in screen_text(app)
        assert "Nothing searched" in screen_text(app)
        assert app.is_running


async def test_indexing_shows_its_progress(tmp_path: Path, store_path: Path,
                                           monkeypatch: pytest.MonkeyPatch, library: Path) -> None:
    monkeypatch.setattr(library_screen, "SLOW", 0.0)  # the bar at once, not after a second
    app = BriefingApp(roots=[library], bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        bar = app.screen.query_one("#library-progress")
        assert (bar.total, bar.progress) == (2, 2)
        assert not bar.display and "2 briefings" in screen_text(app)


async def test_a_first_index_of_many_files_reads_them_in_worker_processes(tmp_path: Path, store_path: Path) -> None:
    # Enough files for the pool of processes, which must start under Textual's stand-in stderr.
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(60):
        (folder / f"note-{n:02d}.md").write_text(f"---\ntitle: Note {n}\n---\n\nThe envoy arrived on day {n}.\n",
                                                 encoding="utf-8")
    app = BriefingApp(roots=[folder], bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert "60 briefings" in screen_text(app)
