"""A text's paragraphs as the reader wraps them: the file's hard line breaks inside a paragraph dropped."""

from __future__ import annotations

import re

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
