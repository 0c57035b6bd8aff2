"""Word-level cues the speaker sieves read: verbs of saying, pronouns, titled references, clause ends."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from briefing.analysis.actors.roles import is_role_noun, occupation
from briefing.analysis.lexicon import gazetteer as gz
from briefing.analysis.text.segmentation import is_abbreviation
from briefing.model import Actor

LOWER_LETTERS = re.compile(r"\b[a-z]+\b")


def saying_verbs(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The verbs of saying in text[start:end] ('said', 'told', 'according'), found by a set look-up per word
    (one regex alternation of 300 verbs tried at every position would be far slower). The end of a compound
    is no verb: 'three so-called “experts”'."""
    for m in LOWER_LETTERS.finditer(text, start, len(text) if end is None else end):
        if m.group() in gz.SPEECH_VERBS and text[m.start() - 1:m.start()] != "-":
            yield m


def first_saying(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The first verb of saying in text[start:end]: '..., Mr Trump told reporters' -> 'told'."""
    return next(saying_verbs(text, start, end), None)


PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
# 'the Ukrainian president', 'his spokesman': a determiner, up to three modifiers, then a role noun.
DETERMINER = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er)\s+")
# ('the announcer said' is someone else: a description of the story's own person qualifies its noun, or gives an age)
EPITHET = re.compile(r"\s*[Tt]he\s+(?:(?:[\w\-]+\s+){1,4}?(?P<head>[a-z][a-z\-]*)|(?P<age>\d+-year-old))\s*")
FOLLOWING_WORDS = re.compile(r"[\w\-]+")
# 'a Ukrainian official said', 'one aide said': a source without a name.
UNNAMED = re.compile(r"^\W*(?:an?|one|two|three|some|several|many|other|another)\s", re.IGNORECASE)
# '” and a “', '” and general “': two quotes of one list, joined by 'and' or 'or' and at most an article and a word.
QUOTES_JOINED = re.compile(r"\s*,?\s*(?:and|or)\s+(?:(?:a|an|the)\s+)?(?:[a-z]+\s+)?")
CLAUSE_END = re.compile(r"[.!?;](?=\s|$)")
# '"WALLACE: Let’s start with the debate.': a transcript names each speaker in capitals before a colon.
TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){0,2}):\s+")


@dataclass(frozen=True)
class Nominal:
    """'the Ukrainian president' at `start`: modifiers 'Ukrainian', noun 'president'."""

    start: int
    modifiers: str
    noun: str


def nominal(stretch: str) -> Nominal | None:
    """The first 'the <up to three modifiers> <role noun>' of a stretch: 'the Ukrainian president'."""
    for m in DETERMINER.finditer(stretch):
        words = [w.group() for w in FOLLOWING_WORDS.finditer(stretch, m.end(), m.end() + 60)][:4]
        for i, word in enumerate(words):
            if word in gz.ROLE_NOUNS:
                return Nominal(m.start(), " ".join(words[:i]), word)
    return None


def epithet(stretch: str) -> bool:
    """'the 46-year-old', 'the former Italy midfielder', 'the three-time Olympic champion': a description of a
    person with no name, by their age, trade or post (a wire's way to name again whom it has just named)."""
    found = EPITHET.fullmatch(stretch)
    if found is None:
        return False
    head = found.group("head") or ""
    return bool(found.group("age")) or is_role_noun(head) or occupation(head)


def quotes_joined(text: str, first_mark_end: int, second_mark_start: int) -> bool:
    """Whether two quotes are items of one list: '“how the deal was rigged,” and “our own workers”'."""
    return QUOTES_JOINED.fullmatch(text, first_mark_end, second_mark_start) is not None


def clause_end(text: str, start: int, limit: int) -> int:
    """The end of the clause after a quote: the first full stop that is not 'Mr.' or 'U.S.'."""
    for m in CLAUSE_END.finditer(text, start, limit):
        if not is_abbreviation(text, m.start()):
            return m.start()
    return limit


def gender(actor: Actor) -> str:
    """'m', 'f' or '' from an honorific alias ('Mr Putin') or a known given name ('Clinton' alone tells none)."""
    for alias in actor.aliases:
        head = alias.split()[0].rstrip(".").lower() if alias.split() else ""
        if head in gz.FEMALE_HONORIFICS:
            return "f"
        if head == "mr":
            return "m"
    words = actor.name.split()
    first = words[0].lower() if len(words) > 1 else ""  # a lone 'Clinton' is a surname, not a given name
    if first in gz.FEMALE_ONLY_FIRST_NAMES:
        return "f"
    return "m" if first in gz.MALE_FIRST_NAMES else ""
