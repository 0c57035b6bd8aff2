"""Which headline paragraphs the casualty and next-step passes skip: the ones the lead says again at length."""

from __future__ import annotations

from briefing.analysis.text.segmentation import HEADLINE, Doc

# A deck line is a phrase ("Curfew lifted, but city still in limbo"); a full stop after this many words is
# a short lead ("Senegal's President Macky Sall has postponed the presidential election scheduled for ...").
LEAD_MIN_WORDS = 15


def skipped_headlines(doc: Doc) -> set[int]:
    """Indexes of the headline paragraphs to skip; a short lead taken for a deck line is kept.

    'Sall postpones vote' (title) -> skipped;
    'Senegal's President Macky Sall has postponed the presidential election scheduled for 25 February, citing a
    dispute over the candidate list.' (second paragraph) -> read as the lead it is.
    """
    return {p.index for p in doc.paragraphs if p.kind == HEADLINE and not _short_lead(p.index, p.text)}


def _short_lead(index: int, text: str) -> bool:
    return index > 0 and text.rstrip().endswith(".") and len(text.split()) >= LEAD_MIN_WORDS
