"""The library's briefings. One small function, so the SQLite index can replace the file walk later."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from briefing.document.load import load_briefing
from briefing.errors import BriefingError
from briefing.library.sources import briefing_files
from briefing.model import Briefing


def load_library(roots: Iterable[Path]) -> tuple[list[Briefing], list[str]]:
    """Every readable briefing under the roots, and one line for each file that could not be read."""
    found: list[Briefing] = []
    problems: list[str] = []
    for path in briefing_files(roots):
        try:
            found.append(load_briefing(path))
        except BriefingError as exc:
            problems.append(exc.render())
    return found, problems


def matches_filter(briefing: Briefing, words: str) -> bool:
    """'geneva 2025' keeps a briefing whose title, date, place or tags hold every word (case folded)."""
    haystack = " ".join((briefing.title, briefing.date, briefing.place, *briefing.tags)).casefold()
    return all(word in haystack for word in words.casefold().split())
