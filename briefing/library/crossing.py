"""A parsed briefing's rows for the views across the library (see across.py)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from briefing.library.across import CrossRows, FormRow, PersonRow, SaidRow, StepRow, TollRow, UndatedRow, joined
from briefing.library.naming import fold, surname
from briefing.library.titles import person_key
from briefing.model import Actor, Briefing, Casualty, NextStep
from briefing.safe_text import json_safe


def cross_rows(b: Briefing) -> CrossRows:
    """'**José Ortega** — UN envoy; aka: Mr Ortega' -> a person row keyed 'jose ortega', forms
    'jose ortega' and 'ortega'; each of his statements a said row; each step and figure a row."""
    s = b.sections
    by_name = {name: a.id for a in s.actors for name in (a.name, *a.aliases, a.id)}
    people = tuple(PersonRow(a.id, a.name, a.kind, a.role, json.dumps(list(a.aliases), ensure_ascii=False),
                             actor_key(a), surname(actor_key(a))) for a in s.actors)
    forms = tuple(FormRow(a.id, form) for a in s.actors for form in sorted(actor_forms(a)))
    said = tuple(SaidRow(by_name[st.speaker], st.id, st.text, int(st.direct), st.start, st.end)
                 for st in s.statements if st.speaker in by_name)
    ref = briefing_ref(b)
    steps = tuple(StepRow(n.id, n.date, n.until, n.precision, n.when, n.status, n.text,
                          joined(n.actors), n.start, n.end, _dumped(step_json(n, ref)), *ref.values())
                  for n in s.next_steps)
    # In the agenda's order within a briefing (by place in the text, a step without one first), as SQLite sorts.
    loose = sorted((row for row in steps if row.date is None), key=lambda r: (r.start is not None, r.start or 0))
    undated = (UndatedRow(b.date, b.title, b.path, ", ".join(r.json for r in loose)),) if loose else ()
    day = _day(b.date)
    tolls = tuple(TollRow(c.id, c.kind, c.min, c.max, c.group, c.place or b.place, place_key(c.place or b.place),
                          c.period, c.source, c.text, c.start, c.end, fold(c.group), day,
                          _dumped(figure_json(c, ref))) for c in s.casualties)
    return CrossRows(steps, undated, people, forms, said, tolls)


def briefing_ref(b: Briefing) -> dict[str, Any]:
    """The briefing as every view across the library names it."""
    return {"id": b.id, "title": b.title, "date": b.date, "path": b.path}


def step_json(n: NextStep, ref: dict[str, Any]) -> dict[str, Any]:
    """The contract of `briefing agenda --json`, one step."""
    return {"date": n.date, "until": n.until, "precision": n.precision, "when": n.when, "status": n.status,
            "text": n.text, "actors": list(n.actors), "step": n.id, "briefing": ref}


def figure_json(c: Casualty, ref: dict[str, Any]) -> dict[str, Any]:
    """The contract of `briefing conflicts --json`, one figure."""
    return {"min": c.min, "max": c.max, "source": c.source, "text": c.text, "item": c.id, "briefing": ref}


def _dumped(value: dict[str, Any]) -> str:
    return json_safe(json.dumps(value, ensure_ascii=False))


def _day(date: str) -> int | None:
    """'2025-05-14' -> its day number, so that 'within 10 days' is a subtraction in SQL."""
    try:
        return dt.date.fromisoformat(date[:10]).toordinal()
    except ValueError:
        return None


def actor_key(a: Actor) -> str:
    """A person by their name without titles ('jose ortega'); anything else by its folded name."""
    return person_key(a.name) if a.kind == "person" else _plain(a.name)


def actor_forms(a: Actor) -> set[str]:
    """Every folded form the actor is found by: name and aliases, with and without their titles."""
    names = (a.name, *a.aliases)
    forms = {_plain(n) for n in names} | {fold(n) for n in names}
    if a.kind == "person":
        forms |= {person_key(n) for n in names}
    return {f for f in forms if f}


def place_key(place: str) -> str:
    """'Kharkiv, Ukraine' -> 'kharkiv': figures for one town meet whatever region follows it."""
    return _plain(place.split(",", 1)[0])


def _plain(name: str) -> str:
    folded = fold(name)
    return folded[4:] if folded.startswith("the ") else folded
