"""Opening a file by path: the reader shows at once, fills as the file is read, and drops no key typed meanwhile."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from tui_helpers import HARBOUR, screen_text, settled, type_at_once, until, view_rows, write_long_briefing

from briefing.document.load import draft_bytes, with_problems
from briefing.library import opening
from briefing.model import Briefing
from briefing.tui.app import BriefingApp
from briefing.tui.find_bar import FindBar
from briefing.tui.screens.reader import READ_AFTER_PAINT, ReaderScreen

SIZE = (100, 30)


class Gates:
    """Hold the reading thread before the draft and before the analysis, until the test opens each gate."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.text = threading.Event()
        self.analysis = threading.Event()
        draft, complete = opening.draft_bytes, opening.complete

        def gated_draft(data: bytes, path: Path):
            assert self.text.wait(20)
            return draft(data, path)

        def gated_complete(briefing):
            assert self.analysis.wait(20)
            return complete(briefing)

        monkeypatch.setattr(opening, "draft_bytes", gated_draft)
        monkeypatch.setattr(opening, "complete", gated_complete)


def plain_article(folder: Path) -> Path:
    """An article with no sections stated: all four come from the analysis."""
    path = folder / "port-strike.md"
    paragraphs = [f"Paragraph {n}. Dock workers met again at the gate, and the union counted the ships waiting."
                  for n in range(1, 80)]
    paragraphs.insert(3, '"We will not go back until the contract is signed," said union leader Anna Rossi.')
    path.write_text("# Port strike enters its second week\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def app_on(path: Path, store: Path) -> BriefingApp:
    return BriefingApp(path=path, title="Port strike enters its second week", bookmarks_path=store)


async def test_the_reader_shows_before_the_file_is_read(tmp_path: Path, monkeypatch) -> None:
    gates = Gates(monkeypatch)
    app = app_on(plain_article(tmp_path), tmp_path / "b.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert "Port strike enters its second week" in screen_text(app)
        assert "Overview" in screen_text(app) and "Statements …" in screen_text(app)
        gates.text.set()
        await until(pilot, lambda: "text" not in app.screen.pending)
        await pilot.press("t")
        await pilot.pause()
        assert any("Paragraph 1." in row for row in view_rows(app.screen.view()))
        await pilot.press("s")
        await pilot.pause()
        assert "Finding statements in the text…" in screen_text(app)
        gates.analysis.set()
        await settled(pilot)
        assert "Finding" not in screen_text(app)
        assert "Anna Rossi" in screen_text(app)


async def test_keys_typed_while_the_file_is_read_are_applied_in_order(tmp_path: Path, monkeypatch) -> None:
    gates = Gates(monkeypatch)
    app = app_on(plain_article(tmp_path), tmp_path / "b.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t", "pagedown", "pagedown")  # typed before the text is there
        assert app.screen.section == "text"
        gates.text.set()
        await until(pilot, lambda: "text" not in app.screen.pending)
        view = app.screen.view()
        # The held keys are typed again after the next repaint, which a loaded machine may put off past a pause.
        await until(pilot, lambda: view.scroll_y > view.scrollable_content_region.height)  # both pages went down
        await pilot.press("s", "enter")  # typed while the analysis runs: enter waits for the statements
        assert app.screen.section == "statements"
        gates.analysis.set()
        await until(pilot, lambda: app.screen.section == "text")  # enter showed the statement in the text
        # ... scrolled to it once the text is laid out, a repaint that a loaded machine may put off.
        await until(pilot, lambda: "We will not go back" in screen_text(app))


async def test_a_key_that_still_waits_after_the_text_is_in_holds_the_keys_behind_it(tmp_path: Path,
                                                                                      monkeypatch) -> None:
    gates = Gates(monkeypatch)
    app = app_on(plain_article(tmp_path), tmp_path / "b.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", "j", "t")  # j waits for the statements; t waits behind it
        gates.text.set()
        await until(pilot, lambda: "text" not in app.screen.pending)
        await pilot.pause()
        assert app.screen.section == "statements"  # j still waits (it was typed again and held, once)
        gates.analysis.set()
        await until(pilot, lambda: app.screen.section == "text")
        assert app.screen.query_one("#statement-list").cursor == 0  # one statement: j had nowhere to go


async def test_a_search_typed_at_once_while_the_file_is_read_keeps_every_letter(tmp_path: Path, monkeypatch) -> None:
    gates = Gates(monkeypatch)
    app = app_on(plain_article(tmp_path), tmp_path / "b.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t")
        type_at_once(app, "/contract")  # at once, while the text is still being read
        await pilot.pause()
        gates.text.set()
        await until(pilot, lambda: "text" not in app.screen.pending)
        await pilot.pause()
        assert app.screen.query_one(FindBar).input.value == "contract"
        assert app.screen.section == "text"
        assert "We will not go back until the contract" in screen_text(app)
        await pilot.press("escape")  # the search cleared; a new one typed while the sections are found
        type_at_once(app, "/signed")
        await pilot.pause()
        await pilot.pause()
        gates.analysis.set()
        await settled(pilot)
        assert app.screen.query_one(FindBar).input.value == "signed"
        assert app.screen.section == "text"


async def test_paging_and_find_work_while_the_sections_are_found(tmp_path: Path, monkeypatch) -> None:
    gates = Gates(monkeypatch)
    gates.text.set()
    app = app_on(plain_article(tmp_path), tmp_path / "b.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: "text" not in app.screen.pending)
        await pilot.press("t", "ctrl+d")
        assert app.screen.view().scroll_y > 0
        await pilot.press("slash", *"gate", "enter")
        first = app.screen.view().current_match
        await pilot.press("n")
        assert app.screen.view().current_match == first + 1
        assert "actors" in app.screen.pending
        gates.analysis.set()
        await settled(pilot)


async def test_a_second_open_shows_every_section_at_once(tmp_path: Path, monkeypatch) -> None:
    path = plain_article(tmp_path)
    app = app_on(path, tmp_path / "b.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert not app.screen.pending
    gates = Gates(monkeypatch)  # a second open that would wait forever if it parsed the file again
    app = app_on(path, tmp_path / "b.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert not app.screen.pending
        assert "Statements 1" in screen_text(app)
    assert not gates.text.is_set()


async def test_an_edited_file_is_read_again(tmp_path: Path) -> None:
    path = plain_article(tmp_path)
    for expected in ("Anna Rossi", "Marta Neri"):
        if expected == "Marta Neri":
            path.write_text(path.read_text(encoding="utf-8").replace("Anna Rossi", "Marta Neri"), encoding="utf-8")
        app = app_on(path, tmp_path / "b.sqlite3")
        async with app.run_test(size=SIZE) as pilot:
            await settled(pilot)
            await pilot.press("s")
            assert expected in screen_text(app)


async def test_a_bundled_curated_briefing_keeps_keys_typed_at_once(tmp_path: Path) -> None:
    app = BriefingApp(path=HARBOUR, title="Harbour", bookmarks_path=tmp_path / "b.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", "j")
        await settled(pilot)
        await until(pilot, lambda: app.screen.view().cursor == 1)
        assert app.screen.section == "statements"


async def test_a_long_file_keeps_the_keys_typed_at_once_and_fills_its_sections(tmp_path: Path) -> None:
    path = write_long_briefing(tmp_path, paragraphs=1500)  # read after the first paint, analysed in a child
    assert path.stat().st_size >= READ_AFTER_PAINT
    app = BriefingApp(path=path, title="A long report", bookmarks_path=tmp_path / "b.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        type_at_once(app, "t")
        await pilot.press("pagedown")
        await until(pilot, lambda: not app.screen.pending)
        assert app.screen.section == "text"
        view = app.screen.view()
        await until(pilot, lambda: view.scroll_y > 0)  # the page went down
        assert "Oskar Lund" in app.screen.briefing.sections.actors[0].name
        assert "Casualties 0" in screen_text(app)  # the analysed sections are in


async def test_a_file_read_ahead_shows_its_draft_at_once_and_keeps_keys_typed_meanwhile(tmp_path: Path) -> None:
    # `briefing PATH` on a short file: its draft, read in a child process while Textual imported, is the first
    # screen; the rest (the analysis) comes from the child after it.
    path = plain_article(tmp_path)
    draft = with_problems(draft_bytes(path.read_bytes(), path))
    analysed = threading.Event()

    def rest(path: Path, show_draft, wanted) -> Briefing:
        assert analysed.wait(20)
        return opening.open_in_stages(path)

    app = BriefingApp(path=path, title=draft.title, draft=(draft, rest), bookmarks_path=tmp_path / "b.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        type_at_once(app, "t ")  # the text, and a page down in it
        await until(pilot, lambda: app.screen.view().scroll_y > 0)
        assert app.screen.section == "text"
        assert "Statements …" in screen_text(app) and "Paragraph 1." not in screen_text(app)
        analysed.set()
        await settled(pilot)
        await pilot.press("s")
        assert "Anna Rossi" in screen_text(app)


async def test_a_file_read_ahead_by_a_real_child_fills_its_sections(tmp_path: Path) -> None:
    # The read-ahead as `briefing PATH` starts it: the child's draft first, then its briefing through `rest`.
    from briefing.library.read_ahead import read_ahead

    path = plain_article(tmp_path)
    ahead = read_ahead(path)
    if ahead is None:
        pytest.skip("no fork here, or threads running")
    draft, _ = ahead.first()
    app = BriefingApp(path=path, title=draft.title, draft=(draft, ahead.rest), bookmarks_path=tmp_path / "b.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        await until(pilot, lambda: "Anna Rossi" in screen_text(app))
    ahead.stop()
