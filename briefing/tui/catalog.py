"""The library's briefings, from the index (`briefing.library.index`), for the screens that show them."""

from __future__ import annotations

from pathlib import Path

from briefing.library.apart import Wanted
from briefing.library.index import Entry, Library
from briefing.library.opening import ShowDraft, always, open_in_stages
from briefing.model import Briefing


def newest_entries(roots: list[Path] | None, limit: int) -> list[Entry]:
    """The `limit` newest briefings of the library (`roots=None`) or of `roots`, brought up to date first."""
    with Library(roots) as library:
        return list(library.stream(limit))


def indexed_briefing(roots: list[Path] | None, path: Path, show_draft: ShowDraft, wanted: Wanted = always) -> Briefing:
    """The briefing at `path` as the index holds it, when the file has not changed since it was read
    (no parsing: a 200,000-word briefing opens in a blink), else read from the file in stages (until it is
    no longer `wanted()`)."""
    with Library(roots) as library:
        briefing = library.briefing(path)
    return briefing if briefing is not None else open_in_stages(path, show_draft, wanted)
