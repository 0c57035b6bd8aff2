"""The background rules: cues that say nothing of what is to come, as one ordered table of named rules.

'had urged' (said before the story), 'unclear whether ... will' (a doubt), 'opens every Sunday' (a habit),
'she then urges' (a telling of what happened), 'may have failed' (a look back) are read past; 'will meet',
'could unravel if fighting resumes' (a forecast) and 'must withdraw' (a demand) are not. Each rule takes a
`Cue` and says yes or no; `background` returns the name of the first that says yes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass

from briefing.analysis.next_steps.cues import CASE_MATTERS, SAID
from briefing.analysis.next_steps.event_verbs import event_follows
from briefing.analysis.next_steps.event_words import ENABLING, EVENT_NOUNS, HAPPENING_VERBS, SKIPPED_WORDS, VERB_WORD
from briefing.analysis.next_steps.filter_phrases import (
    ABILITY,
    ALWAYS,
    ASIDE_SPEAKERS,
    ASIDE_WILL,
    ASIDE_WOULD,
    BARE_VERB,
    BY_MEANS,
    CLAIM,
    CONDITIONAL,
    COULD_ONLY,
    COUNTERFACTUAL,
    DOUBT,
    ELLIPTICAL,
    EVERY,
    EVERY_OPENING,
    FEELING,
    FIRST_PERSON_BEFORE,
    FORETOLD,
    GENERAL,
    HABITUAL_SAYING,
    IF_CLAUSE,
    INDEFINITE,
    INDEFINITES,
    INTERRUPTED,
    LIKELY,
    MODAL_END,
    NAME_WORD_BEFORE,
    NARRATION,
    NEGATION,
    NEGATIONS,
    NO_CLAIM,
    NOT_A_PROSPECT,
    NOT_AFTER,
    NOT_DONE,
    NOT_NOW,
    NOTHING_AFTER,
    OBLIGATION,
    OTHERWISE,
    PAST_ANCHOR,
    PAST_PARTICIPLE,
    PAST_PERFECT,
    PAST_PERFECT_STATUSES,
    PAST_PLAN,
    PAST_SCHEDULE,
    PAST_YEAR,
    PERFECT,
    POLL,
    PROSE_WORD,
    PURPOSE,
    QUOTED_QUESTION,
    READING,
    REASON,
    RELATIVE,
    REPORTED_OR_FEARED,
    SPEAKING_FOR,
    SPECULATION,
    TELLS_YOU,
    TO_END,
    VOWING_MODAL,
    WOULD,
)
from briefing.analysis.next_steps.party_words import FORCES
from briefing.analysis.next_steps.subjects import anyone_at_all, names_a_party, subject_words
from briefing.analysis.next_steps.timing import time_phrase
from briefing.analysis.text.segmentation import Sentence

REACH = 200  # a pathological sentence may be a whole book: look back a bounded way


@dataclass(frozen=True)
class Cue:
    """A cue of something to come, in its sentence: what every background rule reads.

    `parties` are the words of the known actors' names, who can act on what a modal says ('Russia will').
    """

    text: str
    low: str
    match: re.Match[str]
    status: str
    sentence: Sentence
    parties: Collection[str] = ()

    @property
    def pos(self) -> int:
        return self.match.start()

    @property
    def said(self) -> str:
        return self.match.group()


def _capitalised_modal(c: Cue) -> bool:
    """'Will Smith', 'in May': a modal written with a capital is a name or a month."""
    return CASE_MATTERS.fullmatch(c.low, c.pos, c.match.end()) is not None and not c.text[c.pos].islower()


def _in_a_name(c: Cue) -> bool:
    """'before the U.S. Court of Appeals for the District': a capitalised cue after a name word, in a sentence of
    prose (a Title Case headline, 'Trump Urges Voters To Turn Out', is read as it stands)."""
    if not c.text[c.pos].isupper() or NAME_WORD_BEFORE.search(c.text, max(c.sentence.start, c.pos - 40), c.pos) is None:
        return False
    return len(PROSE_WORD.findall(c.text, c.sentence.start, min(c.sentence.end, c.sentence.start + 400))) >= 5


def _otherwise(c: Cue) -> bool:
    """'areas that would otherwise not have access to capital': what would be without something, no prospect."""
    return MODAL_END.search(c.said) is not None and OTHERWISE.match(c.low, c.match.end()) is not None


def _modal_in_its_own_clause(c: Cue) -> bool:
    """'said ... the days when his family would return', 'anything that will help': no prospect of a party's."""
    modal = MODAL_END.search(c.said)
    ends = [c.pos + modal.start()] if modal and modal.start() else []
    if CASE_MATTERS.fullmatch(c.low, c.pos, c.match.end()) or c.low.startswith("would", c.pos):
        ends.append(c.pos)
    return any(NOT_A_PROSPECT.search(c.low, max(0, at - 40), at) for at in ends)


def _elliptical(c: Cue) -> bool:
    """'“I would,” Melanie said', 'and neither, I suspect, will you.': a modal with no verb after it echoes or
    answers, no step ('he said he would not.' still rules it out)."""
    return (c.status != "ruled out" and MODAL_END.search(c.said) is not None
            and ELLIPTICAL.match(c.low, c.match.end()) is not None)


def _old_news(c: Cue) -> bool:
    """'a similar swap was called off at the last minute in 2023', 'Years ago the summit was cancelled', 'In 2022,
    the junta pushed back a planned referendum': a cancellation or postponement of long ago ('was shelved last
    week' is news: what will not happen now)."""
    if c.status not in ("postponed", "ruled out") or not PAST_PARTICIPLE.search(c.said):
        return False
    before = max(c.sentence.start, c.pos - REACH)
    return (PAST_YEAR.search(c.low, c.match.end(), min(c.sentence.end, c.match.end() + 80)) is not None
            or PAST_ANCHOR.search(c.low, before, c.pos) is not None
            or PAST_YEAR.search(c.low, before, c.pos) is not None)


def _said_before(c: Cue) -> bool:
    """'the IMF had warned', 'He had planned to retire': said or planned before the story ('had agreed' binds)."""
    past = c.status in PAST_PERFECT_STATUSES or c.low.startswith(PAST_PLAN, c.pos)
    return past and PAST_PERFECT.search(c.low, max(0, c.pos - 20), c.pos) is not None


def _not_done(c: Cue) -> bool:
    """'Trump did not unveil plans to pay for it', 'I didn't expect him to': nothing to come."""
    return c.status != "ruled out" and NOT_DONE.search(c.low, max(c.sentence.start, c.pos - 30), c.pos) is not None


def _habit(c: Cue) -> bool:
    """'The market opens every Sunday', 'politics will always reward the bold', 'Every few months a new study
    promises that ...': what always happens."""
    return (ALWAYS.match(c.low, c.match.end()) is not None
            or EVERY.search(c.low, c.pos, min(c.sentence.end, c.match.end() + 60)) is not None
            or EVERY_OPENING.match(c.low, c.sentence.start) is not None)


def _habitual_saying(c: Cue) -> bool:
    """'Brandt likes to say that his tariffs will make Veldan great', 'would have us believe that the future has
    arrived': what someone is in the habit of saying, not a step anyone announced."""
    m = HABITUAL_SAYING.search(c.low, _reach(c.sentence, c.pos), min(c.sentence.end, c.pos + 30))
    return m is not None and m.start() <= c.pos  # the cue may be the saying's own 'would'


def _narrated(c: Cue) -> bool:
    """'she then urges him to get out of the car': a telling of what happened, step by step, not what is to come."""
    return NARRATION.search(c.low, max(c.sentence.start, c.pos - 12), c.pos) is not None


def _future_in_the_past(c: Cue) -> bool:
    """'Five years ago I wrote that the tram would be a white elephant', 'said they could hear gunfire', 'so fast
    that they could only climb onto the roofs', 'Back when it signed the treaty, the country pledged that it would
    lift the limits': a 'would' or 'could' seen from a time gone by ('Two weeks ago she said she would resign next
    month' still looks ahead: it names a date)."""
    if c.low.startswith(("would", "could"), c.pos):
        return (ABILITY.match(c.low, c.match.end()) is not None
                or (c.low.startswith("could", c.pos) and COULD_ONLY.match(c.low, c.match.end()) is not None)
                or PAST_ANCHOR.search(c.low, max(c.sentence.start, c.pos - REACH), c.pos) is not None)
    if WOULD.search(c.said) is None or _dated(c.text, c.match, c.sentence):
        return False  # "pledged that ... it would": the report's own 'would'
    return PAST_ANCHOR.search(c.low, max(c.sentence.start, c.pos - REACH), c.pos) is not None


def _feeling(c: Cue) -> bool:
    """'Residents said they would never forget the night', 'We will always remember them', 'I won't forgive them':
    a vow about memory or feeling, no event to come ('will remember the victims on Sunday' names one)."""
    return (VOWING_MODAL.search(c.said) is not None and FEELING.match(c.low, c.match.end()) is not None
            and not _dated(c.text, c.match, c.sentence))


def _cut_short(c: Cue) -> bool:
    """'The ferry was due to dock in Piraeus on Saturday when it caught fire': a timetable that what happened
    ended; 'The ferry was due to dock on Saturday, the company said' still stands."""
    return (c.low.startswith(PAST_SCHEDULE, c.pos)
            and INTERRUPTED.search(c.low, c.match.end(), c.sentence.end) is not None)


def _state_in_doubt(c: Cue) -> bool:
    """'veterans might not be as strong', 'My name may not be on the ballot': a doubt about how things are;
    'A judge may not enforce the subpoena' foretells."""
    return (c.low.startswith(("may", "might"), c.pos) and NOT_AFTER.match(c.low, c.match.end()) is not None
            and event_follows(c.low, c.match.end(), c.sentence.end) is not True)


def _reading(c: Cue) -> bool:
    """'The endorsements may highlight the editors' distrust', 'could illustrate how far it drifted': a maybe
    about what things show, not about what is to come."""
    return c.low.startswith(("may", "might", "could"), c.pos) and READING.match(c.low, c.match.end()) is not None


def _relative(c: Cue) -> bool:
    """'raise the money it needs to feed them', 'the reasons that donors should give': the cue describes a thing
    in a clause of its own; nobody is asked or plans anything there."""
    return RELATIVE.search(c.low, max(c.sentence.start, c.pos - 60), c.pos) is not None


def _aside(c: Cue) -> bool:
    """'I'll tell you, there is an issue ...', 'So I will say it plainly', 'I'd say it is over', 'I would call it
    a message', 'The council will tell you that usage has fallen': an aside or a saying, no step."""
    after, will = c.match.end(), c.said.endswith(("will", "ll"))
    if will and TELLS_YOU.match(c.low, after):
        return True
    first = c.said.startswith(ASIDE_SPEAKERS) or FIRST_PERSON_BEFORE.search(c.low, max(0, c.pos - 4), c.pos) is not None
    aside = ASIDE_WILL if will else ASIDE_WOULD if c.said.endswith(("would", "’d", "'d")) else None
    return first and aside is not None and aside.match(c.low, after) is not None


def _unwanted(c: Cue) -> bool:
    """'I don't want to interrupt', 'does not want to enter into talks': a present unwillingness, no step."""
    return c.low.startswith("want", c.pos) and NOT_NOW.search(c.low, max(0, c.pos - 20), c.pos) is not None


def _quoted_question(c: Cue) -> bool:
    """'“Mr President, will you pledge not to pardon her?” he asks.': asked inside the quote, not announced."""
    return QUOTED_QUESTION.match(c.low, c.pos, c.sentence.end) is not None


def _in_the_condition(c: Cue) -> bool:
    """'If Mr Haddad could make money doing it, ...': the modal is part of the condition, not what follows it."""
    return MODAL_END.search(c.said) is not None and IF_CLAUSE.search(c.low, max(0, c.pos - 50), c.pos) is not None


def _nobody_acts(c: Cue) -> bool:
    """'no third country has agreed to take them': nothing is agreed ('Neither side plans to' is ruled out;
    'Nobody should be allowed to block it' is a demand)."""
    return (c.status not in ("ruled out", "demanded") and not c.low.startswith(PAST_PLAN, c.pos)
            and negated_subject(c.low, c.sentence.start, c.pos))


def _anyone_acts(c: Cue) -> bool:
    """'Every few years, someone proposes a wealth tax': a habit of the world, no party's plan."""
    return _subject_is(INDEFINITE, INDEFINITES, c.low, c.sentence.start, c.pos)


def _claim(c: Cue) -> bool:
    """'insists that the siege is aimed only at the militias': a claim, not a demand."""
    return c.status == "demanded" and c.said.endswith("that") and CLAIM.match(c.low, c.match.end()) is not None


def _nothing_follows(c: Cue) -> bool:
    """'“Who pays?” Mr Haddad demanded.', 'the message this is sending.': nothing to come follows the verb."""
    return (c.status in ("demanded", "planned", "proposed") and BARE_VERB.search(c.said) is not None
            and NOTHING_AFTER.match(c.low, c.match.end(), c.sentence.end) is not None)


def _purpose(c: Cue) -> bool:
    """'the GOP's most important goal was to make him a one-term president': a purpose, not a timetable."""
    return (c.low.startswith(("was to", "were to"), c.pos)
            and PURPOSE.search(c.low, max(0, c.pos - 14), c.pos) is not None)


def _mood(c: Cue) -> bool:
    """'some in the city were ready to return to normal': a mood, unless someone reports an offer."""
    return (c.low.startswith(("was ready", "was willing", "were ready", "were willing"), c.pos)
            and not SAID.search(c.low, _reach(c.sentence, c.pos), c.pos))


def _doubt(c: Cue) -> bool:
    """'It's unclear whether a vote will be scheduled': a question, not a plan."""
    return DOUBT.search(c.low, max(c.sentence.start, c.pos - 60), c.pos) is not None


def _reason(c: Cue) -> bool:
    """'jailed for refusing to testify': the refusal is the reason for what happened, not what is to come."""
    return ((c.status == "ruled out" or BY_MEANS.match(c.said) is not None)
            and REASON.search(c.low, max(0, c.pos - 12), c.pos) is not None)


def _no_event(c: Cue) -> bool:
    """'may have failed', 'plans to his party', 'Perhaps the moderators will': nothing to come follows the cue."""
    return not _looks_ahead(c.text, c.low, c.match, c.sentence)


# The background rules, in order: the first that holds reads the cue past, and its name is the verdict.
BACKGROUND_RULES: tuple[tuple[str, Callable[[Cue], bool]], ...] = (
    ("capitalised modal", _capitalised_modal),
    ("in a name", _in_a_name),
    ("modal in its own clause", _modal_in_its_own_clause),
    ("elliptical modal", _elliptical),
    ("otherwise", _otherwise),
    ("old news", _old_news),
    ("said before", _said_before),
    ("not done", _not_done),
    ("habit", _habit),
    ("habitual saying", _habitual_saying),
    ("narrated", _narrated),
    ("future in the past", _future_in_the_past),
    ("feeling", _feeling),
    ("cut short", _cut_short),
    ("state in doubt", _state_in_doubt),
    ("reading", _reading),
    ("relative clause", _relative),
    ("aside", _aside),
    ("unwanted", _unwanted),
    ("in the condition", _in_the_condition),
    ("quoted question", _quoted_question),
    ("nobody acts", _nobody_acts),
    ("anyone acts", _anyone_acts),
    ("claim", _claim),
    ("nothing follows", _nothing_follows),
    ("purpose", _purpose),
    ("mood", _mood),
    ("doubt", _doubt),
    ("reason", _reason),
    ("no event", _no_event),
)


def background(cue: Cue) -> str | None:
    """The name of the first background rule that reads the cue past, or None when it speaks of a step.

    'Will Smith' -> 'capitalised modal'; 'had urged' -> 'said before'; 'will find it hard' -> 'no event';
    'will meet' -> None.
    """
    return next((name for name, rule in BACKGROUND_RULES if rule(cue)), None)


def forecast_only(c: Cue) -> bool:
    """'Temperatures will keep rising', 'The vote will deepen the split': a bare 'will' with no date and a subject
    that cannot act on it foretells, before no event or with an event as its subject (nobody's plan: what the
    vote does), and so does a force whatever follows ('Officials fear the toll will rise'); 'The committee will
    decide', 'Voters will vote' plan."""
    if FORETOLD.fullmatch(c.said) is None or _dated(c.text, c.match, c.sentence):
        return False
    words, at_start = subject_words(c.text, c.sentence.start, c.pos)
    if any(w.lower() in FORCES for w in words):
        return True
    if words and words[-1].lower() in EVENT_NOUNS:
        return event_does(c, words)
    return (event_follows(c.low, c.match.end(), c.sentence.end) is not True
            and not names_a_party(words, at_start, c.parties))


def event_does(c: Cue, words: list[str]) -> bool:
    """'The vote will [deepen] the split', 'the deal could [unravel]': an event as the subject and a verb of what it
    does, nobody's plan; not 'the talks will [resume]' (its happening) nor 'the truce will [allow] them to deliver
    food' (what the event lets a party do is that party's plan)."""
    if not words or words[-1].lower() not in EVENT_NOUNS:
        return False
    verbs = [w for w in VERB_WORD.findall(c.low, c.match.end(), min(c.sentence.end, c.match.end() + 40))[:3]
             if not SKIPPED_WORDS.fullmatch(w)]
    return bool(verbs) and verbs[0] not in HAPPENING_VERBS and verbs[0] not in ENABLING


def party_intends(c: Cue) -> bool:
    """'The coastguard said it would continue the search', 'Rebel leaders said they would retaliate': a 'would'
    whose subject can act, before an event, reports what that party means to do (after a verb of saying, 'it'
    and 'they' are the party that speaks); 'said the storm would weaken' foretells."""
    modal = WOULD.search(c.said)
    if modal is None or event_follows(c.low, c.match.end(), c.sentence.end) is not True:
        return False
    at = c.pos + modal.start()
    words, at_start = subject_words(c.text, c.sentence.start, at)
    if modal.start() and words and words[0].lower() in SPEAKING_FOR:
        return True  # "said they would": the cue holds the report
    return names_a_party(words, at_start, c.parties)


def negated_subject(low: str, sentence_start: int, pos: int) -> bool:
    """'[No third country] has agreed', '[Neither side] plans to': the subject of the cue at `pos` is nobody."""
    return _subject_is(NEGATION, NEGATIONS, low, sentence_start, pos)


def _subject_is(quick: re.Pattern[str], words: frozenset[str], low: str, sentence_start: int, pos: int) -> bool:
    """Whether the subject of the cue at `pos` opens with one of `words` (`quick` finds any of them cheaply)."""
    if not quick.search(low, max(sentence_start, pos - 80), pos):
        return False  # most clauses hold none of them: skip finding the subject
    subject = subject_words(low, sentence_start, pos)[0]
    return bool(subject) and subject[0] in words


def _looks_ahead(text: str, low: str, cue: re.Match[str], sentence: Sentence) -> bool:
    """Whether what a modal or a 'to' leads to is still to come.

    A forecast counts, whoever makes it ('A trade war would hurt both', 'it may not make it in time if ...');
    not a look back ('may have failed', 'if he had any intention, he would'), a guess ('Perhaps ... will'), a poll,
    people in general ('Some readers will call this a wasted vote'), or a plan of no event ('plans to his party').
    """
    said, pos = cue.group(), cue.start()
    if not MODAL_END.search(said) and not LIKELY.search(said):
        if OBLIGATION.search(said):
            return True  # "there needs to be a law": what someone asks for need not be an event
        return not TO_END.search(said) or event_follows(low, cue.end(), sentence.end, judged=False) is not False
    around = _reach(sentence, pos), min(sentence.end, cue.end() + REACH)
    if CONDITIONAL.search(said) and COUNTERFACTUAL.search(low, *around):
        return False
    if SPECULATION.match(low, sentence.start) or POLL.search(low, *around):
        return False
    if NO_CLAIM.match(low, cue.end()) or PERFECT.match(low, cue.end()):
        return False
    return not (_about_anyone(text, low, cue, sentence)
                and not REPORTED_OR_FEARED.search(low, _reach(sentence, pos), pos))


def _reach(sentence: Sentence, pos: int) -> int:
    """Where a look around `pos` for a report, a condition or a poll starts: the sentence start, or REACH before."""
    return max(sentence.start, pos - REACH)


def _dated(text: str, cue: re.Match[str], sentence: Sentence) -> bool:
    """Whether a time phrase follows the cue closely: 'will premiere [on Sept. 30]'."""
    return time_phrase(text, cue.end(), min(sentence.end, cue.end() + 80)) is not None


def _about_anyone(text: str, low: str, cue: re.Match[str], sentence: Sentence) -> bool:
    """An undated forecast about people in general, not a party's plan: 'Some readers will call this a wasted
    vote.' A condition is no objection: 'If the case reaches the high court, it may not make it in time' foretells.
    """
    start = _reach(sentence, cue.start())
    if not GENERAL.search(low, start, cue.start()) or _dated(text, cue, sentence):
        return False  # most cues have none: skip finding the subject
    return anyone_at_all(subject_words(text, sentence.start, cue.start())[0])

