"""Speakers: who said each quote, the sieves tried in order from the most to the least certain cue.

0. labelled (sieves): '"PENCE: Well, look, ...' in a quoted transcript.
1. after, before (sieves): '“So far, it has not,” Mr Sybiha said.' / 'Mr Barrot echoed that, saying: “...”'
2. paragraph: 'called it “A” and “B”, Mr X said' -> both quotes of the sentence are Mr X's.
3. subject, introduced (sieves): 'Keir Starmer accused Mr Putin of “standing in the way of peace”.'
4. paragraph neighbours, a quote the headline gives to someone (headlined), then carried across paragraphs.
"""

from __future__ import annotations

from briefing.analysis.statements.carry_over import carried, latest_subject, paragraph_neighbours
from briefing.analysis.statements.mentions import Mentions
from briefing.analysis.statements.sieves import (
    Attribution,
    after,
    before,
    headline_quotes,
    headlined,
    introduced,
    labelled,
    subject,
)


def attribute(refs: Mentions) -> list[Attribution]:
    """Run the sieves over every quote, in text order."""
    doc, quotes = refs.doc, refs.quotes
    paragraphs = doc.paragraphs
    first: list[Attribution | None] = []
    for n, q in enumerate(quotes):
        para = paragraphs[q.paragraph]
        previous_in_para = quotes[n - 1] if n and quotes[n - 1].paragraph == q.paragraph else None
        next_in_para = quotes[n + 1] if n + 1 < len(quotes) and quotes[n + 1].paragraph == q.paragraph else None
        sentence_start = doc.sentences[refs.sentence_at(q.mark_start)].start
        floor = max(sentence_start, para.start, previous_in_para.mark_end if previous_in_para else para.start)
        limit = next_in_para.mark_start if next_in_para else para.end
        found = labelled(refs, q) or after(refs, q, limit) or before(refs, q, floor)
        same_sentence = previous_in_para is not None and previous_in_para.mark_end > sentence_start
        if found is None and same_sentence and first[-1] is not None and first[-1].sieve in ("after", "before"):
            found = Attribution(first[-1].actor, "paragraph")  # 'called it “A” and “B”, Mr X said'
        first.append(found or subject(refs, q, floor) or introduced(refs, q))
    nearest = paragraph_neighbours(quotes, first)
    headline = headline_quotes(refs)
    out: list[Attribution] = []
    for n, q in enumerate(quotes):
        found = first[n] or nearest[n]
        found = found or headlined(q, headline)
        if found is None:
            # The story's first quote may open a paragraph after 'Union leader Marta Solberg said ...'.
            if n:
                found = carried(refs, q, out[-1], quotes[n - 1])
            else:
                found = latest_subject(refs, refs.sentence_at(q.mark_start))
        out.append(found or Attribution(None, "none"))
    return out
