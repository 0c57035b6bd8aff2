"""Next steps: what the text says will, may or will not happen.

A step is a trigger (a modal, a verb of planning, demand, threat, expectation, proposal, postponement or
refusal) with what it governs, inside quotation marks as outside: each sentence that holds one is a step
("Russian forces are preparing a fresh offensive"; '“We will impose sanctions by Friday,” she said'); a
sentence whose clauses (split at ";", ", while", "and that") each hold one gives one step per clause. The
first trigger sets the status, read with the negation, condition or report around it; a time phrase ("on
Friday", "in the coming days") sets `when`; the speaker of a quoted step and the given actors it names are its
actors. Questions, suppositions and editor's notes announce nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from briefing.analysis.next_steps.cues import ANY_CUE, CLAUSE_BREAK, STATUS, STATUSES
from briefing.analysis.next_steps.event_verbs import event_follows
from briefing.analysis.next_steps.filter_phrases import (
    CONTENT_WORD,
    FINAL_STOP,
    LEADING_DEBRIS,
    MODAL_END,
    NOT_ANNOUNCED,
    QUESTION,
    STOPWORDS,
    TIME_ONLY,
    TRAILING_DEBRIS,
)
from briefing.analysis.next_steps.filters import Cue, background, forecast_only, negated_subject, party_intends
from briefing.analysis.next_steps.timing import time_phrases
from briefing.analysis.text.folding import lower_keeping_offsets
from briefing.analysis.text.headlines import skipped_headlines
from briefing.analysis.text.segmentation import Doc, Sentence
from briefing.model import Actor, NextStep, Statement

# A clause is read for at most this many cues (a pathological one may hold thousands).
MAX_CUES = 24
# ... and within this many characters: a real sentence is far shorter; a "sentence" of a whole book is not read on.
MAX_CLAUSE = 5_000
# The marks that close a quotation; one ends a clause whose quote opened a sentence before.
CLOSING_QUOTES = frozenset('”"')
# A headline repeats the lead; a step compares itself with this many earlier ones (bounded: stays linear).
RECENT = 20


@dataclass(frozen=True)
class CueVerdict:
    """A cue the scan read, the status it carries, and the background rule that read it past (None: a step's)."""

    start: int
    end: int
    status: str
    rule: str | None


def cue_verdicts(doc: Doc, actors: Sequence[Actor] = ()) -> tuple[CueVerdict, ...]:
    """Why each cue counted or not, in text order: 'The fund had warned that ...' -> 'warned', 'said before'."""
    verdicts: list[CueVerdict] = []
    _scan(doc, actors, (), verdicts)
    return tuple(verdicts)


def find_next_steps(doc: Doc, actors: Sequence[Actor] = (),
                    statements: Sequence[Statement] = ()) -> tuple[NextStep, ...]:
    """What is to come, one step per sentence (or per clause), headline repeats dropped.

    'Mr Peskov said Mr Putin has no plans to meet with Mr Trump in the coming days.'
    -> status 'ruled out', when 'in the coming days', actors the given actors it names (Peskov, Putin, Trump).
    A step said inside quotation marks has the speaker of its statement among its actors:
    '“We will impose sanctions by Friday,” the minister said.' -> the minister.
    """
    return _scan(doc, actors, statements, None)


def _scan(doc: Doc, actors: Sequence[Actor], statements: Sequence[Statement],
          verdicts: list[CueVerdict] | None) -> tuple[NextStep, ...]:
    """The steps of the document; the verdict on every cue read goes to `verdicts` when it is a list."""
    names = _alias_pattern(actors)
    quoted = QuotedSpeakers.of(statements)
    parties = frozenset(word for alias in names[1] for word in alias.split())
    low = lower_keeping_offsets(doc.text)
    headlines = skipped_headlines(doc)
    steps: list[tuple[NextStep, set[str], bool]] = []
    for sentence in doc.sentences:
        if sentence.paragraph in headlines or not ANY_CUE.search(low, sentence.start, sentence.end):
            continue
        if QUESTION.search(sentence.text) or NOT_ANNOUNCED.match(sentence.text):
            continue  # "But has he called for changing any of them?", "Say Mexico demanded ...": nothing announced
        for start, end, status, cue in _clauses(doc.text, low, sentence, parties, verdicts):
            start, end = _trimmed(doc.text, start, end)
            text = doc.text[start:end]
            when = _when(text, cue - start)
            if status == "planned" and when:
                status = "scheduled"  # "will meet next week": a plan with a date
            step = NextStep(text=text, actors=_actors(doc.text, start, end, names, quoted), when=when,
                            status=status, start=start, end=end)
            _add_unless_repeated(steps, step)
    return tuple(step for step, _, _ in steps)


def _clauses(text: str, low: str, sentence: Sentence, parties: frozenset[str],
             verdicts: list[CueVerdict] | None) -> list[tuple[int, int, str, int]]:
    """(start, end, status, cue) of each clause with a cue; the whole sentence if only one has.

    Offsets are into the document; `parties` are the words of the known actors' names.
    """
    bounds = [sentence.start]
    for m in CLAUSE_BREAK.finditer(low, sentence.start, sentence.end):
        bounds += [m.start(), m.end()]
    bounds.append(sentence.end)
    found = []
    for i in range(0, len(bounds), 2):
        status, cue = _status(text, low, (bounds[i], bounds[i + 1]), sentence, parties, verdicts)
        if status:
            found.append((bounds[i], bounds[i + 1], status, cue))
    if len(found) == 1:
        return [(sentence.start, sentence.end, found[0][2], found[0][3])]
    return found


def _status(text: str, low: str, clause: tuple[int, int], sentence: Sentence, parties: frozenset[str],
            verdicts: list[CueVerdict] | None) -> tuple[str, int]:
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
        if rank >= best and not lexical:
            continue
        rule = background(Cue(text, low, m, STATUSES[rank], sentence, parties))
        if verdicts is not None:
            verdicts.append(CueVerdict(m.start(), m.end(), STATUSES[rank], rule))
        if rule:
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
    if status == "expected" and party_intends(Cue(text, low, cue, status, sentence, parties)):
        return "planned", where  # "The coastguard said it would continue the search": its plan
    return status, where


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause without the punctuation a split or a quote leaves at its edges: '”What is ...,' -> 'What is ...';
    'He ought to pull that back.”' (the quote opened a sentence before) -> 'He ought to pull that back.'."""
    lead = LEADING_DEBRIS.match(text, start, end)
    trail = TRAILING_DEBRIS.search(text, max(lead.end(), end - 20), end)  # bounded: a run of spaces stays linear
    start, end = lead.end(), trail.start() if trail else end
    if end - start > 1 and text[end - 1] in CLOSING_QUOTES and not _opened(text, start, end - 1):
        end -= 1
    return start, end


def _opened(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds any opening mark ('“' or '"'): only a clause with none has a stray closing one
    (house styles mix curly and straight marks, so pairs are not counted)."""
    return text.find("“", start, end) != -1 or text.find('"', start, end) != -1


def _when(text: str, cue: int) -> str:
    """The time phrase nearest after the cue ('has no plans to travel [in the next few days]'), else before it;
    read within MAX_CLAUSE of the cue, as the cue's clause is."""
    last = ""
    for m in time_phrases(text, max(0, cue - MAX_CLAUSE), min(len(text), cue + MAX_CLAUSE)):
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


@dataclass(frozen=True)
class QuotedSpeakers:
    """The direct statements with a speaker, by start, to find those a clause overlaps without reading them all."""

    starts: tuple[int, ...]
    reach: tuple[int, ...]  # the furthest end of any of the first i + 1 statements: non-decreasing, so bisectable
    spans: tuple[tuple[int, int, str], ...]

    @classmethod
    def of(cls, statements: Sequence[Statement]) -> QuotedSpeakers:
        spans = sorted(((s.start, s.end, s.speaker) for s in statements
                        if s.speaker and s.direct and s.start is not None and s.end is not None),
                       key=lambda span: span[0])  # stable: statements come in text order already
        reach, furthest = [], -1
        for _, end, _ in spans:
            furthest = max(furthest, end)
            reach.append(furthest)
        return cls(tuple(s for s, _, _ in spans), tuple(reach), tuple(spans))

    def overlapping(self, start: int, end: int) -> list[str]:
        """The speakers of the statements that overlap text[start:end], in text order."""
        first, last = bisect_right(self.reach, start), bisect_left(self.starts, end)
        return [speaker for s_start, s_end, speaker in self.spans[first:last] if s_start < end and start < s_end]


def _actors(text: str, start: int, end: int, names: tuple[re.Pattern[str] | None, dict[str, str]],
            quoted: QuotedSpeakers) -> tuple[str, ...]:
    """The speakers of the statements text[start:end] overlaps, then the actors it names, in order of first mention."""
    pattern, by_alias = names
    named = [by_alias[m.group()] for m in pattern.finditer(text, start, end)] if pattern is not None else []
    return tuple(dict.fromkeys(quoted.overlapping(start, end) + named))


def _content(text: str) -> set[str]:
    return {w for w in CONTENT_WORD.findall(text.lower()) if w not in STOPWORDS}


def _add_unless_repeated(steps: list[tuple[NextStep, set[str], bool]], step: NextStep) -> None:
    """'Zelenskyy says he is sending delegation' (headline) and the lead that says it at length: keep the longer.

    Only a line without a closing stop (a headline, a standfirst) repeats another: two sentences that share their
    words are two steps ('said it was taking steps to increase oversight' and 'said it would increase oversight').
    """
    words = _content(step.text[:MAX_CLAUSE])  # a headline is short: its words are all among the first
    closed = FINAL_STOP.search(step.text) is not None
    for i in range(max(0, len(steps) - RECENT), len(steps)):
        other, other_words, other_closed = steps[i]
        if closed and other_closed:
            continue
        shared = len(words & other_words)
        if shared >= 0.75 * min(len(words), len(other_words)) and shared >= 3:
            if len(step.text) > len(other.text):
                steps[i] = (step, words, closed)
            return
    steps.append((step, words, closed))
