"""Where an item of a section is in the briefing's text, so `enter` can show it there."""

from __future__ import annotations

import re

from briefing.model import Casualty, NextStep, Statement

Item = Statement | Casualty | NextStep


def span_in_text(item: Item, text: str) -> tuple[int, int] | None:
    """The item's (start, end) in `text`: as the analysis found it, else where its words are.

    A curated statement 'We will not back down' is found in '... said: "We will not back down." ...'
    whatever the spacing or case; None if the editor wrote it in words the text does not hold.
    """
    if item.start is not None and item.end is not None and 0 <= item.start < item.end <= len(text):
        return item.start, item.end
    words = item.text.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(word) for word in words)
    found = re.search(pattern, text, re.IGNORECASE)
    return (found.start(), found.end()) if found else None
