"""Who a "will" is about: a party that can act ('the committee will', 'Ms Lorn will') or the world at large.

A "will" whose subject can act on it is a plan ("The Liberals will decide", "We will fight on"); one whose
subject cannot is a forecast ("Temperatures will keep rising", "They will invite retaliation"), and a forecast
about people in general is none ("Some readers will call this a wasted vote"). A party is a proper name, one
of the known actors, a person ("he", "she", a speaker's "I" and "we"), or an institution or force named
definitely ("the committee", "rebels", "its army"); "a chancellor", "every dispute", "voters" and "history"
are not.
"""

from __future__ import annotations

from collections.abc import Collection

from briefing.analysis.next_steps.party_words import (
    AGENTS,
    GENERIC,
    PERSONAL,
    QUANTIFIERS,
    RELATIVE,
    SUBJECT_REACH,
    SUBJECT_START,
    SUBJECT_WORD,
)


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
