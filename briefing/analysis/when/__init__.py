"""When a next step falls due: its time phrase ('on Friday', 'by the end of July') resolved to days
against the briefing's own date.

    resolve("on Friday", date(2025, 5, 14))   # -> Span(date(2025, 5, 16), None, "day")
    resolve("next week", date(2025, 5, 14))   # -> Span(date(2025, 5, 19), date(2025, 5, 25), "week")
    resolve("soon", date(2025, 5, 14))        # -> Span(None, None, None): names no time
    date_steps(steps, "2025-05-14")           # -> the steps with `date`, `until`, `precision` set
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from briefing.analysis.when.rules import PRECISIONS, RULES, UNRESOLVED, Span
from briefing.model import NextStep

__all__ = ["PRECISIONS", "Span", "anchor_date", "date_steps", "resolve"]

_NOISE = re.compile(r"[.,]?\s+|\.$")


def resolve(when: str, anchor: dt.date) -> Span:
    """The days `when` names, counted from `anchor`; UNRESOLVED when it names none ('soon', '')."""
    phrase = _NOISE.sub(" ", when.strip().lower()).strip()
    for _name, pattern, rule in RULES:
        m = pattern.match(phrase)
        if m:
            return rule(m, anchor)
    return UNRESOLVED


def anchor_date(text: str) -> dt.date | None:
    """'2025-05-14' (or '2025-05-14T09:00:00') -> that date; anything else -> None."""
    try:
        return dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def date_steps(steps: Sequence[NextStep], briefing_date: str) -> tuple[NextStep, ...]:
    """Each step with the days its `when` names, against the briefing's date; untouched without one."""
    anchor = anchor_date(briefing_date)
    if anchor is None:
        return tuple(steps)
    out = []
    for step in steps:
        span = resolve(step.when, anchor) if step.when else UNRESOLVED
        out.append(replace(step, date=_iso(span.date), until=_iso(span.until), precision=span.precision))
    return tuple(out)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
