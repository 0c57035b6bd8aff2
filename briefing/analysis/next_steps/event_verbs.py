"""Whether the words after a modal or a 'to' name an event ('will meet') or a judgement ('will find it hard').

An event after a plan is what is planned ('plans to [make] the records public'); a judgement after a modal is a
forecast, not a plan ('the fight could [hurt] Democrats'), and a time word beside a judgement dates nothing
('His tricks won't [work] in the upcoming debates').
"""

from __future__ import annotations

from briefing.analysis.next_steps.event_words import (
    ACTIONS,
    BE_EVENTS,
    CONSEQUENCES,
    DETERMINERS,
    ENABLING,
    EVENT_NOUNS,
    EVENT_VERBS,
    HELD,
    JUDGEMENT_VERBS,
    LIGHT_VERBS,
    SKIPPED_WORDS,
    STATE_PARTICIPLES,
    VERB_WORD,
)


def event_follows(low: str, pos: int, end: int, judged: bool = True) -> bool | None:
    """Whether the verb at low[pos:end] (lowered) names an event: True, False, or None when it is no known verb.

    'will [meet] Mr Haddad' -> True; 'will [be held]' -> True; 'will [find] it difficult' -> False;
    'would [be] a mistake' -> False; 'would [have] won' -> False; 'plan to [his] party' -> False;
    'will [premiere] on Friday' -> None.
    After a plan ('plans to [make] the records public'; `judged` false) a verb of judgement is no objection.
    """
    words = [w for w in VERB_WORD.findall(low, pos, min(end, pos + 60))[:5] if not SKIPPED_WORDS.fullmatch(w)]
    if not words:
        return False
    verb = words[0].replace("-", "")  # "co-operate", "re-open": a hyphen inside a verb is a house style
    if verb == "be":
        return _passive_or_progressive(words[1]) if len(words) > 1 else False
    if verb in ENABLING and "to" in words[1:4]:
        enabled = words[words.index("to", 1) + 1:][:1]  # "will allow them to [deliver] supplies"
        return True if enabled and enabled[0] in EVENT_VERBS else None
    if verb in DETERMINERS:
        return any(w in EVENT_NOUNS for w in words[1:4])  # "agreed to a [ceasefire]", not "plan to his party"
    if (verb, "".join(words[1:2])) in CONSEQUENCES or (verb == "hold" and "".join(words[1:2]) in HELD):
        return False
    if (verb, "".join(words[1:2])) in ACTIONS or (verb in LIGHT_VERBS and EVENT_NOUNS.intersection(words[1:3])):
        return True  # "will get rid of", "will have talks", "will make a statement"
    if not judged:
        return True if verb in EVENT_VERBS else None
    if verb in JUDGEMENT_VERBS:
        return False
    if verb in EVENT_VERBS:
        return True
    return None


def _passive_or_progressive(word: str) -> bool | None:
    """'held', 'postponed' (passive), 'meeting', 'leaving' (a progressive event); 'a', 'difficult' are not.

    A participle of no known verb is unknown: 'will be disputed', 'will be treated as weak'.
    """
    if word.endswith("ing"):
        stem = word[:-3]
        return any(s in EVENT_VERBS for s in (stem, stem + "e", stem[:-1]))
    if word in BE_EVENTS:
        return True
    if not word.endswith("ed") or word in STATE_PARTICIPLES:
        return False
    stems = (word[:-1], word[:-2], word[:-3], word[:-3] + "y")  # replicated, signed, planned, tried
    return True if any(s in EVENT_VERBS for s in stems) else None
