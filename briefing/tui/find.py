"""Find in the reader: every place a query occurs, case folded."""

from __future__ import annotations

import re


def find_all(text: str, query: str) -> list[int]:
    """'Talks in Geneva; talks' with 'talks' -> [0, 17]: start offsets, no overlaps, ignoring case."""
    if not query:
        return []
    return [m.start() for m in re.finditer(re.escape(query), text, re.IGNORECASE)]
