"""Other reports of a casualty figure, from the library's index: '⚠ other reports: 19 killed, 20 May 2025
(Shelling toll rises)' under the figure in the reader's casualties view."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rich.text import Text

from briefing.library.conflicts import conflicts_reader
from briefing.library.figures import Figure
from briefing.library.index import Library
from briefing.model import count_phrase
from briefing.tui.renderings import safe


def other_reports(roots: Sequence[Path] | None, path: str) -> dict[str, tuple[Figure, ...]]:
    """Casualty id -> the figures of other briefings that disagree with it, on the index as it stands
    (reading a briefing never waits for the library to be scanned)."""
    with Library(roots) as library:
        found = library.read(conflicts_reader(frozenset({path})))
    out: dict[str, tuple[Figure, ...]] = {}
    for conflict in found:
        for figure in conflict.figures:
            if figure.briefing.path == path:
                out[figure.item] = out.get(figure.item, ()) + conflict.others(path, figure.item)
    return out


def report_note(others: tuple[Figure, ...]) -> Text:
    """'⚠ other reports: 19 killed, 2025-05-20 (Shelling toll rises)'."""
    shown = "; ".join(f"{count_phrase(f.min, f.max)} {f.kind}, {f.briefing.date} ({safe(f.briefing.title)})"
                      for f in others)
    return Text.assemble(("⚠ other reports: ", "bold yellow"), shown)
