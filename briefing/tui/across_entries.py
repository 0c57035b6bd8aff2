"""The lines of the agenda and the dossier as Rich Text: a day (or briefing) heading over its items."""

from __future__ import annotations

import datetime as dt

from rich.text import Text

from briefing.library.agenda import AgendaStep
from briefing.library.dossier import Dossier, Said
from briefing.library.figures import Figure
from briefing.library.refs import BriefingRef
from briefing.model import count_phrase
from briefing.tui.renderings import safe


def agenda_entry(step: AgendaStep, heading: bool, today: dt.date) -> Text:
    """'Fri 16 May 2025 · today' over '  Talks resume (on Friday) — Envoy arrives in Sumy', the heading only
    on a day's first step; a day gone by is dim, today's heading reversed."""
    first = dt.date.fromisoformat(step.date or "")
    last = dt.date.fromisoformat(step.until) if step.until else first
    past = last < today
    text = Text(style="dim" if past else "")
    if heading:
        is_today = first <= today <= last
        text.append(step.day_label(), "bold reverse" if is_today else "bold")
        if is_today:
            text.append(" · today", "bold")
        text.append("\n")
    text.append("  ")
    if step.called_off:
        text.append(f"{step.status.upper()} ", "bold red")
    text.append(safe(step.text))
    if step.when:
        text.append(f" ({safe(step.when)})", "italic")
    text.append(f" — {safe(step.briefing.title)}", "dim")
    return text


def agenda_plain(step: AgendaStep) -> str:
    """What typing filters on: the step, its time phrase, status, actors and briefing."""
    return " ".join((step.text, step.when, step.status, *step.actors, step.briefing.title, step.day_label())).casefold()


def briefing_heading(ref: BriefingRef, role: str) -> Text:
    """'2025-05-14 Envoy arrives in Sumy — UN envoy': a briefing of the dossier, with the role it gives."""
    text = Text.assemble((ref.date or "undated", "bold"), " ", (safe(ref.title), "bold"))
    if role:
        text.append(f" — {safe(role)}", "italic")
    return text


def said_entry(said: Said) -> Text:
    words = safe(said.text)
    return Text.assemble("  ", (f"“{words}”" if said.direct else words, "" if said.direct else "italic"))


def step_entry(step: AgendaStep) -> Text:
    when = step.date or "undated"
    return Text.assemble("  ", ("next step ", "dim"), (when, "bold"), " ", safe(step.text))


def figure_entry(figure: Figure) -> Text:
    source = f" (per {safe(figure.source)})" if figure.source else ""
    return Text.assemble("  ", (f"{figure.kind} ", "dim"), (count_phrase(figure.min, figure.max), "bold"),
                         f" {safe(figure.group)}{source}")


def dossier_head(d: Dossier) -> Text:
    """'José Ortega (person) · also Mr Ortega, the UN envoy Ortega · 2 briefings, 2 statements'."""
    a = d.actor
    text = Text.assemble((safe(a.name), "bold"), f" ({a.kind})")
    if a.aliases:
        text.append(f" · also {safe(', '.join(a.aliases))}", "italic")
    text.append(f"\n{len(d.briefings)} briefings · {len(d.statements)} statements · {len(d.next_steps)} next steps "
                f"· {len(d.casualties)} casualty figures", "dim")
    return text
