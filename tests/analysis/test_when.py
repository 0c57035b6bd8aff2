"""A next step's `when` resolved to days against the briefing's date (Wednesday 14 May 2025 here)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analysis.when import date_steps, resolve
from briefing.model import NextStep

WEDNESDAY = dt.date(2025, 5, 14)


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@pytest.mark.parametrize(("when", "first", "until", "precision"), [
    # weekday names count forward from the briefing's date; its own weekday is that day
    ("on Friday", "2025-05-16", None, "day"),
    ("Monday morning", "2025-05-19", None, "day"),
    ("on Wednesday", "2025-05-14", None, "day"),
    ("next Friday", "2025-05-23", None, "day"),
    ("after Friday", "2025-05-17", None, "day"),
    ("tomorrow", "2025-05-15", None, "day"),
    ("later today", "2025-05-14", None, "day"),
    ("next week", "2025-05-19", "2025-05-25", "week"),
    ("this weekend", "2025-05-17", "2025-05-18", "day"),
    ("later this month", "2025-05-01", "2025-05-31", "month"),
    ("next year", "2026-01-01", "2026-12-31", "year"),
    ("on 3 June", "2025-06-03", None, "day"),
    ("June 3", "2025-06-03", None, "day"),
    ("Oct. 19", "2025-10-19", None, "day"),
    ("in March", "2026-03-01", "2026-03-31", "month"),  # March is past in May: next year's
    ("in May", "2025-05-01", "2025-05-31", "month"),
    ("on 2 May", "2026-05-02", None, "day"),  # a day already past the briefing's own: next year's
    ("on 3 June 2024", "2024-06-03", None, "day"),  # a year given is kept, past or not
    ("by the end of July", "2025-07-31", None, "day"),  # a deadline: its last day
    ("by the end of the year", "2025-12-31", None, "day"),
    ("within 48 hours", "2025-05-16", None, "day"),
    ("within two weeks", "2025-05-28", None, "week"),
    ("in two weeks", "2025-05-28", None, "week"),
    ("in the coming days", "2025-05-15", "2025-05-21", "week"),
    ("in the spring", "2025-03-01", "2025-05-31", "month"),
    ("next spring", "2026-03-01", "2026-05-31", "month"),
])
def test_a_time_phrase_becomes_days(when: str, first: str, until: str | None, precision: str) -> None:
    span = resolve(when, WEDNESDAY)
    assert (span.date, span.until, span.precision) == (day(first), until and day(until), precision)


@pytest.mark.parametrize("when", ["soon", "shortly", "until further notice", "", "on 31 June"])
def test_a_phrase_that_names_no_day_stays_unresolved(when: str) -> None:
    assert resolve(when, WEDNESDAY) == (None, None, None)


def test_steps_without_a_briefing_date_keep_nulls() -> None:
    steps = (NextStep("Talks resume", when="on Friday"),)
    assert date_steps(steps, "")[0].date is None
    assert date_steps(steps, "2025-05-14")[0].date == "2025-05-16"
