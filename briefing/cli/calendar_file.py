"""The agenda as an RFC 5545 calendar (icalendar): one all-day event per dated step, UIDs from step ids."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from icalendar import Calendar, Event

from briefing import __version__
from briefing.errors import BriefingError
from briefing.library.agenda import AgendaStep

UID_DOMAIN = "briefing.local"
SUMMARY_LENGTH = 120


def calendar_bytes(steps: Sequence[AgendaStep]) -> bytes:
    """A VCALENDAR of the steps. A day is an all-day event; a span (week, month) runs from `date` to
    `until` (DTEND is exclusive, so the day after). The UID is the step's id with its briefing's, so a
    calendar app that imports the file again updates each event instead of adding a twin."""
    cal = Calendar()
    cal.add("prodid", f"-//briefing {__version__}//agenda//EN")
    cal.add("version", "2.0")
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    for step in steps:
        first = dt.date.fromisoformat(step.date or "")
        last = dt.date.fromisoformat(step.until) if step.until else first
        event = Event()
        event.add("uid", f"{step.step}-{step.briefing.id}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("dtstart", first)
        event.add("dtend", last + dt.timedelta(days=1))
        prefix = f"{step.status.upper()}: " if step.called_off else ""
        event.add("summary", prefix + _short(step.text))
        event.add("description", "\n".join(filter(None, (
            step.text, f"when: {step.when}" if step.when else "", f"status: {step.status}" if step.status else "",
            f"actors: {', '.join(step.actors)}" if step.actors else "",
            f"briefing: {step.briefing.title} ({step.briefing.date or 'undated'})", step.briefing.path))))
        if step.called_off:
            event.add("status", "CANCELLED")
        cal.add_component(event)
    return cal.to_ical()


def write_calendar(path: Path, steps: Sequence[AgendaStep]) -> None:
    try:
        path.write_bytes(calendar_bytes(steps))
    except OSError as exc:
        raise BriefingError(path, f"cannot write: {exc.strerror or exc}") from None


def _short(text: str) -> str:
    return text if len(text) <= SUMMARY_LENGTH else text[: SUMMARY_LENGTH - 1].rstrip() + "…"
