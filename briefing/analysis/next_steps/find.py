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

from briefing.analysis.next_steps.cues import (
    AND_VERB,
    ANY_CUE,
    CLAUSE_BREAK,
    POSTPONED,
    POSTPONED_RANK,
    RELATIVE,
    RELATIVE_BEFORE,
    SAID,
    STATUS,
    STATUSES,
)
from briefing.analysis.next_steps.event_verbs import event_follows
from briefing.analysis.next_steps.filter_phrases import (
    CONTENT_WORD,
    FINAL_STOP,
    LEADING_DEBRIS,
    MODAL_END,
    MODAL_START,
    NOT_ANNOUNCED,
    QUESTION,
    STOPWORDS,
    TIME_ONLY,
    TRAILING_DEBRIS,
)
from briefing.analysis.next_steps.filters import Cue, background
from briefing.analysis.next_steps.status_phrases import PAST_VERB_BEFORE
from briefing.analysis.next_steps.statuses import restated
from briefing.analysis.next_steps.timing import time_phrase, time_phrases
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
# A clause is split at most this many times at "and" (a list of a hundred "and"s is still read once).
MAX_SPLITS = 4
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
        for clause in _clauses(doc.text, low, sentence, parties, verdicts):
            start, end = _trimmed(doc.text, clause.start, clause.end)
            text = doc.text[start:end]
            when = _when(doc.text, clause.scope, max(clause.scope[0], clause.cue.pos))
            status = restated(clause.cue, when)
            step = NextStep(text=text, actors=_actors(doc.text, start, end, names, quoted), when=when,
                            status=status, start=start, end=end)
            _add_unless_repeated(steps, step)
    return tuple(step for step, _, _ in steps)


@dataclass(frozen=True)
class Clause:
    """Where a step's text runs, its cue, and the part of the sentence its time phrase is read in."""

    start: int
    end: int
    cue: Cue
    scope: tuple[int, int]


def _clauses(text: str, low: str, sentence: Sentence, parties: frozenset[str],
             verdicts: list[CueVerdict] | None) -> list[Clause]:
    """Each clause with a cue; the whole sentence if only one has (its time phrase still read in that clause:
    'Kordan faces an election in the spring, and hardliners have vowed to reject any deal' is undated).

    Offsets are into the document; `parties` are the words of the known actors' names.
    """
    bounds = [sentence.start]
    for m in CLAUSE_BREAK.finditer(low, sentence.start, sentence.end):
        bounds += [m.start(), m.end()]
    bounds.append(sentence.end)
    found: list[Clause] = []
    for i in range(0, len(bounds), 2):
        clause = (bounds[i], bounds[i + 1])
        cue = _cue(text, low, clause, sentence, parties, verdicts)
        if cue is not None:
            found += _coordinated(text, low, clause, cue, sentence, parties)
    if len(found) == 1:
        return [Clause(sentence.start, sentence.end, found[0].cue, found[0].scope)]
    return found


def _coordinated(text: str, low: str, clause: tuple[int, int], cue: Cue, sentence: Sentence,
                 parties: frozenset[str]) -> list[Clause]:
    """A clause split where 'and' joins a second step to the first, each its own item.

    'The ministers will meet on Monday and vote on Friday.' -> 'will meet on Monday', 'vote on Friday' (the second
    under the first's cue); 'The union said it would strike on Monday and called a rally for Friday.' -> two, the
    second with its own cue. Parts that each say when are split, and so are two kinds of step ('The group demanded
    a ransom and threatened to kill the captives': a demand, a threat; 'urged a pause and said she would travel
    there next week'); 'promised to continue supporting her and said she would stand up to the attacks' stays one.
    """
    parts: list[Clause] = []
    start = clause[0]
    for seen, m in enumerate(AND_VERB.finditer(text, clause[0], clause[1])):
        if seen == MAX_SPLITS:
            break
        dated = time_phrase(text, start, m.start()) and time_phrase(text, m.end(), clause[1])
        if not dated and not STATUS.match(low, m.end()):
            continue  # "promised to stay and said she would fight": one step, as readers (and annotators) take it
        own = _cue(text, low, (m.end(), clause[1]), sentence, parties, None)
        if own is not None and (own.pos != m.end() or TIME_ONLY.match(own.said) or MODAL_START.match(own.said)):
            own = None  # "and vote next week", "and will be overseen by": the first cue goes on
        left = cue if cue.match.end() <= m.start() else _cue(text, low, (start, m.start()), sentence, parties, None)
        if left is None:
            continue  # "Tents and blankets will arrive": the first part holds no step
        if not dated and (own is None or own.status == left.status
                          or (SAID.match(own.said) and not time_phrase(text, m.end(), clause[1]))):
            continue  # one kind of step, or a saying that goes on with it (unless it dates a step of its own)
        if own is None and (RELATIVE_BEFORE.search(low, max(start, left.pos - 8), left.pos)
                            or RELATIVE.search(low, left.match.end(), m.start())):
            continue  # "the term that begins next Monday and ends in June": the dates of a thing, one step
        parts.append(Clause(start, m.start(), left, (start, m.start())))
        start, cue = m.end(), own or left
    parts.append(Clause(start, clause[1], cue, (start, clause[1])))
    return parts


def _cue(text: str, low: str, clause: tuple[int, int], sentence: Sentence, parties: frozenset[str],
         verdicts: list[CueVerdict] | None) -> Cue | None:
    """The cue of a clause, with the status its words give: the first verb of planning, demand, threat... governs
    what follows it; without one, the most telling modal or time word. None: the clause has no cue.

    'Hillary Clinton plans to call on young people to serve.' -> planned (the call is what she plans);
    'The vote will be postponed.' -> postponed (the modal only carries the verb); a postponement after the first
    cue still has the last word ('Talks that were due to resume on Monday have been postponed');
    'His debate tricks won't work in the three upcoming faceoffs.' -> no status (a judgement, whatever date it names).
    """
    best, cue, judged = len(STATUSES), None, False
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
        best, cue = rank, m
        if lexical:
            break
    if cue is None or (judged and TIME_ONLY.match(cue.group())):
        return None
    if best != POSTPONED_RANK:  # "Talks that had been due to resume on Wednesday have been postponed": the last word
        later = POSTPONED.search(low, cue.end(), min(clause[1], clause[0] + MAX_CLAUSE))
        if later and not background(Cue(text, low, later, STATUSES[POSTPONED_RANK], sentence, parties)):
            best, cue = POSTPONED_RANK, later
    return Cue(text, low, cue, STATUSES[best], sentence, parties)


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


def _when(text: str, scope: tuple[int, int], cue: int) -> str:
    """The time phrase of text[scope] nearest after the cue ('has no plans to travel [in the next few days]'), else
    before it; read within MAX_CLAUSE of the cue, as the cue's clause is."""
    last = ""
    for m in time_phrases(text, max(scope[0], cue - MAX_CLAUSE), min(scope[1], cue + MAX_CLAUSE)):
        if m.start() >= cue:
            return m.group()
        if not PAST_VERB_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            last = m.group()  # not 'resigned [on Sunday] and will be replaced': the day of what happened
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
