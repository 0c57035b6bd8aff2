"""The analysis: plain text in, the four sections out, as small ordered passes.

Pass order: text (paragraphs, sentences) -> actors -> statements (quotes, speakers) -> casualties ->
next steps. Each family is a package (`text/`, `actors/`, `statements/`, `casualties/`, `next_steps/`, with
`lexicon/` and `when/` serving them) holding its entry point, its logic and its phrase tables as data;
this function only composes them.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from briefing.model import SECTION_NAMES, Actor, Sections


def analyse(text: str, wanted: Collection[str] = SECTION_NAMES, known_actors: Sequence[Actor] = ()) -> Sections:
    """Split a plain article into actors, statements, casualties and next steps.

    Only the `wanted` sections are found (a curated briefing states the others); when it states its actors
    and its statements, `known_actors` serve the next steps and the actors pass is skipped. Items carry
    offsets into `text`; ids are stamped by the loader.
    """
    # Here, not at the top: importing any module of the package (the loader reads text/vocabulary.py) would
    # otherwise load every pass and its tables (~1.3 s), before a reader shows a file's text.
    from briefing.analysis.actors.find import Cast, find_actors
    from briefing.analysis.casualties.find import find_casualties
    from briefing.analysis.next_steps.find import find_next_steps
    from briefing.analysis.statements.find import find_statements
    from briefing.analysis.text.segmentation import segment

    doc = segment(text)
    wanted = set(wanted)
    if {"actors", "statements"} & wanted or ("next_steps" in wanted and not known_actors):
        cast = find_actors(doc)
    else:
        cast = Cast(tuple(known_actors), ())  # only the next steps read them: no name mentions needed
    statements = find_statements(doc, cast) if "statements" in wanted else ()
    return Sections(
        actors=cast.actors if "actors" in wanted else (),
        statements=statements,
        casualties=find_casualties(doc) if "casualties" in wanted else (),
        next_steps=find_next_steps(doc, cast.actors, statements) if "next_steps" in wanted else (),
    )
