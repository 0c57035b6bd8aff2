"""Statements: quoted words with their speakers, less scare quotes and titles; reported speech besides."""

from __future__ import annotations

import re

from briefing.analysis.actors import Cast, cast
from briefing.analysis.quotes import Quote, find_quotes
from briefing.analysis.speakers import NOBODY, VERB, Attribution, attribute
from briefing.analysis.text import BODY, Doc
from briefing.model import Actor, Statement

WORDS = re.compile(r"[\w’'\-]+")
TITLE_SMALL_WORDS = frozenset("with from into onto over upon that this than your their about after".split())
SHORT = 3  # a quote of up to this many words needs a verb of saying to count as a statement
# "Mr Peskov said Mr Putin has no plans to travel" (no quote marks): the reported clause after the verb.
REPORTED = re.compile(r"\b(?:said|says|told\s+\w+|announced|warned|insisted|argued|added)\s+(?:that\s+)?(?=\S)")


def find_statements(doc: Doc, actors: tuple[Actor, ...]) -> tuple[Statement, ...]:
    """Direct quotes with speakers, then indirect statements, in text order."""
    found = actors if isinstance(actors, Cast) else cast(doc)
    index = {a.name: i for i, a in enumerate(actors)}
    links = [(m.start, m.end, index[found[k].name]) for m, k in found.links if found[k].name in index]
    quotes = find_quotes(doc)
    attributions = attribute(doc, actors, links, quotes)
    sentences = _quote_sentences(doc, quotes)
    direct = [
        _statement(q, a, actors)
        for q, a, n in zip(quotes, attributions, sentences, strict=True)
        if is_statement(q, a, _has_saying(doc, n, q))
    ]
    indirect = list(_reported(doc, actors, links, set(sentences)))
    return tuple(sorted(direct + indirect, key=lambda s: s.start or 0))


def _has_saying(doc: Doc, sentence: int, q: Quote) -> bool:
    """Whether the sentence around a quote, outside the quote, has a verb of saying."""
    if not doc.sentences:
        return False
    s = doc.sentences[sentence]
    return bool(VERB.search(doc.text, s.start, max(s.start, q.mark_start)) or VERB.search(doc.text, q.mark_end, s.end))


def _statement(q: Quote, a: Attribution, actors: tuple[Actor, ...]) -> Statement:
    speaker = actors[a.actor].name if a.actor is not None and a.actor != NOBODY else None
    return Statement(text=q.text, speaker=speaker, direct=True, start=q.start, end=q.end)


def is_statement(q: Quote, a: Attribution, saying: bool) -> bool:
    """Scare quotes and titles are not statements.

    'appointed four officials as “experts”' (short, no verb of saying in the sentence) -> False;
    'a radio programme, “Keepin' It Real”' (a title in capitals) -> False;
    '“So far, it has not,” Mr Sybiha said' and '“We deserve better.”' (a whole sentence) -> True.
    """
    words = WORDS.findall(q.text)
    if not words or _title_like(q.text, words):
        return False
    sentence = q.text[0].isupper() and q.text[-1] in ".!?"
    return len(words) > SHORT or saying or sentence or q.opens_paragraph or a.sieve in ("after", "before")


def _title_like(quote: str, words: list[str]) -> bool:
    """'How to Foster Long-Term Innovation Investment' or 'Fox News Sunday,': every content word capitalised.

    A quote that ends a sentence needs three words for that ('We're America.' is speech).
    """
    stopped = quote[-1] in ".!?;:,"
    if len(words) < (3 if stopped else 2) or quote[-1] in "!?":
        return False
    content = [w for w in words if len(w) > 3 and w.lower() not in TITLE_SMALL_WORDS]
    return bool(content) and all(w[0].isupper() for w in content)


def _quote_sentences(doc: Doc, quotes: tuple[Quote, ...]) -> list[int]:
    """The index of the sentence each quote opens in (quotes and sentences are both in text order)."""
    out: list[int] = []
    k = 0
    for q in quotes:
        while k + 1 < len(doc.sentences) and doc.sentences[k + 1].start <= q.mark_start:
            k += 1
        out.append(k)
    return out


def _reported(doc: Doc, actors: tuple[Actor, ...], links: list[tuple[int, int, int]],
              quoted: set[int]) -> list[Statement]:
    """'Mr Peskov said Mr Putin has no plans to travel.' -> indirect statement by Dmitry Peskov."""
    out: list[Statement] = []
    k = 0
    for n, s in enumerate(doc.sentences):
        if n in quoted or doc.paragraphs[s.paragraph].kind != BODY:
            continue
        while k < len(links) and links[k][0] < s.start:
            k += 1
        verb = REPORTED.search(doc.text, s.start, s.end)
        if verb is None or k >= len(links) or links[k][0] >= verb.start() or not VERB.search(verb.group()):
            continue
        clause_start = verb.end()
        clause = doc.text[clause_start:s.end].rstrip(" .")
        if len(clause.split()) < 3:
            continue
        speaker = actors[links[k][2]].name
        out.append(Statement(text=clause, speaker=speaker, direct=False, start=clause_start,
                             end=clause_start + len(clause)))
    return out
