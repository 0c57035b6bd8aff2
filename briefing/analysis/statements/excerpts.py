"""Excerpts: another writer's text quoted at length, whose people count as mentions for the pronouns after it.

'The Ledger’s reporter Ines Vale writes:' /
'"Rosa Milan had waited at the gate since dawn. Her sign was hand-painted.' /
'“We came for the truth,” she said.'  -> 'she' is Rosa Milan, named inside the quoted passage, not Vale.
"""

from __future__ import annotations

import re

from briefing.analysis.statements.quotes import Quote
from briefing.analysis.text.segmentation import BODY, Doc
from briefing.model import Actor

# The introducer of a passage from another text, closing its paragraph with a colon: 'Vale writes:', 'The
# Ledger reported:', 'the article reads:'. Verbs of writing only: after 'Vale said:' comes speech, whose names are
# the speaker's words, not mentions.
WRITER_INTRODUCES = re.compile(
    r"\b(?:writes|wrote|written|reports|reported|recounts|recounted|narrates|narrated|describes|described"
    r"|(?:article|story|piece|report|passage|excerpt|account)\s+(?:reads|read|continues|continued|goes\s+on))"
    r"\b[^.!?:]{0,60}:\s*$")
CAPITALISED = re.compile(r"\b[A-Z][\w\-]*(?:\.? [A-Z][\w\-]*)*")  # a run of capitalised words: a name's candidates


def excerpt_quotes(doc: Doc, quotes: tuple[Quote, ...]) -> frozenset[int]:
    """The quotes (by index) that are a whole paragraph of a passage quoted from another writer: after a paragraph
    introducing it ('Vale writes:'), every paragraph that opens with a quotation mark belongs to the passage, and a
    quote that runs from its paragraph's start to its end is the passage's own narration (a shorter one, '“We came
    for the truth,” she said', is someone speaking in it)."""
    by_paragraph: dict[int, list[int]] = {}
    for n, q in enumerate(quotes):
        by_paragraph.setdefault(q.paragraph, []).append(n)
    out: set[int] = set()
    inside = False
    for para in doc.paragraphs:
        own = by_paragraph.get(para.index, [])
        opens = bool(own) and quotes[own[0]].opens_paragraph and para.kind == BODY
        if inside and opens:
            out.update(n for n in own if _whole(quotes[n], para.end, doc.text))
        else:
            inside = False
        if para.kind == BODY and para.text.rstrip().endswith(":") and WRITER_INTRODUCES.search(para.text):
            inside = True
    return frozenset(out)


def _whole(q: Quote, paragraph_end: int, text: str) -> bool:
    """Whether a quote runs from its paragraph's start to its end (a closing mark and white space may follow)."""
    return q.opens_paragraph and not text[q.mark_end:paragraph_end].strip(" \t\"”’'")


def excerpt_links(text: str, quotes: tuple[Quote, ...], excerpts: frozenset[int], actors: tuple[Actor, ...],
                  links: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The people of the story named in an excerpt where the actors pass linked no name: '"Milan had waited at the
    gate' -> (start, end, Rosa Milan), by the names and aliases the story gives each person (a sentence's first word
    is no name to the actors pass, whose cue is the quote's speaker)."""
    forms = {form: i for i, a in enumerate(actors) if a.kind == "person" for form in (a.name, *a.aliases)}
    linked = {start for start, _, _ in links}
    out = []
    for n in sorted(excerpts):
        q = quotes[n]
        for m in CAPITALISED.finditer(text, q.start, q.end):
            words = m.group().split()
            for size in range(len(words), 0, -1):  # the longest known name at the run's start
                actor = forms.get(" ".join(words[:size]))
                if actor is not None:
                    if m.start() not in linked:
                        out.append((m.start(), m.start() + len(" ".join(words[:size])), actor))
                    break
    return out
