"""One bookmark: which statement, where it came from, and a copy of its words so it outlives the file."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from briefing.model import Briefing, Statement

# The keys of `briefing bookmarks --json`, in order (the contract in docs/design).
JSON_FIELDS = ("id", "briefing", "path", "statement", "speaker", "text", "direct", "created")


@dataclass(frozen=True)
class Bookmark:
    id: str
    briefing: str
    path: str
    statement: str
    speaker: str | None
    text: str
    created: str
    # The briefing's title when it was bookmarked: headings for the Markdown export.
    title: str = ""
    # A quotation (True) or reported speech (False): only a quotation is shown in quotation marks.
    direct: bool = True


def from_row(row: tuple) -> Bookmark:
    """A stored row; a store of the first schema has no `direct` column: its bookmarks count as quotations."""
    *fields, direct = row if len(row) > 8 else (*row, True)
    return Bookmark(*fields, direct=bool(direct))


def bookmark_for(briefing: Briefing, statement: Statement, created: str) -> Bookmark:
    """The bookmark of a statement: ids to find it again, copies of its words in case the file changes."""
    if not statement.id:
        raise ValueError("a statement needs its stable id (model.stamp_ids) to be bookmarked")
    return Bookmark(
        id=f"{briefing.id}:{statement.id}",
        briefing=briefing.id,
        path=briefing.path,
        statement=statement.id,
        speaker=statement.speaker,
        text=statement.text,
        created=created,
        title=briefing.title,
        direct=statement.direct,
    )


def to_json(bookmark: Bookmark) -> dict[str, Any]:
    return {name: getattr(bookmark, name) for name in JSON_FIELDS}
