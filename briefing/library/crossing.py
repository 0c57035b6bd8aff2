"""A parsed briefing's rows for the views across the library (see across.py)."""

from __future__ import annotations

import json

from briefing.library.across import CrossRows, FormRow, PersonRow, SaidRow, StepRow, TollRow
from briefing.library.naming import fold, surname
from briefing.library.titles import person_key
from briefing.model import Actor, Briefing


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
    steps = tuple(StepRow(n.id, n.date, n.until, n.precision, n.when, n.status, n.text,
                          json.dumps(list(n.actors), ensure_ascii=False), n.start, n.end) for n in s.next_steps)
    tolls = tuple(TollRow(c.id, c.kind, c.min, c.max, c.group, c.place or b.place, place_key(c.place or b.place),
                          c.period, c.source, c.text, c.start, c.end) for c in s.casualties)
    return CrossRows(steps, people, forms, said, tolls)


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
