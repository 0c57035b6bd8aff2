"""The library's briefings, from the index (`briefing.library.index`): what the library screen lists."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from briefing.library.index import Entry, Library

Show = Callable[[list[Entry], list[str]], None]


def read_library(roots: list[Path] | None, show: Show) -> None:
    """Call `show(entries, problems)` with what the index held (at once, if it held anything), then with
    the list brought up to date and one line for each file that could not be read.

    `roots=None` is the user's library. Runs in a thread: `show` must hop back to the UI's own thread.
    """
    with Library(roots) as library:
        cached = library.entries(cached=True)
        if cached:
            show(cached, [])
        library.refresh()
        show(library.entries(), [s.message for s in library.skipped()])


def matches_filter(entry: Entry, words: str) -> bool:
    """'geneva 2025' keeps a briefing whose title, date or place holds every word (case folded)."""
    haystack = " ".join((entry.title, entry.date, entry.place)).casefold()
    return all(word in haystack for word in words.casefold().split())
