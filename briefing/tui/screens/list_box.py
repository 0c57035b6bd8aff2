"""A box over the screen: a bold title, a list, a dim line of how to close it (links, outline, unreadable files)."""

from __future__ import annotations

from typing import TypeVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from briefing.tui.item_list import ItemList

T = TypeVar("T")


class ListBox(ModalScreen[T]):
    """Subclasses give the box's id, its title, its entries and what an empty list says."""

    BOX_ID = ""
    FOOT = "escape closes"
    EMPTY = "Nothing here."

    def title_line(self) -> str:
        raise NotImplementedError

    def entries(self) -> list[Text]:
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        with Vertical(id=self.BOX_ID, classes="list-box"):
            yield Static(Text(self.title_line(), "bold"))
            yield ItemList(id=f"{self.BOX_ID.removesuffix('-box')}-list")
            yield Static(Text(self.FOOT, "dim"))

    def on_mount(self) -> None:
        self.query_one(ItemList).set_items(self.entries(), indent=2, empty=self.EMPTY)
