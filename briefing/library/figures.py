"""A casualty figure as the views across the library show it (a dossier's casualties, conflicting figures)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from briefing.library.refs import BriefingRef


@dataclass(frozen=True)
class Figure:
    """'19 civilians killed, per the governor', with the briefing it is from."""

    item: str
    kind: str
    min: int | None
    max: int | None
    group: str
    place: str
    period: str
    source: str
    text: str
    start: int | None
    end: int | None
    briefing: BriefingRef

    def to_json(self) -> dict[str, Any]:
        return {"id": self.item, "kind": self.kind, "min": self.min, "max": self.max, "group": self.group,
                "place": self.place, "period": self.period, "source": self.source, "text": self.text,
                "briefing": self.briefing.to_json()}


FIGURE_COLUMNS = "t.item, t.kind, t.min, t.max, t.grp, t.place, t.period, t.source, t.text, t.start, t.end"
