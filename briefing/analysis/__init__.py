"""The analysis: plain text in, the four sections out, as small ordered passes.

Pass order: text (paragraphs, sentences) -> actors -> statements (quotes, speakers) -> casualties ->
next steps. Each module holds one family of passes; this function only composes them.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from briefing.analysis.actors.find import find_actors
from briefing.analysis.casualties.find import find_casualties
from briefing.analysis.next_steps.find import find_next_steps
from briefing.analysis.statements.find import find_statements
from briefing.analysis.text.segmentation import segment
from briefing.model import SECTION_NAMES, Actor, Sections


def analyse(text: str, wanted: Collection[str] = SECTION_NAMES, known_actors: Sequence[Actor] = ()) -> Sections:
    """Split a plain article into actors, statements, casualties and next steps.

    Only the `wanted` sections are found (a curated briefing states the others); when it states its actors
    and its statements, `known_actors` serve the next steps and the actors pass is skipped. Items carry
    offsets into `text`; ids are stamped by the loader.
    """
    doc = segment(text)
    wanted = set(wanted)
    if {"actors", "statements"} & wanted or ("next_steps" in wanted and not known_actors):
        actors = find_actors(doc)
    else:
        actors = tuple(known_actors)
    return Sections(
        actors=actors if "actors" in wanted else (),
        statements=find_statements(doc, actors) if "statements" in wanted else (),
        casualties=find_casualties(doc) if "casualties" in wanted else (),
        next_steps=find_next_steps(doc, actors) if "next_steps" in wanted else (),
    )
