"""The agenda (`ctrl+t` in the library, `A` in a reader) and the actor dossier (`D` on an actor) as a user sees
them; snapshots at two sizes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.pilot import Pilot
from tui_helpers import screen_text, settled

import briefing.tui.app as app_module
from briefing.tui.app import BriefingApp
from briefing.tui.screens.agenda import AgendaScreen
from briefing.tui.screens.dossier import DossierScreen
from briefing.tui.screens.reader import ReaderScreen

ACROSS = Path(__file__).resolve().parents[1] / "fixtures" / "across"
SIZES = [(120, 40), (80, 24)]
# The day the agenda is read: the Friday of the envoy's talks, so one day is past, one today, the rest ahead.
FRIDAY = dt.date(2025, 5, 16)


@pytest.fixture
def shelf(tmp_path: Path) -> Path:
    folder = tmp_path / "shelf"
    folder.mkdir()
    for source in ACROSS.glob("*.md"):
        (folder / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


class AgendaApp(BriefingApp):
    """The app, whose agenda is read on FRIDAY (the clock's day would change the screen every day)."""

    CSS_PATH = Path(app_module.__file__).parent / BriefingApp.CSS_PATH  # a subclass resolves it from its module

    def action_agenda(self) -> None:
        self.push_screen(AgendaScreen(today=FRIDAY))


def app_on(shelf: Path, store_path: Path) -> AgendaApp:
    return AgendaApp(roots=[shelf], bookmarks_path=store_path)


async def open_agenda(pilot: Pilot) -> None:
    await settled(pilot)
    await pilot.press("ctrl+t")  # from the library, whose filter takes A as a letter
    await settled(pilot)


async def open_dossier(pilot: Pilot) -> None:
    await settled(pilot)
    await pilot.press("enter")  # the newest briefing: the toll, with 'the UN envoy Ortega'
    await settled(pilot)
    await pilot.press("a", "D")
    await settled(pilot)


async def test_the_agenda_groups_steps_by_day_and_marks_today(shelf: Path, store_path: Path) -> None:
    app = app_on(shelf, store_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_agenda(pilot)
        assert isinstance(app.screen, AgendaScreen)
        shown = screen_text(app)
        assert "Fri 16 May 2025 · today" in shown
        assert "Mon 26 May 2025 – Sun 1 Jun" in shown
        assert "POSTPONED Aid convoy (by the end of July)" in shown
        assert "3 dated steps" in shown
        assert app.screen.shown[app.screen.query_one("ItemList").cursor].text == "Talks resume"  # opens at today


async def test_a_in_a_reader_opens_the_agenda(shelf: Path, store_path: Path) -> None:
    app = app_on(shelf, store_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await pilot.press("enter")
        await settled(pilot)
        await pilot.press("A")
        await settled(pilot)
        assert isinstance(app.screen, AgendaScreen)
        assert "Fri 16 May 2025 · today" in screen_text(app)


async def test_typing_filters_the_agenda_and_enter_opens_the_briefing_at_the_step(shelf: Path,
                                                                                   store_path: Path) -> None:
    app = app_on(shelf, store_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_agenda(pilot)
        await pilot.press(*"kyiv")
        shown = screen_text(app)
        assert "Envoy visits Kyiv" in shown and "Talks resume" not in shown
        await pilot.press("enter")
        await settled(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.briefing.title == "Shelling toll rises"
        assert app.screen.section == "next_steps"


async def test_enter_on_a_step_opens_its_briefing_with_the_cursor_on_that_step(shelf: Path,
                                                                              store_path: Path) -> None:
    app = app_on(shelf, store_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_agenda(pilot)
        await pilot.press(*"convoy", "enter")  # the envoy's second step
        await settled(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.briefing.title == "Envoy arrives in Sumy"
        assert reader.query_one("#next-step-list").cursor == 1
        assert [n.text for n in reader.briefing.sections.next_steps][1] == "Aid convoy"


TALKS = """---
title: Ceasefire talks
date: 2025-05-22
---
The talks went on.

## Actors
- **Maria Ortega** — Red Cross official
- **José Ortega** — UN envoy

## Statements
- **Maria Ortega**: “Trucks are waiting.”
- **José Ortega**: “The talks go on.”
"""


async def test_enter_on_a_statement_in_the_dossier_opens_it_at_that_statement(shelf: Path,
                                                                             store_path: Path) -> None:
    (shelf / "talks.md").write_text(TALKS, encoding="utf-8")
    app = AgendaApp(roots=[shelf], bookmarks_path=store_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        app.open_dossier("José Ortega")
        await settled(pilot)
        dossier = app.screen
        assert isinstance(dossier, DossierScreen)
        said = [i for i, line in enumerate(dossier.lines) if line.item and "talks go on" in str(line.text)]
        dossier.query_one("ItemList").move_cursor(said[0])
        await pilot.press("enter")
        await settled(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.briefing.title == "Ceasefire talks"
        assert reader.section == "statements"
        assert reader.query_one("#statement-list").cursor == 1  # José's, after Maria's


async def test_the_dossier_shows_one_actor_across_briefings_and_opens_a_statement(shelf: Path,
                                                                                   store_path: Path) -> None:
    app = app_on(shelf, store_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_dossier(pilot)
        assert isinstance(app.screen, DossierScreen)
        shown = screen_text(app)
        assert "José Ortega across the library" in shown
        assert shown.index("2025-05-14 Envoy arrives in Sumy — UN envoy") < shown.index("2025-05-20 Shelling toll")
        assert "“We will not leave.”" in shown and "“Aid is ready.”" not in shown  # Maria Ortega is someone else
        await pilot.press("enter")
        await settled(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.briefing.title == "Envoy arrives in Sumy"
        assert app.screen.section == "statements"


async def test_the_casualties_view_says_what_other_briefings_report(shelf: Path, store_path: Path) -> None:
    app = app_on(shelf, store_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await pilot.press("enter")
        await settled(pilot)
        await pilot.press("c")
        await pilot.pause()
        assert "⚠ other reports: at least 12 killed, 2025-05-14 (Envoy arrives in Sumy)" in screen_text(app)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_agenda_snapshot(size: tuple[int, int], shelf: Path, store_path: Path, snap_compare) -> None:
    assert snap_compare(app_on(shelf, store_path), terminal_size=size, run_before=open_agenda)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_dossier_snapshot(size: tuple[int, int], shelf: Path, store_path: Path, snap_compare) -> None:
    assert snap_compare(app_on(shelf, store_path), terminal_size=size, run_before=open_dossier)


@pytest.mark.parametrize(("opening", "empty", "why"), [
    (open_agenda, "No agenda: see below.", "The agenda failed: disk I/O error"),
    (open_dossier, "No dossier: see below.", "The dossier failed: disk I/O error"),
])
async def test_a_read_that_fails_says_so_in_the_list_and_why_under_it(shelf: Path, store_path: Path, monkeypatch,
                                                                      opening, empty: str, why: str) -> None:
    from briefing.library.index import Library

    app = app_on(shelf, store_path)
    async with app.run_test(size=SIZES[0]) as pilot:
        await settled(pilot)  # the library lists its briefings; then the index breaks
        monkeypatch.setattr(Library, "read", lambda self, reader: (_ for _ in ()).throw(OSError("disk I/O error")))
        await opening(pilot)
        text = screen_text(app)
        assert empty in text and why in text
        await pilot.press("escape")
        assert not isinstance(app.screen, (AgendaScreen, DossierScreen))  # back where it was opened
