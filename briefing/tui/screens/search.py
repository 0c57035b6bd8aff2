"""Search all briefings: ranked hits from the library's index as you type; `enter` opens one at the hit."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.timer import Timer
from textual.widgets import Input, Static
from textual.worker import Worker, WorkerState

from briefing.library.index import Hit, Library
from briefing.tui.item_list import ItemList
from briefing.tui.key_bar import KeyBar
from briefing.tui.renderings import hit_entry
from briefing.tui.screens.listing import ListingScreen
from briefing.tui.screens.reader import ReaderScreen

LIMIT = 50
PAUSE = 0.15  # seconds of no typing before a search runs: one search per pause, not per key
HINT = 'Words, "a phrase", actor:NAME, section:statements. Enter opens the hit under the cursor.'


class SearchScreen(ListingScreen):
    HELP_TITLE = "search all briefings"
    AUTO_FOCUS = "#search-input"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "cursor(1)", "Next hit", id="search.down", show=False),
        Binding("up", "cursor(-1)", "Previous hit", id="search.up", show=False),
        Binding("q,escape", "back", "Back", id="search.back"),  # q types into the input when it has focus
    ]

    def __init__(self) -> None:
        super().__init__()
        self.hits: list[Hit] = []
        self._library: Library | None = None
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Static(Text("Search all briefings", "bold"), id="library-title")
        yield Input(placeholder="type to search every briefing", id="search-input", select_on_focus=False)
        yield ItemList(id="hit-list")
        yield Static(Text(HINT), id="status")
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        self.query_one(ItemList).set_items([], empty="Type to search.")

    def on_input_changed(self, event: Input.Changed) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(PAUSE, partial(self.start, event.value))

    def start(self, query: str) -> None:
        if not query.strip():
            self.show(query, [])
            return
        self.run_worker(partial(self._search, query), thread=True, group="search", exclusive=True,
                        exit_on_error=False)

    def _search(self, query: str) -> tuple[str, list[Hit]]:
        if self._library is None:
            self._library = Library(self.app.roots)
        return query, self._library.search(query, LIMIT)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "search" or event.worker.is_cancelled:
            return
        if event.state == WorkerState.SUCCESS:
            self.show(*event.worker.result)
        elif event.state == WorkerState.ERROR:
            self.hits = []
            self.read_failed(event.worker.error, "Nothing searched: see below.", "The search")

    def show(self, query: str, hits: list[Hit]) -> None:
        if query != self.query_one(Input).value:
            return  # typed on since: that search is on its way
        self.hits = hits
        self.query_one(ItemList).set_items([hit_entry(h) for h in hits], indent=2,
                                           empty="No briefing matches." if query.strip() else "Type to search.")
        if not query.strip():
            self.say(HINT)
        else:
            more = "+" if len(hits) == LIMIT else ""
            self.say(f"{len(hits)}{more} hit{'s' if len(hits) != 1 else ''}, best first · enter opens · "
                     "↑ ↓ move")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.open_current()

    def on_item_list_selected(self, event: ItemList.Selected) -> None:
        self.open_current()

    def open_current(self) -> None:
        if not self.hits:
            return
        hit = self.hits[self.query_one(ItemList).cursor]
        word = hit.snippet[hit.marks[0][0]:hit.marks[0][1]] if hit.marks else ""
        opening = partial(ReaderScreen.show_hit, section=hit.section, item=hit.item, start=hit.start, word=word)
        self.app.open_path(Path(hit.path), hit.title, opening, indexed=True)


    def on_unmount(self) -> None:
        if self._library is not None:
            self._library.close()
