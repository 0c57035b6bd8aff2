"""A parsed briefing as the index stores it: the list entry, the JSON, and one search row per item."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import NamedTuple

from briefing.analysis.text.segmentation import paragraphs
from briefing.library.across import CrossRows
from briefing.library.crossing import cross_rows
from briefing.library.store import SPEAKER_END
from briefing.model import Actor, Briefing, Casualty, briefing_to_json, count_phrase


class Row(NamedTuple):
    """One searchable item: `body` is what it says, `who` the actors it involves (names and aliases).

    `item` is the item's stable id, or `p<N>` for the N-th paragraph (from 0) of the text; `start` and
    `end` are offsets into `Briefing.text` where known. A NamedTuple for the reason the rows of across.py are.
    """

    section: str
    item: str
    body: str
    who: str
    start: int | None
    end: int | None


@dataclass(frozen=True)
class Record:
    """Everything the index keeps about a briefing that loaded."""

    id: str
    title: str
    date: str
    place: str
    counts: tuple[int, int, int, int]  # actors, statements, casualties, next steps
    briefing_json: str
    rows: tuple[Row, ...]
    cross: CrossRows = field(default_factory=CrossRows)  # the agenda's, dossiers' and conflicts' rows


def to_record(b: Briefing) -> Record:
    """The index's view of a briefing; the JSON round-trips through `briefing_from_json`."""
    c = b.sections.counts()
    return Record(
        id=b.id, title=b.title, date=b.date, place=b.place,
        counts=(c["actors"], c["statements"], c["casualties"], c["next_steps"]),
        briefing_json=json.dumps(briefing_to_json(b), ensure_ascii=False),
        rows=tuple(search_rows(b)),
        cross=cross_rows(b),
    )


def search_rows(b: Briefing) -> list[Row]:
    """'**Hakan Fidan**: “Words.”' -> Row('statements', id, 'Words.', 'Hakan Fidan␟Hakan Fidan Mr Fidan', ...).

    `body` is what a hit's snippet shows: the item as the reader lists it ('Hakan Fidan — foreign minister',
    'Talks resume — by Friday'); the names an actor also goes by are in `who` only. A statement's `who`
    starts with its speaker's name and SPEAKER_END (␟ above; see store.py), so a hit can name the speaker.
    """
    names = _names(b.sections.actors)
    s = b.sections
    rows = [Row("actors", a.id, _dash(a.name, a.role), _join(a.name, *a.aliases), a.start, a.end) for a in s.actors]
    rows += [Row("statements", st.id, _dash(st.text, st.context),
                 f"{st.speaker}{SPEAKER_END}{names.get(st.speaker, st.speaker)}" if st.speaker else "",
                 st.start, st.end) for st in s.statements]
    rows += [Row("casualties", c.id, _casualty_text(c), "", c.start, c.end) for c in s.casualties]
    rows += [Row("next_steps", n.id, _dash(n.text, n.when), _join(*(names.get(a, a) for a in n.actors)),
                 n.start, n.end) for n in s.next_steps]
    rows += [Row("text", f"p{p.index}", p.text, "", p.start, p.end) for p in paragraphs(b.text)]
    return rows


def _names(actors: tuple[Actor, ...]) -> dict[str, str]:
    """Every name an actor goes by -> all of them, so `actor:fidan` finds what 'Mr Fidan' said."""
    out: dict[str, str] = {}
    for a in actors:
        every = _join(a.name, *a.aliases)
        for name in (a.name, *a.aliases, a.id):
            out.setdefault(name, every)
    return out


def _casualty_text(c: Casualty) -> str:
    """A figure found in the text: its sentence. One the file states (its list line is Markdown, '**killed**: …'):
    'killed: at least 5 civilians — Sumy, last week (the council)'."""
    if c.text and c.line is None:
        return c.text
    where = ", ".join(p for p in (c.place, c.period) if p)
    said = f"({c.source})" if c.source else ""
    return _join(_dash(f"{c.kind}: {_join(count_phrase(c.min, c.max), c.group)}", where), said)


def _join(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def _dash(*parts: str | None) -> str:
    """('Talks resume', 'by Friday') -> 'Talks resume — by Friday': a part after the item, set off."""
    return " — ".join(p for p in parts if p)
