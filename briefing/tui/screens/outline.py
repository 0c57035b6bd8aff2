"""`O` in the reader: the headings of the briefing's text, indented by level; `enter` shows the text there."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType

from briefing.model import Block, Briefing
from briefing.tui.item_list import ItemList
from briefing.tui.renderings import safe
from briefing.tui.screens.list_box import ListBox


def headings(briefing: Briefing) -> list[Block]:
    """The text's heading blocks, in order (a plain article has none)."""
    return [block for block in briefing.blocks if block.level]


class OutlineScreen(ListBox[int | None]):
    """Dismissed with the offset in the text of the heading chosen, or None."""

    HELP_TITLE = "outline"
    LIST_ID = "outline-list"
    EMPTY = "No headings in this text."
    BINDINGS: ClassVar[list[BindingType]] = [Binding("q,escape,O", "dismiss", "Close", id="outline.close")]

    def __init__(self, briefing: Briefing, at: int) -> None:
        """`at`: where the text is read now; the cursor starts on the heading above it."""
        super().__init__()
        self.headings = headings(briefing)
        top = min((block.level for block in self.headings), default=1)
        self._entries = [_entry(briefing.text, block, top) for block in self.headings]
        self.at = at

    def title_line(self) -> str:
        return "Outline: enter shows the text at a heading"

    def entries(self) -> list[Text]:
        return self._entries

    def on_mount(self) -> None:
        super().on_mount()
        listing = self.query_one(ItemList)
        above = [n for n, block in enumerate(self.headings) if block.start <= self.at]
        listing.move_cursor(above[-1] if above else 0)

    def on_item_list_selected(self, event: ItemList.Selected) -> None:
        self.dismiss(self.headings[event.index].start)


def _entry(text: str, block: Block, top: int) -> Text:
    """'  Background' under a level-1 heading: two spaces a level."""
    return Text("  " * (block.level - top) + safe(text[block.start:block.end]).replace("\n", " "))
