"""Case folding that keeps offsets: patterns without re.I run several times faster on lowered text."""

from __future__ import annotations


def lower_keeping_offsets(text: str) -> str:
    """'Talks WILL resume' -> 'talks will resume', one character for each character of `text`.

    A few characters lower to two ('İ' -> 'i̇'); those stay as they are, so offsets into the result
    are offsets into `text`.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
