"""A first look at a file, before the reader takes the screen: its title, or the one-line error.

Cheap (read, decode, front matter; no sections), so the reader paints the title at once and reads the
rest in a thread; and a file that cannot be opened fails here, on the command line, never in the TUI.
"""

from __future__ import annotations

from pathlib import Path

from briefing.document.decode import decode
from briefing.document.frontmatter import split_front_matter
from briefing.document.metadata import read_metadata
from briefing.document.source import read_bytes
from briefing.document.suffixes import MARKDOWN_SUFFIXES
from briefing.errors import BriefingError


def peek_title(path: Path) -> str:
    """'---\\ntitle: Talks\\n---' -> 'Talks'; without a title in front matter, the file's name."""
    text = decode(read_bytes(path), str(path)).text
    if not text.strip():
        raise BriefingError(path, "empty file")
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        title = read_metadata(split_front_matter(text, str(path)), str(path))[0].title
        if title:
            return title
    return path.stem
