"""How indexing is going, in words: shared by the command line's progress line and the library screen's bar."""

from __future__ import annotations


def rate_and_left(done: int, total: int, seconds: float) -> str:
    """'85 files/s, 1 min 44 s left' from how far indexing got in how long."""
    if done <= 0 or seconds <= 0:
        return "starting"
    rate = done / seconds
    left = round((total - done) / rate)
    minutes, secs = divmod(left, 60)
    return f"{rate:,.0f} files/s, " + (f"{minutes} min {secs:02d} s left" if minutes else f"{secs} s left")
