"""Next steps: what the text says will, may or will not happen.

Each sentence outside quotation marks that holds a cue of what is to come is one next step ("Russian
forces are preparing a fresh military offensive"); a sentence whose clauses (split at ";", ", and",
", while", ", but") each hold a cue gives one step per clause. The cue sets the status; a time phrase
("on Friday", "in the coming days") sets `when`; the given actors the step names, by any alias, are its
actors. Words inside quotation marks are what someone said, and are left to the statements, unless the writer
reports them as a plan ('The army said it “will launch a counteroffensive next week”').
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from briefing.analysis.next_steps.cues import CLAUSE_BREAK, CUE, SAID, STATUS, STATUSES, time_phrases
from briefing.analysis.next_steps.event_verbs import event_follows
from briefing.analysis.next_steps.filters import MODAL_END, TIME_ONLY, Cue, background, forecast_only, negated_subject
from briefing.analysis.text.folding import lower_keeping_offsets
from briefing.analysis.text.headlines import skipped_headlines
from briefing.analysis.text.quoted_spans import Spans, quote_around, quoted_spans
from briefing.analysis.text.segmentation import Doc, Sentence
from briefing.model import Actor, NextStep, Statement

WORD = re.compile(r"\w+")
SUPPOSE = re.compile(r"\W*(?:say|suppose|imagine|what\s+if)\b", re.IGNORECASE)
QUESTION = re.compile(r"\?[’”\"'\s]*$")
# "So why would Trump even go down that road.": a question a transcript ends with a full stop.
ASKED = re.compile(r"\W*(?:(?:and|but|so|then)\s+)?(?:why|how|what|where|who)\s+(?:would|will|could|should|can|might"
                   r"|may|must)\b", re.IGNORECASE)
# "CLARIFICATION: The first sentence has been clarified ...": the editor speaking of the article, not of events.
EDITORS_NOTE = re.compile(r"\W*(?:clarification|correction|editor[’']s\s+note|update|this\s+(?:post|story|article)"
                          r"\s+has\s+been\s+(?:updated|corrected|clarified))\b", re.IGNORECASE)
STOPWORDS = frozenset("the a an of to in on and for with that is are was were has have had by at it its his her"
                      .split())
CARRIED_MODAL = re.compile(r"\b(?:would|will)\b")
NOT_ANNOUNCED = (QUESTION, ASKED, SUPPOSE, EDITORS_NOTE)
# A clause is read for at most this many cues (a pathological one may hold thousands).
MAX_CUES = 24
# ... and within this many characters: a real sentence is far shorter; a "sentence" of a whole book is not read on.
MAX_CLAUSE = 5_000
# A headline repeats the lead; a step compares itself with this many earlier ones (bounded: stays linear).
RECENT = 20


def find_next_steps(doc: Doc, actors: Sequence[Actor] = (),
                    statements: Sequence[Statement] = ()) -> tuple[NextStep, ...]:
    """What is to come, one step per sentence (or per clause), headline repeats dropped.

    'Mr Peskov said Mr Putin has no plans to meet with Mr Trump in the coming days.'
    -> status 'ruled out', when 'in the coming days', actors the given actors it names (Peskov, Putin, Trump).
    A step said inside quotation marks has the speaker of its statement among its actors:
    '“We will impose sanctions by Friday,” the minister said.' -> the minister.
    """
    names = _alias_pattern(actors)
    parties = frozenset(word for alias in names[1] for word in alias.split())
    low = lower_keeping_offsets(doc.text)
    headlines = skipped_headlines(doc)
    quoted = {p.index: quoted_spans(p.text, p.start) for p in doc.paragraphs}
    steps: list[tuple[NextStep, set[str]]] = []
    for sentence in doc.sentences:
        if sentence.paragraph in headlines or not CUE.search(low, sentence.start, sentence.end):
            continue
        if any(p.search(sentence.text) if p is QUESTION else p.match(sentence.text) for p in NOT_ANNOUNCED):
            continue  # "But has he called for changing any of them?", "Say Mexico demanded ...": nothing announced
        spans = quoted.get(sentence.paragraph, ([], []))
        for start, end, status, cue in _clauses(doc.text, low, sentence, spans, parties):
            text = doc.text[start:end]
            when = _when(text, cue - start)
            if status == "planned" and when:
                status = "scheduled"  # "will meet next week": a plan with a date
            step = NextStep(text=text, actors=_actors(doc.text, start, end, names, statements), when=when,
                            status=status, start=start, end=end)
            _add_unless_repeated(steps, step)
    return tuple(step for step, _ in steps)


def _clauses(text: str, low: str, sentence: Sentence, spans: Spans,
             parties: frozenset[str]) -> list[tuple[int, int, str, int]]:
    """(start, end, status, cue) of each clause with a cue outside quotes; the whole sentence if only one has.

    Offsets are into the document; `parties` are the words of the known actors' names.
    """
    bounds = [sentence.start]
    for m in CLAUSE_BREAK.finditer(low, sentence.start, sentence.end):
        bounds += [m.start(), m.end()]
    bounds.append(sentence.end)
    found = []
    for i in range(0, len(bounds), 2):
        status, cue = _status(text, low, (bounds[i], bounds[i + 1]), sentence, spans, parties)
        if not status and i:
            status, cue = _carried_report(low, (bounds[i], bounds[i + 1]), sentence, spans)
        if status:
            found.append((bounds[i], bounds[i + 1], status, cue))
    if len(found) == 1:
        return [(sentence.start, sentence.end, found[0][2], found[0][3])]
    return found


def _carried_report(low: str, clause: tuple[int, int], sentence: Sentence, spans: Spans) -> tuple[str, int]:
    """A later clause that goes on with what was said: '..., the coastguard said, and [search vessels would resume
    operations]' -> ('expected', where 'would' is), when the modal leads to an event."""
    modal = CARRIED_MODAL.search(low, *clause)
    if (modal is None or quote_around(modal.start(), spans) is not None
            or not SAID.search(low, max(sentence.start, clause[0] - 200), clause[0])):
        return "", 0
    return ("expected", modal.start()) if event_follows(low, modal.end(), clause[1]) else ("", 0)


def _status(text: str, low: str, clause: tuple[int, int], sentence: Sentence, spans: Spans,
            parties: frozenset[str]) -> tuple[str, int]:
    """The status of a clause and where its cue is: the first verb of planning, demand, threat... governs what
    follows it; without one, the most telling modal or time word.

    'Hillary Clinton plans to call on young people to serve.' -> planned (the call is what she plans);
    'The vote will be postponed.' -> postponed (the modal only carries the verb);
    'His debate tricks won't work in the three upcoming faceoffs.' -> no status (a judgement, whatever date it names).
    """
    best, where, cue, judged = len(STATUSES), 0, None, False
    for seen, m in enumerate(STATUS.finditer(low, clause[0], min(clause[1], clause[0] + MAX_CLAUSE))):
        if seen == MAX_CUES:
            break
        rank = int((m.lastgroup or "s0")[1:])
        modal = MODAL_END.search(m.group()) is not None
        if modal and event_follows(low, m.end(), sentence.end) is False:
            judged = True
        lexical = not TIME_ONLY.match(m.group()) and (not modal or STATUSES[rank] == "ruled out")
        if (rank >= best and not lexical) or background(Cue(text, low, m, STATUSES[rank], sentence, parties)):
            continue
        best, where, cue = rank, m.start(), m
        if lexical:
            break
    if cue is None or (judged and TIME_ONLY.match(cue.group())):
        return "", 0
    status = STATUSES[best]
    if status == "planned" and negated_subject(low, sentence.start, where):
        return "ruled out", where  # "Neither side plans to attend"
    if status == "planned" and forecast_only(Cue(text, low, cue, status, sentence, parties)):
        return "expected", where  # "Temperatures will keep rising": no party to plan it
    return status, where


def _when(text: str, cue: int) -> str:
    """The time phrase nearest after the cue ('has no plans to travel [in the next few days]'), else before it."""
    last = ""
    for m in time_phrases(text):
        if m.start() >= cue:
            return m.group()
        last = m.group()
    return last


def _alias_pattern(actors: Iterable[Actor]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One pattern for every name and alias, matched as written: 'US' is not 'us', 'Will' not 'will'."""
    by_alias: dict[str, str] = {}
    for actor in actors:
        for alias in (actor.name, *actor.aliases):
            if alias.strip():
                by_alias.setdefault(alias.strip(), actor.name)
    if not by_alias:
        return None, by_alias
    alternation = "|".join(re.escape(a) for a in sorted(by_alias, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)"), by_alias


def _actors(text: str, start: int, end: int, names: tuple[re.Pattern[str] | None, dict[str, str]],
            statements: Sequence[Statement]) -> tuple[str, ...]:
    """The speakers of the statements text[start:end] overlaps, then the actors it names, in order of first mention."""
    speakers = [s.speaker for s in statements if s.speaker and s.direct and s.start is not None
                and s.end is not None and s.start < end and start < s.end]
    pattern, by_alias = names
    named = [by_alias[m.group()] for m in pattern.finditer(text, start, end)] if pattern is not None else []
    return tuple(dict.fromkeys(speakers + named))


def _content(text: str) -> set[str]:
    return {w for w in WORD.findall(text.lower()) if w not in STOPWORDS}


def _add_unless_repeated(steps: list[tuple[NextStep, set[str]]], step: NextStep) -> None:
    """'Zelenskyy says he is sending delegation' (headline) and the lead that says it at length: keep the longer."""
    words = _content(step.text)
    for i in range(max(0, len(steps) - RECENT), len(steps)):
        other, other_words = steps[i]
        shared = len(words & other_words)
        if shared >= 0.75 * min(len(words), len(other_words)) and shared >= 3:
            if len(step.text) > len(other.text):
                steps[i] = (step, words)
            return
    steps.append((step, words))
