"""The briefing an item of a view across the library comes from, as every view shows it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Columns of `files` (as f) that make a BriefingRef, in its field order.
REF_COLUMNS = "f.bid, f.title, f.date, f.path"


@dataclass(frozen=True)
class BriefingRef:
    id: str
    title: str
    date: str
    path: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "date": self.date, "path": self.path}
