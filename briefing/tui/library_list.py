"""The library's list, virtualised: two rows a briefing, and only the briefings on screen are read from the
index and drawn (100,000 list as fast as three).

    listing.show(count, fetch)   # fetch(offset, size) -> the entries at those positions, in list order
    listing.move_cursor(i); listing.entry(listing.cursor)
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing.library.index import Entry
from briefing.tui.renderings import library_lines

Fetch = Callable[[int, int], list[Entry]]
ROWS = 2  # a briefing's title, then its date, place and counts
PAGE = 64  # entries read from the index at a time


class LibraryList(ScrollView, can_focus=False):
    """The filter keeps the focus (every printable key is the filter's), so this list never takes it."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"library-list--cursor"}

    class Selected(Message):
        """A briefing clicked twice."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.count = 0
        self.cursor = 0
        self.empty = ""
        self._fetch: Fetch = lambda offset, size: []
        self._pages: LRUCache[int, list[Entry]] = LRUCache(16)

    def show(self, count: int, fetch: Fetch, *, cursor: int = 0, empty: str = "No briefing matches.") -> None:
        """List `count` entries got from `fetch`; with none, `empty` (dimmed) instead."""
        self.count, self._fetch, self.empty = count, fetch, empty
        self._pages.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, max(count, 1) * ROWS)
        self.move_cursor(cursor)

    def entry(self, index: int) -> Entry | None:
        """The entry at `index` of the list, read with its page if not read yet."""
        if not 0 <= index < self.count:
            return None
        number, at = divmod(index, PAGE)
        page = self._pages.get(number)
        if page is None:
            page = self._pages[number] = self._fetch(number * PAGE, PAGE)
        return page[at] if at < len(page) else None

    def move_cursor(self, index: int) -> None:
        """Put the cursor on entry `index` (kept within the list) and bring it on screen, without animation."""
        self.cursor = min(max(0, index), max(0, self.count - 1))
        top, height = self.cursor * ROWS, self.scrollable_content_region.height
        if top < self.scroll_y:
            self.scroll_to(None, top, animate=False)
        elif height and top + ROWS > self.scroll_y + height:
            self.scroll_to(None, top + ROWS - height, animate=False)
        self.refresh()

    def page_size(self) -> int:
        return max(1, self.scrollable_content_region.height // ROWS - 1)

    def render_line(self, y: int) -> Strip:
        width, base = self.scrollable_content_region.width, self.rich_style
        index, part = divmod(round(self.scroll_y) + y, ROWS)
        if not self.count:  # the message wraps over the rows of the first entry (a long folder name at 80 columns)
            rows = textwrap.wrap(self.empty, max(width, 1), break_on_hyphens=False)
            row = index * ROWS + part
            text = Text(rows[row] if row < len(rows) else "", "dim italic")
        else:
            entry = self.entry(index)
            if entry is None:
                return Strip.blank(width, base)
            title, details = library_lines(entry)
            text = Text(title, "bold") if part == 0 else Text(details, "dim")
            if index == self.cursor:
                base = base + self._cursor_style()
        text.truncate(width, overflow="ellipsis")
        return Strip(Segment.apply_style(text.render(self.app.console), base)).crop_extend(0, width, base)

    def _cursor_style(self) -> Style:
        return self.get_component_rich_style("library-list--cursor")

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, max(self.count, 1) * ROWS)
        self.move_cursor(self.cursor)

    def on_click(self, event: events.Click) -> None:
        index = (round(self.scroll_y) + event.y) // ROWS
        if index < self.count:
            self.move_cursor(index)
            if event.chain == 2:
                self.post_message(self.Selected())
