"""The analysis: plain text in, the four sections out, as small ordered passes.

Pass order: text (paragraphs, sentences) -> actors -> statements (quotes, speakers) -> casualties ->
next steps. Each module holds one family of passes; this function only composes them.
"""

from __future__ import annotations

from collections.abc import Collection

from briefing.analysis.actors import find_actors
from briefing.analysis.casualties import find_casualties
from briefing.analysis.next_steps import find_next_steps
from briefing.analysis.statements import find_statements
from briefing.analysis.text import segment
from briefing.model import SECTION_NAMES, Sections


def analyse(text: str, wanted: Collection[str] = SECTION_NAMES) -> Sections:
    """Split a plain article into actors, statements, casualties and next steps.

    Only the `wanted` sections are found (a curated briefing states the others); items carry offsets into
    `text`; ids are stamped by the loader.
    """
    doc = segment(text)
    actors = find_actors(doc) if {"actors", "statements", "next_steps"} & set(wanted) else ()
    return Sections(
        actors=actors if "actors" in wanted else (),
        statements=find_statements(doc, actors) if "statements" in wanted else (),
        casualties=find_casualties(doc) if "casualties" in wanted else (),
        next_steps=find_next_steps(doc, actors) if "next_steps" in wanted else (),
    )
