"""Each kind of time phrase and how it becomes days, as one ordered table of (name, pattern, rule).

A rule gets the match and the briefing's date (the anchor) and returns a Span. The patterns read the
phrase as the next-step finder gives it, lowered and with its white space folded ("by the end of july").
Dates without a year fall on or after the anchor: a next step is still to come.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import NamedTuple

from dateutil.relativedelta import MO, relativedelta, weekday

from briefing.analysis.text.vocabulary import DAYS, MONTHS
from briefing.analysis.when.phrases import COUNTS, MONTH_SHORT, SEASON_MONTHS

PRECISIONS = ("day", "week", "month", "year")


class Span(NamedTuple):
    """When a step falls due: `date` the first (or only) day, `until` the last day of a longer span."""

    date: dt.date | None
    until: dt.date | None
    precision: str | None


UNRESOLVED = Span(None, None, None)
Rule = Callable[[re.Match[str], dt.date], Span]

_DAY = "|".join(DAYS)
_MONTH = "|".join([*MONTHS, *MONTH_SHORT])
_COUNT = "|".join(sorted((re.escape(c) for c in COUNTS), key=len, reverse=True))
_UNIT = r"(?P<unit>hour|day|week|month|year)s?"
_PERIOD = r"(?P<period>week|weekend|month|year|spring|summer|autumn|fall|winter)"
# The grain of a span measured in a unit: "within two weeks" is known to the week.
_UNIT_PRECISION = {"hour": "day", "day": "day", "week": "week", "month": "month", "year": "year"}
# "in the coming days" names no count: how far such a span reaches, in units, and how exact it is.
_OPEN_SPAN = {"hour": (24, "day"), "day": (7, "week"), "week": (4, "month"), "month": (6, "year"),
              "year": (3, "year")}


def _day(d: dt.date) -> Span:
    return Span(d, None, "day")


def _month_number(name: str) -> int:
    return MONTHS.index(name) + 1 if name in MONTHS else MONTH_SHORT[name]


def _count(text: str | None) -> int:
    """'48' -> 48, 'two' -> 2, 'a few' -> 3; no count is one."""
    if not text:
        return 1
    return int(text) if text.isdigit() else COUNTS[text]


def _later(anchor: dt.date, units: int, unit: str) -> dt.date:
    """anchor + `units` units; hours count in whole days ('within 48 hours' -> two days on)."""
    if unit == "hour":
        return anchor + dt.timedelta(days=-(-units // 24))
    return anchor + relativedelta(**{f"{unit}s": units})


def _week(anchor: dt.date, weeks: int) -> Span:
    monday = anchor + relativedelta(weekday=MO(-1), weeks=weeks)
    return Span(monday, monday + dt.timedelta(days=6), "week")


def _month(year: int, month: int) -> Span:
    first = dt.date(year, month, 1)
    return Span(first, first + relativedelta(day=31), "month")


def _season(anchor: dt.date, name: str, after_current: bool) -> Span:
    """The season that has not ended by the anchor ('in the summer'); `after_current`: the first that starts
    after it ('next spring' in May is next year's)."""
    first, last = SEASON_MONTHS[name]
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        start = dt.date(year, first, 1)
        end = dt.date(year + (last < first), last, 1) + relativedelta(day=31)
        if (start > anchor) if after_current else (end >= anchor):
            return Span(start, end, "month")
    return UNRESOLVED  # pragma: no cover - one of three years always fits


def _period(anchor: dt.date, period: str, ahead: int) -> Span:
    """The week, weekend, month or year `ahead` of the anchor's (0: the anchor's own)."""
    if period == "week":
        return _week(anchor, ahead)
    if period == "weekend":
        saturday = _week(anchor, ahead).date + dt.timedelta(days=5)
        return Span(saturday, saturday + dt.timedelta(days=1), "day")
    if period == "month":
        moved = anchor + relativedelta(months=ahead)
        return _month(moved.year, moved.month)
    if period == "year":
        year = anchor.year + ahead
        return Span(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    return _season(anchor, period, after_current=ahead > 0)


def today(m: re.Match[str], anchor: dt.date) -> Span:
    """'later today', 'tonight', 'by the evening' -> the briefing's own day."""
    return _day(anchor)


def tomorrow(m: re.Match[str], anchor: dt.date) -> Span:
    """'tomorrow' in a briefing of Wednesday 14 May -> Thursday 15 May."""
    return _day(anchor + dt.timedelta(days=1))


def weekday_name(m: re.Match[str], anchor: dt.date) -> Span:
    """'on Friday' in a briefing of Wednesday 14 May 2025 -> Friday 16 May (the same day counts);
    'next Friday' -> the Friday of next week; 'after Friday' -> Saturday."""
    number = DAYS.index(m["weekday"])
    if m["lead"] == "next":
        return _day(_week(anchor, 1).date + dt.timedelta(days=number))
    day = anchor + relativedelta(weekday=weekday(number))
    return _day(day + dt.timedelta(days=1) if m["lead"] == "after" else day)


def calendar_date(m: re.Match[str], anchor: dt.date) -> Span:
    """'on 3 June', 'June 3', 'Oct. 19', 'on 3 June 2026' -> that day; one already past the briefing's date
    without a year is next year's."""
    month, day = _month_number(m["month"] or m["month2"]), int(m["day"] or m["day2"])
    year = int(m["year"]) if m["year"] else anchor.year
    try:
        found = dt.date(year, month, day)
        if not m["year"] and found < anchor:
            found = dt.date(year + 1, month, day)
    except ValueError:  # "on 31 June": no such day
        return UNRESOLVED
    return _day(found)


def month_name(m: re.Match[str], anchor: dt.date) -> Span:
    """'in March' in a briefing of May 2025 -> March 2026 (1-31 March); 'in May' -> this May."""
    month = _month_number(m["month"])
    year = int(m["year"]) if m["year"] else anchor.year + (month < anchor.month)
    return _month(year, month)


def end_of(m: re.Match[str], anchor: dt.date) -> Span:
    """'by the end of July' -> 31 July, a deadline; 'by the end of the week' / '... next month' -> its last day."""
    if m["month"]:
        last = month_name(m, anchor).until
    else:
        last = _period(anchor, m["period"], 1 if m["ahead"] in ("next", "the following") else 0).until
    return _day(last) if last else UNRESOLVED


def named_period(m: re.Match[str], anchor: dt.date) -> Span:
    """'next week' in a briefing of Wednesday 14 May 2025 -> 19-25 May; 'this weekend' -> 17-18 May;
    'later this month' -> May; 'next summer' -> the summer after this season."""
    ahead = 0 if m["ahead"] in ("this", "later this") else 1
    return _period(anchor, m["period"], ahead)


def season(m: re.Match[str], anchor: dt.date) -> Span:
    """'in the spring' -> the spring that has not ended by the briefing's date."""
    return _season(anchor, m["period"], after_current=False)


def within(m: re.Match[str], anchor: dt.date) -> Span:
    """'within 48 hours' in a briefing of 14 May -> 16 May, a deadline; 'within two weeks' -> 28 May."""
    unit = m["unit"]
    return Span(_later(anchor, _count(m["count"]), unit), None, _UNIT_PRECISION[unit])


def coming(m: re.Match[str], anchor: dt.date) -> Span:
    """'in the coming days' -> the next week (15-21 May); 'over the next two weeks' -> 15-28 May."""
    unit = m["unit"]
    reach, precision = _OPEN_SPAN[unit]
    if m["count"]:
        reach, precision = _count(m["count"]), _UNIT_PRECISION[unit]
    return Span(anchor + dt.timedelta(days=1), _later(anchor, reach, unit), precision)


def after_count(m: re.Match[str], anchor: dt.date) -> Span:
    """'in two weeks' in a briefing of 14 May -> 28 May, known to the week."""
    unit = m["unit"]
    return Span(_later(anchor, _count(m["count"]), unit), None, _UNIT_PRECISION[unit])


_NUMBER = rf"(?P<count>\d+|{_COUNT})"
_YEAR = r"(?:,?\s(?P<year>\d{4}))?"
RULES: tuple[tuple[str, re.Pattern[str], Rule], ...] = tuple(
    (name, re.compile(pattern), rule) for name, pattern, rule in (
        ("today", r"^(?:later today|tonight|(?:until|till|by|before) (?:the )?(?:morning|afternoon|evening))$",
         today),
        ("tomorrow", r"^tomorrow$", tomorrow),
        ("end of", rf"^(?:until|till|by|before) (?:the )?end of (?:the |(?P<ahead>this|next|the following) )?"
                   rf"(?:{_PERIOD}|(?P<month>{_MONTH}){_YEAR})$", end_of),
        ("weekday", rf"^(?:(?P<lead>on|by|until|till|before|from|after|next|this|later on|early on|late on) )?"
                    rf"(?P<weekday>{_DAY})(?: (?:morning|afternoon|evening|night))?$", weekday_name),
        ("day of month", rf"^(?:(?:on|by|until|in|from|before|for) )?(?:(?P<day>\d{{1,2}}) (?P<month>{_MONTH})"
                         rf"|(?P<month2>{_MONTH}) (?P<day2>\d{{1,2}})){_YEAR}$", calendar_date),
        ("month", rf"^(?:on|by|until|in|from|before|for) (?P<month>{_MONTH}){_YEAR}$", month_name),
        ("named period", rf"^(?P<ahead>next|this|later this|early next|late next|the following|this coming) "
                         rf"{_PERIOD}$", named_period),
        ("season", rf"^in the {_PERIOD}$", season),
        ("within", rf"^within (?:the next )?(?:{_NUMBER} )?{_UNIT}$", within),
        ("coming", rf"^(?:in|over|during) the (?:coming|next|following) (?:{_NUMBER} )?{_UNIT}$", coming),
        ("in count", rf"^in {_NUMBER} {_UNIT}$", after_count),
    )
)
