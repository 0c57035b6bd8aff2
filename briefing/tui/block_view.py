"""A line-API view of blocks of text (the text's lines, or a list's items), wrapped lazily, with find.

Only the blocks near the viewport are wrapped (see `layout.Layout`); a rendered row is a slice of its
block's Rich `Text`, so content is never parsed as markup. Jumps scroll without animation.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import accumulate
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing.tui.find import find_all
from briefing.tui.layout import Layout


class BlockView(ScrollView, can_focus=True):
    """Blocks of text, scrolled a row at a time; subclasses add a cursor (ItemList) or mentions (TextView)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "scroll_down", "Down", id="view.down", show=False),
        Binding("up,k", "scroll_up", "Up", id="view.up", show=False),
        Binding("pagedown,space,ctrl+f", "page_down", "Page down", id="view.page_down", show=False),
        Binding("pageup,ctrl+b", "page_up", "Page up", id="view.page_up", show=False),
        Binding("ctrl+d", "half_page(1)", "Half a page down", id="view.half_down", show=False),
        Binding("ctrl+u", "half_page(-1)", "Half a page up", id="view.half_up", show=False),
        Binding("home,g", "scroll_home", "Top", id="view.home", show=False),
        Binding("end,G", "scroll_end", "End", id="view.end", show=False),
    ]

    class Moved(Message):
        """The view scrolled (or its cursor moved): the reader redraws where it is."""

        def __init__(self, view: BlockView) -> None:
            super().__init__()
            self.view = view

    COMPONENT_CLASSES: ClassVar[set[str]] = {"block-view--match", "block-view--current", "block-view--cursor"}

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._plains: list[str] = []
        self._styled: Callable[[int], Text] = lambda index: Text(self._plains[index])
        self._indents: list[int] | None = None
        self._starts: list[int] = [0]
        self._joined: str | None = None
        self._layout = Layout([], 1)
        self._cache: LRUCache[tuple[int, int], Strip] = LRUCache(512)
        self.query_text = ""
        self.matches: list[int] = []
        self.match_length = 0
        self.current_match: int | None = None
        self.flash: tuple[int, int] | None = None  # a span to show as the current hit (a mention)
        self._styles: dict[str, Style] = {}
        self._pending: tuple[int, bool, int] | None = None
        self._frame: tuple[int, Style] | None = None

    # -- content -------------------------------------------------------------------------------

    def set_blocks(self, plains: list[str], styled: Callable[[int], Text] | None = None,
                   indents: list[int] | None = None) -> None:
        """Show these blocks; `styled(i)` gives block i as Rich Text (default: its plain text)."""
        self._plains = plains
        self._styled = styled or (lambda index: Text(self._plains[index]))
        self._indents = indents
        self._starts = [0, *accumulate(len(p) + 1 for p in plains)]
        self._joined = None
        self._layout = Layout(plains, self._wrap_width(), indents)
        self.matches, self.current_match, self.flash = [], None, None
        if self.query_text:
            self.matches = find_all(self.joined, self.query_text)
        self._changed(reset=True)

    def set_texts(self, texts: list[Text], indents: list[int] | None = None) -> None:
        """Show these Rich Texts as blocks."""
        self.set_blocks([t.plain for t in texts], texts.__getitem__, indents)

    @property
    def joined(self) -> str:
        """All blocks, one per line: the string find works on (offsets match `block_of`)."""
        if self._joined is None:
            self._joined = "\n".join(self._plains)
        return self._joined

    def block_of(self, offset: int) -> int:
        return max(0, bisect_right(self._starts, offset) - 1)

    def _wrap_width(self) -> int:
        return max(1, self.scrollable_content_region.width or self.size.width or 80)

    def _changed(self, reset: bool = False) -> None:
        self._cache.clear()
        self._sync_size()
        if reset:
            self.scroll_to(0, 0, animate=False)
        self.refresh()

    def _sync_size(self) -> None:
        size = Size(self._layout.width, self._layout.total)
        if self.virtual_size != size:
            self.virtual_size = size

    # -- wrapping near the viewport ------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        self.post_message(self.Moved(self))
        width = self._wrap_width()
        pending, self._pending = self._pending, None
        if pending is not None:
            self.call_after_refresh(self.scroll_to_row, pending[0], top=pending[1], height=pending[2])
        if width == self._layout.width:
            return
        place = self._layout.locate(round(self.scroll_y))
        self._layout = Layout(self._plains, width, self._indents)
        self._cache.clear()
        self._sync_size()
        if place is not None:
            self.scroll_to_row(self.row_of_block(place[0]), top=True)
        self._settle()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        if not self._settle():
            super().watch_scroll_y(old_value, new_value)
            self.post_message(self.Moved(self))

    def _settle(self) -> bool:
        """Wrap a page above and two below the top row; keep the top row still if blocks above grew."""
        layout = self._layout
        if not len(layout):
            return False
        height = max(1, self.scrollable_content_region.height)
        top = round(self.scroll_y)
        place = layout.locate(min(top, max(0, layout.total - 1)))
        if place is None:
            return False
        first, row = place
        gained, covered, index = 0, 0, first - 1
        while index >= 0 and covered < height:
            before = layout.heights[index]
            layout.rows(index)
            gained += layout.heights[index] - before
            covered += layout.heights[index]
            index -= 1
        covered, index = -row, first
        while index < len(layout) and covered < 2 * height:
            layout.rows(index)
            covered += layout.heights[index]
            index += 1
        self._sync_size()
        if gained:
            self._cache.clear()
            self.scroll_to(None, top + gained, animate=False)  # re-enters watch_scroll_y, which settles
        return bool(gained)

    # -- rows ----------------------------------------------------------------------------------

    def row_of_block(self, index: int, offset: int = 0) -> int:
        """The virtual row showing `offset` (within block `index`), wrapping that block now."""
        rows = self._layout.rows(index)
        self._sync_size()
        row = max(0, bisect_right([start for start, _ in rows], offset) - 1)
        return self._layout.tops[index] + row

    def block_height(self, index: int) -> int:
        return len(self._layout.rows(index))

    def scroll_to_row(self, row: int, *, top: bool = False, height: int = 1) -> None:
        """Bring rows row..row+height on screen at once (no animation): at the top, or a third down."""
        if not self.scrollable_content_region.height:
            # Not laid out yet (a section never shown): scroll when it gets its size (on_resize).
            self._pending = (row, top, height)
            return
        view = self.scrollable_content_region.height
        current = round(self.scroll_y)
        if not top and current <= row and row + height <= current + view:
            return
        target = row if top or height >= view else max(0, row - view // 3)
        self.scroll_to(None, target, animate=False)

    def action_scroll_home(self) -> None:
        self.scroll_to(None, 0, animate=False)

    def action_scroll_end(self) -> None:
        layout = self._layout
        index, covered = len(layout) - 1, 0
        while index >= 0 and covered < self.scrollable_content_region.height:
            covered += len(layout.rows(index))
            index -= 1
        self._sync_size()
        self.scroll_to(None, layout.total, animate=False)

    def action_scroll_down(self) -> None:
        self.scroll_to(None, round(self.scroll_y) + 1, animate=False)

    def action_scroll_up(self) -> None:
        self.scroll_to(None, round(self.scroll_y) - 1, animate=False)

    def action_page_down(self) -> None:
        self.scroll_to(None, round(self.scroll_y) + max(1, self.scrollable_content_region.height - 1), animate=False)

    def action_page_up(self) -> None:
        self.scroll_to(None, round(self.scroll_y) - max(1, self.scrollable_content_region.height - 1), animate=False)

    def action_half_page(self, step: int) -> None:
        """ctrl+d / ctrl+u, as in less: half a screen down or up."""
        self.scroll_to(None, round(self.scroll_y) + step * max(1, self.scrollable_content_region.height // 2),
                       animate=False)

    def position(self) -> str:
        """Where the view is, as less shows it: the share read down to the bottom row ('34%')."""
        total = self._layout.total
        if not total:
            return ""
        bottom = round(self.scroll_y) + max(1, self.scrollable_content_region.height)
        return f"{min(100, round(100 * bottom / total))}%"

    def top_block(self) -> int:
        """The block at the top row of the view."""
        place = self._layout.locate(min(round(self.scroll_y), max(0, self._layout.total - 1)))
        return place[0] if place else 0

    # -- find ----------------------------------------------------------------------------------

    def search(self, query: str) -> int:
        """Highlight every match of `query` (case folded); returns how many there are."""
        self.query_text = query
        self.matches = find_all(self.joined, query) if query else []
        self.match_length = len(query)
        self.current_match = None
        self._cache.clear()
        self.refresh()
        return len(self.matches)

    def first_match_from_view(self) -> int | None:
        """Index of the first match at or after the top of the view (wrapping round), or None."""
        place = self._layout.locate(round(self.scroll_y))
        return self.first_match_from(self._starts[place[0]] if place else 0)

    def first_match_from(self, offset: int) -> int | None:
        """Index of the first match at or after `offset` of the joined text (wrapping round), or None."""
        if not self.matches:
            return None
        index = bisect_left(self.matches, offset)
        return index if index < len(self.matches) else 0

    def offset_of_block(self, index: int) -> int:
        """Where block `index` starts in the joined text."""
        return self._starts[min(index, len(self._starts) - 1)]

    def show_match(self, index: int) -> None:
        """Make match `index` the current one and bring it on screen."""
        self.current_match = index
        self.land(self.matches[index])

    def show_span(self, start: int, end: int) -> None:
        """Highlight [start, end) of the joined text as the current hit and bring it on screen."""
        self.flash = (start, end)
        self.land(start)

    def land(self, offset: int) -> None:
        """Bring an offset of the joined text on screen at once, and redraw its highlight."""
        block = self.block_of(offset)
        self.on_block_reached(block)
        self.scroll_to_row(self.row_of_block(block, offset - self._starts[block]))
        self._cache.clear()
        self.refresh()

    def on_block_reached(self, index: int) -> None:
        """A jump landed in block `index` (ItemList moves its cursor there)."""

    # -- rendering -----------------------------------------------------------------------------

    def is_cursor(self, index: int) -> bool:
        return False

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._cache.clear()

    def style_of(self, name: str) -> Style:
        """A component class's style, looked up once per theme (rows ask for it thousands of times)."""
        if name not in self._styles:
            self._styles[name] = self.get_component_rich_style(name)
        return self._styles[name]

    def render_lines(self, crop: Region) -> list[Strip]:
        # The width and base style, looked up once per paint rather than once per row (each costs a CSS walk).
        self._frame = (self.scrollable_content_region.width, self.rich_style)
        try:
            return super().render_lines(crop)
        finally:
            self._frame = None

    def render_line(self, y: int) -> Strip:
        width, base = self._frame or (self.scrollable_content_region.width, self.rich_style)
        place = self._layout.locate(round(self.scroll_y) + y)
        if place is None:
            return Strip.blank(width, base)
        strip = self._cache.get(place)
        if strip is None:
            strip = self._cache[place] = self._render_row(*place, width, base)
        return strip

    def _render_row(self, index: int, row: int, width: int, base: Style) -> Strip:
        rows = self._layout.rows(index)
        if row >= len(rows):
            return Strip.blank(width, base)
        start, end = rows[row]
        text = self._styled(index)[start:end]
        text.rstrip()
        self._stylize_hits(text, self._starts[index] + start, self._starts[index] + end)
        plain = self._plains[index]
        if self._indents and start > 0 and plain[start - 1] != "\n":
            text = Text(" " * self._indents[index]) + text
        if self.is_cursor(index):
            base = base + self.style_of("block-view--cursor")
        segments = Segment.apply_style(text.render(self.app.console), base)
        return Strip(segments).crop_extend(0, width, base)

    def _stylize_hits(self, text: Text, start: int, end: int) -> None:
        length = self.match_length
        if self.matches:
            first = bisect_left(self.matches, start - length + 1)
            for index in range(first, len(self.matches)):
                hit = self.matches[index]
                if hit >= end:
                    break
                name = "block-view--current" if index == self.current_match else "block-view--match"
                text.stylize(self.style_of(name), max(0, hit - start), hit + length - start)
        if self.flash and self.flash[0] < end and self.flash[1] > start:
            text.stylize(self.style_of("block-view--current"),
                         max(0, self.flash[0] - start), self.flash[1] - start)
