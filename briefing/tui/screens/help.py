"""`?`: every key of the screen you are on, as that screen's active bindings say (remaps included)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from briefing.tui.block_view import BlockView


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("q,escape,question_mark", "dismiss", "Close", id="help.close")]

    def __init__(self, title: str, keys: list[tuple[str, str]]) -> None:
        super().__init__()
        self.title_text = title
        self.keys = keys

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            yield Static(Text(f"Keys: {self.title_text}", "bold"), id="help-title")
            yield BlockView(id="help-keys")
            yield Static(Text("escape closes", "dim"))

    def on_mount(self) -> None:
        width = max((len(key) for key, _ in self.keys), default=0)
        view = self.query_one(BlockView)
        view.set_texts([Text.assemble((f"{key:>{width}}", "bold"), "  ", what) for key, what in self.keys])
        view.focus()
