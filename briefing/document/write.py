"""A Briefing written out as a curated Markdown file that `load_briefing` reads back to the same sections."""

from __future__ import annotations

import re
from typing import Any

import yaml

from briefing.model import Actor, Briefing, Casualty, NextStep, Statement, count_phrase
from briefing.sections import SECTIONS, TEXT

# A line of text that would read as a curated heading is escaped so it stays text.
HEADING_LIKE = re.compile(r"^( {0,3})(#)", re.M)


def _clean(text: str) -> str:
    """One line, no bold markers, no `; key:` that would read as a field."""
    text = " ".join(text.replace("**", "").split())
    return re.sub(r";(\s*[a-z]+:\s)", r",\1", text)


def _fields(**fields: str) -> str:
    return "".join(f"; {key}: {_clean(value)}" for key, value in fields.items() if value)


def actor_line(a: Actor) -> str:
    """'- **Hakan Fidan** — foreign minister; aka: Mr Fidan'; no role is written as none ('- **Parliament**')."""
    role = _clean(a.role)
    return f"- **{_clean(a.name)}**" + (f" — {role}" if role else "") + _fields(
        kind=a.kind if a.kind != "person" else "", aka=", ".join(a.aliases))


def statement_line(s: Statement) -> str:
    lead = f"**{_clean(s.speaker)}**: " if s.speaker else ""
    body = f"“{_clean(s.text)}”" if s.direct else _clean(s.text)
    return f"- {lead}{body}" + _fields(context=s.context)


def casualty_line(c: Casualty) -> str:
    lead = f"{count_phrase(c.min, c.max)} {_clean(c.group)}".rstrip()
    return f"- **{c.kind}**: {lead}" + _fields(place=c.place, period=c.period, source=c.source)


def step_line(n: NextStep) -> str:
    return f"- {_clean(n.text)}" + _fields(when=n.when, who=", ".join(n.actors), status=n.status)


def _front_matter(b: Briefing) -> str:
    meta: dict[str, Any] = {"id": b.id, "title": b.title}
    meta |= {k: v for k, v in (("date", b.date), ("place", b.place)) if v}
    meta |= {k: list(v) for k, v in (("sources", b.sources), ("tags", b.tags)) if v}
    if b.fictional:
        meta["fictional"] = True
    return yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)


def to_markdown(b: Briefing) -> str:
    """The whole briefing: front matter, summary, the four sections, and the text under `## Text`."""
    s = b.sections
    parts = [f"---\n{_front_matter(b)}---\n"]
    if b.summary:
        parts.append(f"## Summary\n\n{b.summary}\n")
    lines = {"actors": actor_line, "statements": statement_line, "casualties": casualty_line, "next_steps": step_line}
    for section in SECTIONS:
        items, line = getattr(s, section.name), lines[section.name]
        # A quote said twice word for word is one line: the draft would otherwise list one id twice.
        parts.append(f"## {section.title}\n\n" + "".join(dict.fromkeys(line(i) + "\n" for i in items)))
    if b.text:
        parts.append(f"## {TEXT.title}\n\n" + HEADING_LIKE.sub(r"\1\\\2", b.text).rstrip() + "\n")
    return "\n".join(parts)
