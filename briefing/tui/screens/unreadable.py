"""The library's files that could not be read, each with why (the palette's "Unreadable files")."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from briefing.tui.item_list import ItemList
from briefing.tui.renderings import safe


class UnreadableScreen(ModalScreen[None]):
    HELP_TITLE = "unreadable files"
    AUTO_FOCUS = "#unreadable-list"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("q,escape", "dismiss", "Close", id="unreadable.close")]

    def __init__(self, problems: list[str]) -> None:
        super().__init__()
        self.problems = problems

    def compose(self) -> ComposeResult:
        count = len(self.problems)
        with Vertical(id="unreadable-box"):
            yield Static(Text(f"{count} file{'s' if count != 1 else ''} could not be read: fix each and it shows up",
                              "bold"))
            yield ItemList(id="unreadable-list")
            yield Static(Text("escape closes · `briefing check FOLDER` prints the same list", "dim"))

    def on_mount(self) -> None:
        self.query_one(ItemList).set_items([Text(safe(problem)) for problem in self.problems], indent=2,
                                           empty="Every file in the library could be read.")
