"""Opening a file by path in two stages: its text and stated sections at once, the analysis when it ends.

    open_in_stages(path, show_draft, wanted)  # -> the full Briefing; show_draft(draft) first, unless it was kept

A file opened before (same bytes, same parser) comes back whole from `kept`, with no draft. A long one shown
in stages is analysed in a process of its own (`apart`), so the reader pages while it runs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from briefing.document.load import complete, draft_bytes, with_problems
from briefing.document.source import read_bytes
from briefing.library.apart import APART_FROM, Wanted, analysed_apart
from briefing.library.kept import keep, kept_briefing, key_of
from briefing.model import Briefing

ShowDraft = Callable[[Briefing], None]


def always() -> bool:
    return True


def open_in_stages(path: Path, show_draft: ShowDraft | None = None, wanted: Wanted = always, *,
                   apart: bool = True) -> Briefing:
    """The briefing at `path`; `show_draft(draft)` is called with its text (sections the file states, the
    rest empty and not in `curated`; next steps not dated yet) before the analysis runs. Raises BriefingError
    for a bad file. Once `wanted()` is false a long text's analysis stops, and the draft is all it returns.
    `apart=False`: a long text is analysed here too (the caller is a process of its own already)."""
    data = read_bytes(path)
    key = key_of(path, data)
    kept = kept_briefing(key)
    if kept is not None:
        return replace(kept, path=str(path))
    draft = with_problems(draft_bytes(data, path))
    if show_draft is not None:
        show_draft(draft)
    sections = analysed_apart(path, data, wanted) if apart and len(draft.text) >= APART_FROM else None
    if sections is not None:
        return replace(draft, sections=sections)  # the child kept the briefing
    if not wanted():
        return draft
    # A short text, or no child to be had: the analysis runs here.
    briefing = complete(draft)
    keep(key, briefing)
    return briefing
