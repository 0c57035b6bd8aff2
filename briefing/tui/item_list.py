"""A list of items (briefings, actors, statements, ...) on the line API, with a cursor: big lists stay fast."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message

from briefing.tui.block_view import BlockView


class ItemList(BlockView):
    """Items as wrapped blocks; `j`/`k` move the cursor, `enter` selects."""

    # The moves of BlockView (j, k, home, end, page keys) move the cursor here; enter selects.
    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "select", "Open", id="list.select", show=False)]

    class Highlighted(Message):
        def __init__(self, item_list: ItemList, index: int) -> None:
            super().__init__()
            self.item_list = item_list
            self.index = index

        @property
        def control(self) -> ItemList:
            return self.item_list

    class Selected(Highlighted):
        pass

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.cursor = 0
        self.item_count = 0

    def set_items(self, texts: list[Text], indent: int = 0, cursor: int = 0, empty: str = "Nothing here.") -> None:
        """Show these items (Rich Text, built by the caller from `visible()` strings); continuation rows indent.

        With no items, the list shows `empty` (dimmed), which is not an item: no cursor, nothing to select.
        """
        self.set_lazy_items([t.plain for t in texts], texts.__getitem__, indent, cursor, empty)

    def set_lazy_items(self, plains: list[str], styled: Callable[[int], Text], indent: int = 0, cursor: int = 0,
                       empty: str = "Nothing here.") -> None:
        """As `set_items`, with each item's plain text, and `styled(i)` drawing item i when it comes on screen
        (10,000 briefings list without building 10,000 Texts)."""
        self.item_count = len(plains)
        self.cursor = min(max(0, cursor), max(0, len(plains) - 1))
        if not plains:
            self.set_texts([Text(empty, "dim italic")])
            return
        self.set_blocks(plains, styled, [indent] * len(plains) if indent else None)
        self.move_cursor(self.cursor)

    def redraw(self) -> None:
        """Draw the items again (a bookmark mark added: `styled` draws it now) without moving anything."""
        self._cache.clear()
        self.refresh()

    def is_cursor(self, index: int) -> bool:
        return index == self.cursor and self.item_count > 0

    def move_cursor(self, index: int, announce: bool = True) -> None:
        if not self.item_count:
            return
        self.cursor = min(max(0, index), self.item_count - 1)
        self.scroll_to_row(self.row_of_block(self.cursor), height=self.block_height(self.cursor))
        self._cache.clear()
        self.refresh()
        if announce:
            self.post_message(self.Highlighted(self, self.cursor))

    def on_block_reached(self, index: int) -> None:
        self.move_cursor(index)

    def action_scroll_down(self) -> None:
        self.move_cursor(self.cursor + 1)

    def action_scroll_up(self) -> None:
        self.move_cursor(self.cursor - 1)

    def action_scroll_home(self) -> None:
        self.move_cursor(0)

    def action_scroll_end(self) -> None:
        super().action_scroll_end()
        self.move_cursor(self.item_count - 1)

    def _page(self, step: Callable[[], None], down: bool) -> None:
        """The cursor goes to the first item the page brings to the top; where the view can go no further (a
        list shorter than the screen, or its end), to the last item (or the first, going up): a page down
        never moves the cursor up."""
        step()
        at_end = round(self.scroll_y) >= self.max_scroll_y if down else round(self.scroll_y) <= 0
        place = self._layout.locate(round(self.scroll_y))
        if at_end:
            self.move_cursor(self.item_count - 1 if down else 0)
        elif place is not None:
            top = place[0] + (1 if place[1] else 0)
            self.move_cursor(max(top, self.cursor) if down else min(top, self.cursor))

    def action_page_down(self) -> None:
        self._page(super().action_page_down, down=True)

    def action_page_up(self) -> None:
        self._page(super().action_page_up, down=False)

    def action_half_page(self, step: int) -> None:
        self._page(partial(super().action_half_page, step), down=step > 0)

    def position(self) -> str:
        """'item 3 of 40'."""
        return f"item {self.cursor + 1} of {self.item_count}" if self.item_count else ""

    def action_select(self) -> None:
        if self.item_count:
            self.post_message(self.Selected(self, self.cursor))

    def on_click(self, event: events.Click) -> None:
        place = self._layout.locate(round(self.scroll_y) + event.y)
        if place is not None:
            self.move_cursor(place[0])
            if event.chain == 2:
                self.action_select()
