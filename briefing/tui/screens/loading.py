"""While a briefing is read in a thread: its title at once, then the reader (a 200,000-word file takes ~1 s)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from briefing.model import Briefing
from briefing.tui.reading import load_file
from briefing.tui.renderings import safe

if TYPE_CHECKING:
    from briefing.tui.screens.reader import Opening


class LoadingScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("q,escape", "app.back", "Back", id="loading.back")]

    def __init__(self, path: Path, title: str, then: Opening | None = None,
                 load: Callable[[Path], Briefing] = load_file) -> None:
        super().__init__()
        self.path = path
        self.title_text = title
        self.then = then
        self.load = load

    def compose(self) -> ComposeResult:
        yield Static(Text(safe(self.title_text), "bold"), id="reader-header")
        yield Static(Text(f"Reading {safe(str(self.path))} …", "dim"), id="status")

    def on_mount(self) -> None:
        # After the title is on screen: the thread would otherwise hold the GIL through the first paint.
        self.call_after_refresh(self.run_worker, partial(self.load, self.path), thread=True, exit_on_error=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        from briefing.tui.screens.reader import ReaderScreen

        if self.app.screen is not self:
            return  # the user went back while the file was read
        if event.state == WorkerState.SUCCESS:
            self.app.switch_screen(ReaderScreen(event.worker.result, self.then))
        elif event.state == WorkerState.ERROR:
            self.app.fail(event.worker.error)
