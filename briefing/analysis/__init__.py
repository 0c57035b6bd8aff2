"""The analysis: plain text in, the four sections out, as small ordered passes.

Pass order: text (paragraphs, sentences) -> actors -> statements (quotes, speakers) -> casualties ->
next steps. Each module holds one family of passes; this function only composes them.
"""

from __future__ import annotations

from briefing.analysis.actors import find_actors
from briefing.analysis.casualties import find_casualties
from briefing.analysis.next_steps import find_next_steps
from briefing.analysis.statements import find_statements
from briefing.analysis.text import segment
from briefing.model import Sections


def analyse(text: str) -> Sections:
    """Split a plain article into actors, statements, casualties and next steps.

    Items carry offsets into `text`; ids are stamped by the loader.
    """
    doc = segment(text)
    actors = find_actors(doc)
    statements = find_statements(doc, actors)
    casualties = find_casualties(doc)
    next_steps = find_next_steps(doc, actors)
    return Sections(actors=actors, statements=statements, casualties=casualties, next_steps=next_steps)
