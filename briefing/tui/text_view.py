"""The Text section: the briefing's plain text, one block per paragraph, wrapped lazily (200,000 words open fast)."""

from __future__ import annotations

from bisect import bisect_right

from rich.text import Text

from briefing.tui.block_view import BlockView
from briefing.tui.paragraphs import paragraphs
from briefing.tui.renderings import safe


class TextView(BlockView):
    """Offsets into the briefing's text are offsets into this view (`safe` keeps lengths), so a mention or
    a match found in `Briefing.text` is shown where it is."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._firsts: list[int] = []

    def set_text(self, text: str) -> None:
        blocks = paragraphs(safe(text))
        # The blocks that are paragraphs (blank lines between them are blocks too): for the position.
        self._firsts = [i for i, b in enumerate(blocks) if b.strip()]
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
        return Text(plain, "bold" if plain.startswith("#") else "")
