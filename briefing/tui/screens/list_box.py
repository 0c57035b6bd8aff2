"""A box over the screen: a list with a bold title and a dim line of how to close it in its border (links,
outline, unreadable files); as tall as the list, up to 60% of the screen."""

from __future__ import annotations

from typing import TypeVar

from rich.text import Text
from textual.app import ComposeResult
from textual.screen import ModalScreen

from briefing.tui.item_list import ItemList

T = TypeVar("T")


class ListBox(ModalScreen[T]):
    """Subclasses give the list's id, its title, its entries and what an empty list says."""

    AUTO_FOCUS = ".list-box"
    LIST_ID = ""
    FOOT = "escape closes"
    EMPTY = "Nothing here."

    def title_line(self) -> str:
        raise NotImplementedError

    def entries(self) -> list[Text]:
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        yield ItemList(id=self.LIST_ID, classes="list-box")

    def on_mount(self) -> None:
        listing = self.query_one(ItemList)
        listing.border_title = Text(self.title_line())
        listing.border_subtitle = Text(self.FOOT)
        listing.set_items(self.entries(), indent=2, empty=self.EMPTY)
