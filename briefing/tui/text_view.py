"""The Text section: the briefing's plain text, one block per paragraph, wrapped lazily (200,000 words open fast)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text

from briefing.model import Link
from briefing.tui.block_view import BlockView
from briefing.tui.paragraphs import paragraphs
from briefing.tui.renderings import safe


class TextView(BlockView):
    """Offsets into the briefing's text are offsets into this view (`safe` keeps lengths), so a mention or
    a match found in `Briefing.text` is shown where it is. A link's words are underlined: `o` lists its target."""

    COMPONENT_CLASSES: ClassVar[set[str]] = BlockView.COMPONENT_CLASSES | {"text-view--link"}

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._firsts: list[int] = []
        self._links: list[tuple[int, int]] = []  # (start, end) of each link's words, in order
        self._link_ends: list[int] = []  # links never overlap: their ends are in order too

    def set_text(self, text: str, links: Sequence[Link] = ()) -> None:
        blocks = paragraphs(safe(text))
        # The blocks that are paragraphs (blank lines between them are blocks too): for the position.
        self._firsts = [i for i, b in enumerate(blocks) if b.strip()]
        self._links = sorted((link.start, link.end) for link in links
                             if link.start is not None and link.end is not None)
        self._link_ends = [end for _, end in self._links]
        self.set_blocks(blocks, self._styled_block)

    def position(self) -> str:
        """'paragraph 12 of 340 · 4%'."""
        share = super().position()
        if not share or not self._firsts:
            return share
        number = max(1, bisect_right(self._firsts, self.top_block()))
        return f"paragraph {number} of {len(self._firsts)} · {share}"

    def _styled_block(self, index: int) -> Text:
        plain = self._plains[index]
        text = Text(plain, "bold" if plain.startswith("#") else "")
        start = self.offset_of_block(index)
        # By index from the first link that ends past the block's start: a slice copied the rest of the list,
        # thousands of links for every block drawn.
        for link in range(bisect_right(self._link_ends, start), len(self._links)):
            link_start, link_end = self._links[link]
            if link_start >= start + len(plain):
                break
            text.stylize(self.style_of("text-view--link"), max(0, link_start - start), link_end - start)
        return text
