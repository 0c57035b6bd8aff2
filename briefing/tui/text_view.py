"""The Text section: the briefing's plain text, one block per paragraph, wrapped lazily (200,000 words open fast)."""

from __future__ import annotations

import re

from rich.text import Text

from briefing.tui.block_view import BlockView
from briefing.tui.renderings import safe

BLOCK_START = re.compile(r"#|[-*+] |\d+[.)] |>")


def paragraphs(text: str) -> list[str]:
    """'one\\ntwo\\n\\n## Head\\nthree' -> ['one two', '', '## Head', 'three'].

    Lines of one paragraph join with a space where the file broke them, so they wrap to the screen;
    a heading, a list item or a quote keeps its own line. Lengths are kept: offsets into the text
    are offsets into `"\\n".join(paragraphs(text))`.
    """
    blocks: list[str] = []
    joinable = False
    for line in text.split("\n"):
        if joinable and line.strip() and not BLOCK_START.match(line):
            blocks[-1] += " " + line
        else:
            blocks.append(line)
        joinable = bool(line.strip()) and not line.startswith("#")
    return blocks


class TextView(BlockView):
    """Offsets into the briefing's text are offsets into this view (`safe` keeps lengths), so a mention or
    a match found in `Briefing.text` is shown where it is."""

    def set_text(self, text: str) -> None:
        self.set_blocks(paragraphs(safe(text)), self._styled_block)

    def _styled_block(self, index: int) -> Text:
        plain = self._plains[index]
        return Text(plain, "bold" if plain.startswith("#") else "")
