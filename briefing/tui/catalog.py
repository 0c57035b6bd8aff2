"""The library's briefings, from the index (`briefing.library.index`): what the library screen lists."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from briefing.library.index import Entry, Library, Progress
from briefing.library.opening import ShowDraft, open_in_stages
from briefing.model import Briefing

Show = Callable[[list[Entry], list[str]], None]


def read_library(roots: list[Path] | None, show: Show, progress: Progress | None = None) -> None:
    """Call `show(entries, problems)` with what the index held (at once, if it held anything), then with
    the list brought up to date and one line for each file that could not be read.

    `roots=None` is the user's library; `progress(done, total)` is called as files are indexed. Runs in a
    thread: `show` and `progress` must hop back to the UI's own thread.
    """
    with Library(roots) as library:
        cached = library.entries(cached=True)
        if cached:
            show(cached, [])
        library.refresh(progress)
        show(library.entries(), [s.message for s in library.skipped()])


def indexed_briefing(roots: list[Path] | None, path: Path, show_draft: ShowDraft) -> Briefing:
    """The briefing at `path` as the index holds it, when the file has not changed since it was read
    (no parsing: a 200,000-word briefing opens in a blink), else read from the file in stages."""
    with Library(roots) as library:
        briefing = library.briefing(path)
    return briefing if briefing is not None else open_in_stages(path, show_draft)


def matches_filter(entry: Entry, words: str) -> bool:
    """'geneva 2025' keeps a briefing whose title, date or place holds every word (case folded)."""
    haystack = " ".join((entry.title, entry.date, entry.place)).casefold()
    return all(word in haystack for word in words.casefold().split())
