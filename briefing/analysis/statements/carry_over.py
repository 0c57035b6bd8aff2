"""Carry-over: a quote with no cue of its own keeps the speaker of its neighbours.

paragraph: '“A,” Mr Obama said. “B.”' -> B is Mr Obama's too (the nearest attributed quote of the paragraph).
carried:   a paragraph that only continues a quotation keeps the speaker of the quote before.
"""

from __future__ import annotations

from briefing.analysis.statements.quotes import Quote
from briefing.analysis.statements.references import NOBODY, ReferenceResolver
from briefing.analysis.statements.sieves import Attribution


def carried(refs: ReferenceResolver, q: Quote, previous: Attribution | None,
            previous_quote: Quote | None) -> Attribution | None:
    """'“The talks … may open a new chapter.”' after a paragraph quoting Fidan -> Fidan; and 'Quispe said the
    wait was long. “Six years of promises.”' -> Quispe, even when the quote before was an unnamed source's."""
    known = previous is not None and previous_quote is not None and previous.actor not in (None, NOBODY)
    if known and q.continues:
        return Attribution(previous.actor, "carried", previous.also)
    sentence = refs.sentence_at(q.mark_start)
    if known and q.opens_paragraph and q.paragraph - previous_quote.paragraph <= 2:
        between = _reported_between(refs, previous_quote, sentence)
        return between or Attribution(previous.actor, "carried", previous.also)
    earlier = sentence - 1
    if earlier >= 0 and refs.doc.sentences[earlier].paragraph == q.paragraph:
        actor = refs.sentence_speaker(earlier)
        if actor is not None:
            return Attribution(actor, "carried")
    return latest_subject(refs, sentence) if known else None


def _reported_between(refs: ReferenceResolver, previous_quote: Quote, sentence: int) -> Attribution | None:
    """'“A,” said Mr Lal.' / 'Ms Kent said the plan was rushed.' / '“B.”' -> B is Ms Kent's: a paragraph in
    between that reports someone speaking hands the next quote to that speaker."""
    for back in range(sentence - 1, refs.sentence_at(previous_quote.mark_end), -1):
        if refs.doc.sentences[back].paragraph == previous_quote.paragraph:
            break
        actor = refs.sentence_speaker(back)
        if actor is not None:
            return Attribution(actor, "carried")
    return None


def latest_subject(refs: ReferenceResolver, sentence: int) -> Attribution | None:
    """The subject of this or one of the three sentences before: the fallback for an unattributed quote."""
    for back in range(sentence, max(-1, sentence - 4), -1):
        found = refs.subjects[back]
        if found is not None:
            return Attribution(found.actor, "carried")
    return None


def paragraph_neighbours(quotes: tuple[Quote, ...], found: list[Attribution | None]) -> list[Attribution | None]:
    """'“A,” Mr Obama said. “B.”' -> B is Mr Obama's too (the nearest attributed quote of the paragraph,
    the one before it first). Only quotes with no attribution of their own get one (None for the others)."""
    before: list[Attribution | None] = []
    for n, q in enumerate(quotes):
        same = n > 0 and quotes[n - 1].paragraph == q.paragraph
        previous = (found[n - 1] if found[n - 1] and found[n - 1].actor is not None else before[-1]) if same else None
        before.append(previous)
    after: list[Attribution | None] = [None] * len(quotes)
    for n in range(len(quotes) - 2, -1, -1):
        if quotes[n + 1].paragraph == quotes[n].paragraph:
            nxt = found[n + 1]
            after[n] = nxt if nxt and nxt.actor is not None else after[n + 1]
    return [
        Attribution(x.actor, "paragraph", x.also) if x is not None and own is None else None
        for own, x in zip(found, (b or a for b, a in zip(before, after, strict=True)), strict=True)
    ]


NAMED_AFTER_SIEVES = frozenset(("after", "followed"))


def continued_later(quotes: tuple[Quote, ...], found: list[Attribution | None]) -> list[Attribution | None]:
    """'“We will not accept this.' (left open) / '“We strike on Monday.”' / 'That was the message from Marta Solberg.'
    -> both paragraphs are Solberg's: a quote left open at its paragraph's end takes the cue of the paragraph that
    continues it, however many paragraphs on. Only quotes with no cue of their own get one (None for the others)."""
    out: list[Attribution | None] = [None] * len(quotes)
    later: Attribution | None = None
    for n in range(len(quotes) - 1, -1, -1):
        following = quotes[n + 1] if n + 1 < len(quotes) else None
        chained = following is not None and following.continues and not quotes[n].closed
        nxt = found[n + 1] if chained else None
        # a speaker named after the later paragraph's words ('“...,” said Ms Lind', 'That was the message from ...');
        # a transcript label ('WALLACE: ...') names only its own paragraph
        cue = nxt if nxt is not None and nxt.actor is not None and nxt.sieve in NAMED_AFTER_SIEVES else None
        later = (cue or later) if chained else None
        if found[n] is None and later is not None:
            out[n] = Attribution(later.actor, "continued", later.also)
    return out
