"""The agenda: every dated next step across the library, grouped by day, today marked, past days dim.
Typing filters; `enter` opens the briefing at the step."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Input, Static
from textual.worker import Worker, WorkerState

from briefing.library.agenda import Agenda, AgendaStep, agenda_reader
from briefing.library.index import Library
from briefing.tui.across_entries import agenda_entry, agenda_plain
from briefing.tui.item_list import ItemList
from briefing.tui.key_bar import KeyBar
from briefing.tui.screens.listing import ListingScreen
from briefing.tui.screens.reader import ReaderScreen


class AgendaScreen(ListingScreen):
    HELP_TITLE = "the agenda"
    CSS_PATH = "../across.tcss"
    AUTO_FOCUS = "#agenda-filter"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "cursor(1)", "Next step", id="agenda.down", show=False),
        Binding("up", "cursor(-1)", "Previous step", id="agenda.up", show=False),
        Binding("pagedown", "cursor(10)", "Ten steps on", id="agenda.page_down", show=False),
        Binding("pageup", "cursor(-10)", "Ten steps back", id="agenda.page_up", show=False),
        Binding("q,escape", "back", "Back", id="agenda.back"),  # q types into the filter when it has focus
    ]

    def __init__(self, today: dt.date | None = None) -> None:
        """`today` is marked (the clock's, unless given: a test fixes it)."""
        super().__init__()
        self.today = today or dt.date.today()
        self.agenda = Agenda((), ())
        self.shown: list[AgendaStep] = []

    def compose(self) -> ComposeResult:
        yield Static(Text("Agenda: next steps across the library", "bold"), id="library-title")
        yield Input(placeholder="type to filter by step, actor, briefing or day", id="agenda-filter",
                    classes="across-filter", select_on_focus=False)
        yield ItemList(id="agenda-list")
        yield Static(Text("Reading the agenda …"), id="status")
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        self.query_one(ItemList).set_items([], empty="Reading the agenda …")
        self.run_worker(self._read, thread=True, group="agenda", exit_on_error=False)

    def _read(self) -> Agenda:
        with Library(self.app.roots) as library:
            return library.read(agenda_reader(undated=False))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "agenda":
            return
        if event.state == WorkerState.SUCCESS:
            self.agenda = event.worker.result
            self.show(self.query_one(Input).value, at_today=True)
        elif event.state == WorkerState.ERROR:
            self.read_failed(event.worker.error, "No agenda: see below.", "The agenda")

    def on_input_changed(self, event: Input.Changed) -> None:
        self.show(event.value)

    def show(self, typed: str, at_today: bool = False) -> None:
        words = typed.casefold().split()
        self.shown = [s for s in self.agenda.dated if all(w in agenda_plain(s) for w in words)]
        entries, last = [], ""
        for step in self.shown:
            label = step.day_label()
            entries.append(agenda_entry(step, label != last, self.today))
            last = label
        empty = "Nothing matches." if words else "No dated next steps in the library."
        listing = self.query_one(ItemList)
        listing.set_items(entries, indent=2, empty=empty)
        if at_today:  # after the list's own reset to the top, queued on the list: then it scrolls to the step
            listing.call_after_refresh(listing.move_cursor, self._first_from_today())
        self.say(f"{len(self.shown)} dated step{'s' if len(self.shown) != 1 else ''} · enter opens · ↑ ↓ move")

    def _first_from_today(self) -> int:
        """The first step not yet over: where the agenda opens."""
        today = self.today.isoformat()
        return next((i for i, s in enumerate(self.shown) if (s.until or s.date or "") >= today),
                    max(0, len(self.shown) - 1))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.open_current()

    def on_item_list_selected(self, event: ItemList.Selected) -> None:
        self.open_current()

    def open_current(self) -> None:
        if not self.shown:
            return
        step = self.shown[self.query_one(ItemList).cursor]
        opening = partial(ReaderScreen.show_hit, section="next_steps", item=step.step, start=step.start, word="")
        self.app.open_path(Path(step.briefing.path), step.briefing.title, opening, indexed=True)
