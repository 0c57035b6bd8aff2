"""Cues that say nothing of an event to come: past demands, doubts, guesses, judgements and hypotheticals.

'had urged' (said before the story), 'unclear whether ... will', 'Perhaps ... will', 'will find it hard'
(a judgement), 'if he were elected, he would' (a hypothetical) are read past; 'will meet' is not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass

from briefing.analysis.next_steps.cues import CASE_MATTERS, SAID, SAY, time_phrase
from briefing.analysis.next_steps.event_verbs import event_follows
from briefing.analysis.next_steps.subjects import anyone_at_all, names_a_party, subject_words
from briefing.analysis.text.segmentation import Sentence

# Cues that only date something ("upcoming", "next week"): the event must come from the rest of the clause.
TIME_ONLY = re.compile(r"upcoming|forthcoming|ahead|next|this|in\s+the\s+coming|tomorrow|later")
# "had pressed for them to meet", "the IMF had warned": said or planned before the story, background now.
PAST_PERFECT = re.compile(r"\bhad\s+(?:\w+\s+)?$")
PAST_PERFECT_STATUSES = frozenset({"demanded", "proposed", "threatened", "expected"})
# "He had planned to retire in 2020": a plan of the past; "had agreed to meet" still binds.
PAST_PLAN = ("plan", "intend")
# "Trump did not unveil plans to pay for it", "I didn't expect him to": nothing to come.
NOT_DONE = re.compile(r"\b(?:(?:did|have|has)\s+not|(?:didn|haven|hasn)[’']t|never)\s+(?:\w+\s+){0,2}$")
# "will ballot its members", "said the party would not pay compensation", "said she will not concede": said for
# certain, not supposed; "she won't fully bounce back" is a forecast.
PLAIN_FUTURE = re.compile(r"(?:will|will\s+not|won[’']t|would\s+not|wouldn[’']t)$")
NEGATIVE = re.compile(r"(?:not|n[’']t)$")  # a refusal of no known kind must be reported: "she won't fully bounce back"
# "the moderators will likely over-correct": a guess, as weak as "would".
HEDGED = re.compile(r"\s+(?:likely|probably|possibly|perhaps)\b")
NO_CLAIM = re.compile(r"\s+(?:not\s+)?necessarily\b")  # "will not necessarily translate into success"
NOT_A_PROSPECT = re.compile(r"\b(?:something|anything|nothing|everything|what|whatever|how|whether|when|unclear"
                            r"|uncertain)\s+(?:\w+\s+){0,4}$|\bas\s+$|\bbefore\s+(?:\w+\s+){1,3}$"
                            r"|\b(?:the|its|their|his|her|our|military|economic|naval|full|all|of|with)\s+$")
# "insisted that the ceasefire was holding": what follows "that" is stated as fact, not asked for.
CLAIM = re.compile(r"\s+(?:(?!(?:should|must|will|would|be)\b)[\w’'-]+\s+){1,6}?"
                   r"(?:is|are|was|were|has|have|had|does|do|did)\b")
# "no third country has agreed to take them", "Neither side plans to": nothing is to come.
NEGATIONS = frozenset({"no", "neither", "none", "nobody"})
NEGATION = re.compile(r"\b(?:no|neither|none|nobody)\b")
INDEFINITES = frozenset({"someone", "somebody", "anyone", "anybody", "everyone", "everybody"})
INDEFINITE = re.compile(r"\b(?:some|any|every)(?:one|body)\b")
# "urging Moscow to “reciprocate”": what is asked for is in the speaker's words, a statement.
QUOTED_OBJECT = re.compile(r"[^.;“”\"]{0,40}?\bto\s+[“\"‘]")
# A bare "could" is analysis ("resources could be better spent"); one someone reports, or with a date, is a
# prospect ("indicated that it might walk away ... if there was no progress").
REPORTED = re.compile(rf"\b{SAY}\b|\b(?:warn\w*|fear\w*|according\s+to)\b")
# "the government might withdraw if attacks continue": a party's choice under a condition is a prospect too.
CONDITION = re.compile(r"\b(?:if|unless)\b")
REACH = 200  # a pathological sentence may be a whole book: look back a bounded way
GENERAL_OR_IF = re.compile(r"\b(?:if|unless|some|most|many|few|every|any|each|no|anyone|everyone|nobody|whoever)\b")
NOTHING_AFTER = re.compile(r"\W*$")
BARE_VERB = re.compile(r"^\S+(?:\s+\S+)?(?:ed|ing|s)$")  # "demanded", "is sending"; not "invited him for talks"
# "It's unclear whether a vote will be scheduled": a question, not a plan.
DOUBT = re.compile(r"\b(?:whether|unclear|uncertain)\s+(?:\S+\s+){0,8}$")
# "Another 19 percent said they would not pick either candidate": what a poll's respondents would do.
POLL = re.compile(rf"(?:\bpercent|\bper\s+cent|%)\s+(?:of\s+\w+\s+)?{SAY}\b")
# "Perhaps the moderators will demand more details": the writer guessing.
SPECULATION = re.compile(r"\W*(?:perhaps|maybe)\b")
# "is likely to placate nervous Democrats": as weak as "will", so its verb needs to be an event or dated.
LIKELY = re.compile(r"likely\s+to$")
# "jailed for refusing to testify": the refusal is the reason for what happened, not what is to come.
REASON = re.compile(r"\b(?:for|after|by|of|despite)\s+$")
# "three ways to enforce a subpoena: by asking prosecutors to charge him": a means, not a demand.
BY_MEANS = re.compile(r"\w+ing\b")
# "the GOP's most important goal was to make him a one-term president": a purpose, not a timetable.
PURPOSE = re.compile(r"\b(?:goal|aim|objective|purpose|idea|point|task|job|priority|intention|mission|strategy|hope)"
                     r"\s+$")
# A cue whose verb follows it: "will [meet]", "is expected to [attend]", "warned that it would [respond]".
MODAL_END = re.compile(r"(?:will|would|could|may|might|shall|won[’']t|wouldn[’']t|not|going\s+to)$")
TO_END = re.compile(r"\bto$")
CONDITIONAL = re.compile(r"(?:would|could|might|wouldn[’']t)$")
# "if his candidate were to win, she would sign it", "if he had any intention, he would": a hypothetical;
# "a larger quake could strike at any time": a generic possibility, no event.
HYPOTHETICAL = re.compile(r"\bif\b[^.;]{0,80}?\b(?:were|had)\b|\bat\s+any\s+(?:time|moment)\b")


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


def _modal_in_its_own_clause(c: Cue) -> bool:
    """'said ... the days when his family would return', 'anything that will help': no prospect of a party's."""
    modal = MODAL_END.search(c.said)
    ends = [c.pos + modal.start()] if modal and modal.start() else []
    if CASE_MATTERS.fullmatch(c.low, c.pos, c.match.end()) or c.low.startswith("would", c.pos):
        ends.append(c.pos)
    return any(NOT_A_PROSPECT.search(c.low, max(0, at - 40), at) for at in ends)


def _said_before(c: Cue) -> bool:
    """'the IMF had warned', 'He had planned to retire': said or planned before the story ('had agreed' binds)."""
    past = c.status in PAST_PERFECT_STATUSES or c.low.startswith(PAST_PLAN, c.pos)
    return past and PAST_PERFECT.search(c.low, max(0, c.pos - 20), c.pos) is not None


def _not_done(c: Cue) -> bool:
    """'Trump did not unveil plans to pay for it', 'I didn't expect him to': nothing to come."""
    return c.status != "ruled out" and NOT_DONE.search(c.low, max(c.sentence.start, c.pos - 30), c.pos) is not None


def _nobody_acts(c: Cue) -> bool:
    """'no third country has agreed to take them': nothing is agreed ('Neither side plans to' is ruled out)."""
    return (c.status != "ruled out" and not c.low.startswith(PAST_PLAN, c.pos)
            and negated_subject(c.low, c.sentence.start, c.pos))


def _anyone_acts(c: Cue) -> bool:
    """'Every few years, someone proposes a wealth tax': a habit of the world, no party's plan."""
    return _subject_is(INDEFINITE, INDEFINITES, c.low, c.sentence.start, c.pos)


def _quoted_object(c: Cue) -> bool:
    """'urging Moscow to “reciprocate”': what is asked for is in the speaker's words, a statement."""
    return c.status in ("demanded", "proposed") and QUOTED_OBJECT.match(c.low, c.match.end()) is not None


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
    """'will find it hard', 'would be a mistake': the verb after the modal or 'to' is a judgement, not an event."""
    return not _names_an_event(c.text, c.low, c.match, c.sentence, c.parties)


def _unreported_possibility(c: Cue) -> bool:
    """'Resources could be better spent': a bare 'could' is analysis, unless someone reports it, it has a date
    or a party's choice hangs on a condition ('might withdraw if attacks continue'); 'are considering' is kept."""
    if c.status != "possible" or not MODAL_END.search(c.said):
        return False
    bounds = _reach(c.sentence, c.pos), min(c.sentence.end, c.match.end() + REACH)
    if REPORTED.search(c.low, *bounds) or time_phrase(c.text, *bounds):
        return False
    return not (CONDITION.search(c.low, *bounds) and _party_acts(c.text, c.pos, c.sentence, c.parties))


# The background rules, in order: the first that holds reads the cue past, and its name is the verdict.
BACKGROUND_RULES: tuple[tuple[str, Callable[[Cue], bool]], ...] = (
    ("capitalised modal", _capitalised_modal),
    ("modal in its own clause", _modal_in_its_own_clause),
    ("said before", _said_before),
    ("not done", _not_done),
    ("nobody acts", _nobody_acts),
    ("anyone acts", _anyone_acts),
    ("quoted object", _quoted_object),
    ("claim", _claim),
    ("nothing follows", _nothing_follows),
    ("purpose", _purpose),
    ("mood", _mood),
    ("doubt", _doubt),
    ("reason", _reason),
    ("no event", _no_event),
    ("unreported possibility", _unreported_possibility),
)


def background(cue: Cue) -> str | None:
    """The name of the first background rule that reads the cue past, or None when it speaks of a step.

    'Will Smith' -> 'capitalised modal'; 'had urged' -> 'said before'; 'will find it hard' -> 'no event';
    'will meet' -> None.
    """
    return next((name for name, rule in BACKGROUND_RULES if rule(cue)), None)


def negated_subject(low: str, sentence_start: int, pos: int) -> bool:
    """'[No third country] has agreed', '[Neither side] plans to': the subject of the cue at `pos` is nobody."""
    return _subject_is(NEGATION, NEGATIONS, low, sentence_start, pos)


def _subject_is(quick: re.Pattern[str], words: frozenset[str], low: str, sentence_start: int, pos: int) -> bool:
    """Whether the subject of the cue at `pos` opens with one of `words` (`quick` finds any of them cheaply)."""
    if not quick.search(low, max(sentence_start, pos - 80), pos):
        return False  # most clauses hold none of them: skip finding the subject
    subject = subject_words(low, sentence_start, pos)[0]
    return bool(subject) and subject[0] in words


def _names_an_event(text: str, low: str, cue: re.Match[str], sentence: Sentence, parties: Collection[str]) -> bool:
    """Whether the verb a modal or 'to' leads to is an event, not a judgement ('will find it hard').

    A modal before a verb of no known kind needs a date close after it ('will premiere on Sept. 30');
    'would' and 'could' in a hypothetical ('if he were elected, he would') or a guess ('Perhaps ... will') never do.
    """
    said, pos = cue.group(), cue.start()
    if not MODAL_END.search(said) and not LIKELY.search(said):
        return not TO_END.search(said) or event_follows(low, cue.end(), sentence.end, judged=False) is not False
    around = _reach(sentence, pos), min(sentence.end, cue.end() + REACH)
    if CONDITIONAL.search(said) and HYPOTHETICAL.search(low, *around):
        return False
    if SPECULATION.match(low, sentence.start) or POLL.search(low, *around):
        return False
    if NO_CLAIM.match(low, cue.end()):
        return False
    if _about_anyone(text, low, cue, sentence, parties) and not REPORTED.search(low, _reach(sentence, pos), pos):
        return False
    verdict = event_follows(low, cue.end(), sentence.end)
    if verdict is not None:
        return verdict
    # "The union will ballot its members": a plain "will" before a verb of no known kind is taken at its word
    # when someone reports it or a party is to act ("Temperatures will keep rising" is the writer's forecast);
    # "would", "could", "may" before one ("could embrace a policy") need a date.
    if _dated(text, cue, sentence):
        return True
    if not PLAIN_FUTURE.search(said) or HEDGED.match(low, cue.end()):
        return False
    if REPORTED.search(low, _reach(sentence, pos), cue.end()):  # "said he would not pay": the cue may be the report
        return True
    return not NEGATIVE.search(said) and _party_acts(text, pos, sentence, parties)


def _reach(sentence: Sentence, pos: int) -> int:
    """Where a look around `pos` for a report, a condition or a poll starts: the sentence start, or REACH before."""
    return max(sentence.start, pos - REACH)


def _dated(text: str, cue: re.Match[str], sentence: Sentence) -> bool:
    """Whether a time phrase follows the cue closely: 'will premiere [on Sept. 30]'."""
    return time_phrase(text, cue.end(), min(sentence.end, cue.end() + 80)) is not None


def _about_anyone(text: str, low: str, cue: re.Match[str], sentence: Sentence, parties: Collection[str]) -> bool:
    """An undated forecast about people in general or under the writer's condition, not a party's plan.

    'Some readers will call this a wasted vote.', 'If the economy slows, unemployment will rise.'
    """
    start = _reach(sentence, cue.start())
    if not GENERAL_OR_IF.search(low, start, cue.start()) or _dated(text, cue, sentence):
        return False  # most cues have neither: skip finding the subject
    words, at_start = subject_words(text, sentence.start, cue.start())
    if anyone_at_all(words):
        return True
    return bool(CONDITION.search(low, start, cue.start())) and not names_a_party(words, at_start, parties)


def _party_acts(text: str, modal: int, sentence: Sentence, parties: Collection[str]) -> bool:
    """Whether the subject of the modal at `modal` can act: 'the committee [will]', not 'Those numbers [will]'."""
    return names_a_party(*subject_words(text, sentence.start, modal), parties)
