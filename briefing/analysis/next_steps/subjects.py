"""Who a forecast is about: a party that can act ('the committee will', 'Ms Lorn will') or the world at large.

A writer's own "will" with no date and no one reporting it is a step only when its subject can act on it:
"The Liberals will decide" is a plan, "Temperatures will keep rising" and "They will invite retaliation" are
the writer's forecasts. A party is a proper name, one of the known actors, "he" or "she", or an institution
or force named definitely ("the committee", "rebels", "its army"); "a chancellor", "every dispute",
"voters" and "history" are not.
"""

from __future__ import annotations

import re
from collections.abc import Collection

# Nouns of those who act on plans: institutions, officials, forces, sides.
AGENTS = frozenset("""government governments parliament council court courts committee ministry ministries army
    police bank agency agencies commission board company companies union unions party cabinet senate congress
    assembly administration regulator regulators prosecutor prosecutors official officials investigators
    delegation delegations envoy envoys negotiators negotiator minister ministers president leader leaders rebels
    militants troops forces military navy embassy organisers organizers operator firm tribunal inspectors
    observers monitors mediators mediator campaign coalition opposition spokesman spokeswoman judge jury
    authorities secretary chancellor governor mayor premier king queen prince chief director ceo chairman
    team squad club federation alliance bloc summit legislature lawmakers legislators parliamentarians mps
    senators deputies insurgents fighters guerrillas junta regime state states side sides""".split())
# Words that make a subject anyone at all: "a chancellor who looks weak", "every dispute", "most of them".
GENERIC = frozenset("""a an every any each no some most many few such all those these this that it its they them
    we i you one nobody everyone anyone something everything nothing whoever""".split())
PERSONAL = frozenset({"he", "she"})
# Subjects that are some of anyone, whatever they do: "Some readers will call this a wasted vote".
QUANTIFIERS = frozenset("some most many few every any each no anyone everyone nobody whoever".split())
# Where a subject begins: after a comma or dash, or a word that opens a clause.
SUBJECT_START = re.compile(r"[,;:(—–]|\b(?:that|which|who|whom|because|if|when|while|and|but|as|so|unless|where"
                           r"|whether|once|until|then|says|said|think|thinks|believe|believes)\b", re.IGNORECASE)
RELATIVE = re.compile(r"who|which|that", re.IGNORECASE)
SUBJECT_WORD = re.compile(r"[\w’'-]+")
SUBJECT_REACH = 80


def subject_words(text: str, sentence_start: int, modal: int) -> tuple[list[str], bool]:
    """The words before the modal back to the start of its clause, as written, and whether they open the sentence.

    'Ms Lorn has said she will present a compromise.' -> (['she'], False);
    'A child born today will live in a warmer world.' -> (['A', 'child', 'born', 'today'], True);
    'Mr Brisk, who will moderate the debate' -> (['Mr', 'Brisk'], True): a relative pronoun stands for the words
    before it.
    """
    start = max(sentence_start, modal - SUBJECT_REACH)
    opener = None
    for m in SUBJECT_START.finditer(text, start, modal):
        start, opener = m.end(), m
    words = SUBJECT_WORD.findall(text, start, modal)
    if not words and opener is not None and RELATIVE.fullmatch(opener.group()):
        return subject_words(text, sentence_start, opener.start())  # "Chris Wallace, who will moderate"
    return words, start == sentence_start


def names_a_party(words: list[str], at_sentence_start: bool, parties: Collection[str]) -> bool:
    """Whether a subject can act: 'the committee', 'Russia', 'she' can; 'Temperatures', 'a chancellor' cannot.

    A capital counts as a name except on the first word of a sentence, where only a known actor's name does.
    """
    if not words or words[0].lower() in GENERIC:
        return False
    if words[0].lower() in PERSONAL or words[0] in parties:
        return True
    if any(w[:1].isupper() for w in words[1 if at_sentence_start else 0:]):
        return True
    return any(w.lower() in AGENTS for w in words)


def anyone_at_all(words: list[str]) -> bool:
    """'Some readers [will call]', 'Most [will never be replicated]': a forecast about people in general."""
    return bool(words) and words[0].lower() in QUANTIFIERS
