"""How the words around a cue change its status, as one ordered table of named rules.

The cue table gives a first status from the cue's own words ("will" planned, "said ... would" expected,
"warned that" threatened); the words around it may say more: 'Neither side plans to attend' rules it out,
'Varland will build its own plant if Ostmark gets a bomb' threatens, 'Forecasters warned that heavy rain would
continue' foretells, 'The mayor said the city would hold a vigil' reports the city's plan. The first rule that
reads the cue's status and holds gives the step its status; a date that fixes a time makes a plan scheduled.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from briefing.analysis.next_steps.cues import SAID
from briefing.analysis.next_steps.event_verbs import event_follows
from briefing.analysis.next_steps.event_words import ENABLING, EVENT_NOUNS, HAPPENING_VERBS, SKIPPED_WORDS, VERB_WORD
from briefing.analysis.next_steps.filter_phrases import IF_CLAUSE, SPEAKING_FOR
from briefing.analysis.next_steps.filters import (
    REACH,
    Cue,
    event_does,
    forecast_only,
    negated_subject,
    party_intends,
)
from briefing.analysis.next_steps.party_words import FORCES, FORECASTERS, SUBJECT_WORD
from briefing.analysis.next_steps.status_phrases import (
    CONDITION,
    CONDITION_WORDS,
    HARM,
    PENALTY,
    PRESSURE,
    REPORTED_MODAL,
    REPRISAL,
    THREAT_AFTER,
    UNFIXED_TIME,
    WARNED_OF,
)
from briefing.analysis.next_steps.subjects import names_a_party, subject_words


def _nobody_plans(c: Cue) -> bool:
    """'Neither side plans to attend the talks': a plan nobody has is ruled out."""
    return negated_subject(c.low, c.sentence.start, c.pos)


def _modal_subject(c: Cue) -> tuple[int, list[str], bool] | None:
    """Where the modal a cue ends with stands ('said it [would]'), the words of its subject and whether they open
    the sentence; None for a cue with no such modal."""
    modal = REPORTED_MODAL.search(c.said)
    if modal is None:
        return None
    at = c.pos + modal.start()
    words, at_start = subject_words(c.text, c.sentence.start, at)
    return at, words, at_start


def _acts(words: list[str], at_start: bool, c: Cue) -> bool:
    """Whether a subject is a party that acts ('Varland', 'its members'), not a force or an event ('the storm',
    'Britain's exit'); after a report, 'it' and 'they' are the party that speaks ('Varland has said it will')."""
    if any(w.lower() in FORCES for w in words):
        return False
    return (bool(words) and words[0].lower() in SPEAKING_FOR) or names_a_party(words, at_start, c.parties)


def _reprisal(c: Cue) -> bool:
    """'Rebel leaders said they would retaliate', 'will respond with tariffs on cheese': a reprisal threatens."""
    return _modal_subject(c) is not None and REPRISAL.match(c.low, c.match.end()) is not None


def _hypothetical(c: Cue) -> bool:
    """'if her ailment were to persist', 'If the court were to release the records': a supposed event, foreseen
    by whoever supposes it, is no timetable."""
    return (c.said.startswith("were to")
            and IF_CLAUSE.search(c.low, max(c.sentence.start, c.pos - 50), c.pos) is not None)


def _on_a_party_condition(c: Cue) -> bool:
    """'Varland will build its own plant if Ostmark gets a bomb', 'further strikes would follow unless ministers
    improve the offer', 'would boycott the vote if the count is not reopened': a party's act (or a harm) made to hang
    on what another party does, or a pressure on any condition, threatens; 'will resume the search if the weather
    improves' plans."""
    subject = _modal_subject(c)
    if subject is None:
        return False
    _, words, at_start = subject
    if not (_acts(words, at_start, c) or HARM.search(" ".join(words).lower())):
        return False
    if PRESSURE.match(c.low, c.match.end()) and CONDITION.search(c.low, c.match.end(), c.sentence.end):
        return True  # 'would boycott the vote if the count is not reopened': whoever the condition asks
    for m in CONDITION.finditer(c.low, c.sentence.start, c.sentence.end):
        condition = SUBJECT_WORD.findall(c.text, m.end(), min(c.sentence.end, m.end() + 60))[:CONDITION_WORDS]
        if names_a_party(condition, False, c.parties) and not any(w.lower() in FORCES for w in condition):
            return True
    return False


def _warning_foretells(c: Cue) -> bool:
    """'Forecasters warned that heavy rain would continue', 'warned of flooding', 'warned that supplies would run
    out': a warning of what no party does is a forecast; 'warned of retaliation', 'warned that they would strike
    back', 'warned that anyone joining would be punished' threaten."""
    if not c.said.startswith("warn"):
        return False
    if WARNED_OF.search(c.said):
        return THREAT_AFTER.match(c.low, c.match.end()) is None
    speaker = subject_words(c.text, c.sentence.start, c.pos)[0]
    if any(w.lower() in FORECASTERS for w in speaker):
        return True
    subject = _modal_subject(c)
    if subject is None or PENALTY.match(c.low, c.match.end()):
        return False
    _, words, at_start = subject
    return not _acts(words, at_start, c)


def _reported_intent(c: Cue) -> bool:
    """'The mayor said the city would hold a vigil', 'Its defence ministry said patrols would be stepped up',
    'Kalvar says it needs the dam and will fill its reservoir': what a party says it, or those it speaks for,
    will do is its plan. Not 'The weather service said the storm would weaken' (a forecaster, a force), nor 'said
    the vote would deepen the split' (what an event does), nor 'said the talks would be difficult' (a judgement).
    """
    subject = _modal_subject(c)
    if subject is None:
        return False
    at, words, _ = subject
    reports = list(SAID.finditer(c.low, max(c.sentence.start, at - REACH), at))  # bounded: REACH characters
    if not reports:
        return False
    if any(w.lower() in FORECASTERS for w in subject_words(c.text, c.sentence.start, reports[-1].start())[0]):
        return False
    if any(w.lower() in FORCES for w in words):
        return False
    if words and words[-1].lower() in EVENT_NOUNS:
        verbs = [w for w in VERB_WORD.findall(c.low, c.match.end(), min(c.sentence.end, c.match.end() + 40))[:3]
                 if not SKIPPED_WORDS.fullmatch(w)]
        if not verbs or (verbs[0] not in HAPPENING_VERBS and verbs[0] not in ENABLING):
            return False  # "the vote would deepen the split"; "the talks would resume" is a plan
    return event_follows(c.low, c.match.end(), c.sentence.end) is not False  # not "the deal would be a disaster"


def _force_may(c: Cue) -> bool:
    """'Water levels could rise further', 'the toll may climb', 'the deal could unravel if fighting resumes': a
    maybe about a force, or about what an event does, is a forecast; 'the ministry could expel the ambassador' is
    an option a party has, 'the summit could take place in May' one for the event."""
    if not c.said.startswith(("could", "may", "might")):
        return False
    words = subject_words(c.text, c.sentence.start, c.pos)[0]
    return any(w.lower() in FORCES for w in words) or event_does(c, words)


@dataclass(frozen=True)
class StatusRule:
    """A named rule: when the cue's first status is one it `reads` and it `holds`, the step `gives` this status."""

    name: str
    reads: frozenset[str]
    holds: Callable[[Cue], bool]
    gives: str


def _rule(name: str, reads: str, holds: Callable[[Cue], bool], gives: str) -> StatusRule:
    return StatusRule(name, frozenset(reads.split(",")), holds, gives)


# In order: the first rule that reads the cue's status and holds decides.
STATUS_RULES: tuple[StatusRule, ...] = (
    _rule("nobody plans", "planned", _nobody_plans, "ruled out"),
    _rule("hypothetical", "scheduled", _hypothetical, "expected"),
    _rule("reprisal", "planned,expected", _reprisal, "threatened"),
    _rule("on a party's condition", "planned,expected", _on_a_party_condition, "threatened"),
    _rule("warning that foretells", "threatened", _warning_foretells, "expected"),
    _rule("reported intent", "planned,expected", _reported_intent, "planned"),
    _rule("forecast only", "planned", forecast_only, "expected"),
    _rule("party intends", "expected", party_intends, "planned"),
    _rule("a force may", "possible", _force_may, "expected"),
)


def restated(c: Cue, when: str) -> str:
    """The status of a step whose cue is `c` and whose time phrase is `when`.

    'The mayor said the city would hold a vigil on Sunday.' -> scheduled (a reported plan with a fixed date);
    'The agency plans to airlift tents within a week.' -> planned (a span fixes no date).
    """
    status = next((rule.gives for rule in STATUS_RULES if c.status in rule.reads and rule.holds(c)), c.status)
    if status == "planned" and when and not UNFIXED_TIME.match(when):
        return "scheduled"
    return status
