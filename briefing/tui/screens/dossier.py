"""The actor dossier: one actor across the library, briefing by briefing in date order: the role each
gives them, then their statements, next steps and casualty figures there. `enter` opens an item."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from briefing.library.dossier import Dossier, dossier_reader
from briefing.library.index import Library
from briefing.library.refs import BriefingRef
from briefing.tui.across_entries import briefing_heading, dossier_head, figure_entry, said_entry, step_entry
from briefing.tui.item_list import ItemList
from briefing.tui.key_bar import KeyBar
from briefing.tui.screens.listing import ListingScreen
from briefing.tui.screens.reader import ReaderScreen


@dataclass(frozen=True)
class Line:
    """One item of the dossier's list, and where `enter` takes it (section and item id in its briefing)."""

    text: Text
    briefing: BriefingRef
    section: str
    item: str
    start: int | None


class DossierScreen(ListingScreen):
    HELP_TITLE = "an actor across the library"
    CSS_PATH = "../across.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor(1)", "Next", id="dossier.down", show=False),
        Binding("k,up", "cursor(-1)", "Previous", id="dossier.up", show=False),
        Binding("q,escape", "back", "Back", id="dossier.back"),
    ]

    def __init__(self, name: str) -> None:
        super().__init__()
        self.actor_name = name
        self.lines: list[Line] = []

    def compose(self) -> ComposeResult:
        yield Static(Text(f"{self.actor_name} across the library", "bold"), id="library-title")
        yield Static(id="across-head")
        yield ItemList(id="dossier-list")
        yield Static(Text("Reading the library …"), id="status")
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        self.query_one(ItemList).set_items([], empty="Reading the library …")
        self.query_one(ItemList).focus()
        self.run_worker(self._read, thread=True, group="dossier", exit_on_error=False)

    def _read(self) -> Dossier:
        with Library(self.app.roots) as library:
            return library.read(dossier_reader(self.actor_name))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "dossier":
            return
        if event.state == WorkerState.SUCCESS:
            self.show(event.worker.result)
        elif event.state == WorkerState.ERROR:
            self.read_failed(event.worker.error, "No dossier: see below.", "The dossier")

    def show(self, d: Dossier) -> None:
        self.query_one("#library-title", Static).update(Text(f"{d.actor.name} across the library", "bold"))
        self.query_one("#across-head", Static).update(dossier_head(d))
        self.lines = dossier_lines(d)
        self.query_one(ItemList).set_items([line.text for line in self.lines], indent=4)
        self.say("enter opens the item in its briefing · ↑ ↓ move")

    def on_item_list_selected(self, event: ItemList.Selected) -> None:
        if not self.lines:
            return
        line = self.lines[event.index]
        if line.section == "statements":
            opening = partial(ReaderScreen.show_statement, statement_id=line.item)
        else:
            opening = partial(ReaderScreen.show_hit, section=line.section, item=line.item, start=line.start,
                              word="")
        self.app.open_path(Path(line.briefing.path), line.briefing.title, opening, indexed=True)



def dossier_lines(d: Dossier) -> list[Line]:
    """Briefing by briefing: a heading (date, title, role) on its first item; a briefing the actor is only
    named in shows its heading alone, opening at the actor."""
    by_briefing: dict[str, list[Line]] = {b.briefing.path: [] for b in d.briefings}
    for s in d.statements:
        by_briefing.setdefault(s.briefing.path, []).append(Line(said_entry(s), s.briefing, "statements", s.id,
                                                                s.start))
    for n in d.next_steps:
        by_briefing.setdefault(n.briefing.path, []).append(Line(step_entry(n), n.briefing, "next_steps", n.step,
                                                                n.start))
    for c in d.casualties:
        by_briefing.setdefault(c.briefing.path, []).append(Line(figure_entry(c), c.briefing, "casualties", c.item,
                                                                c.start))
    lines: list[Line] = []
    for appearance in d.briefings:
        heading = briefing_heading(appearance.briefing, appearance.role)
        items = by_briefing.get(appearance.briefing.path, [])
        if not items:
            lines.append(Line(heading, appearance.briefing, "actors", appearance.actor, None))
            continue
        first = items[0]
        lines.append(Line(Text.assemble(heading, "\n", first.text), first.briefing, first.section, first.item,
                          first.start))
        lines += items[1:]
    return lines
