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

from briefing.analysis.next_steps.cues import CLAUSE_BREAK, CUE, SAID, SAY, STATUS, STATUSES, time_phrases
from briefing.analysis.next_steps.event_verbs import event_follows
from briefing.analysis.next_steps.filters import MODAL_END, TIME_ONLY, Cue, background, negated_subject
from briefing.analysis.text.folding import lower_keeping_offsets
from briefing.analysis.text.headlines import skipped_headlines
from briefing.analysis.text.quoted_spans import Spans, quote_around, quoted_spans
from briefing.analysis.text.segmentation import Doc, Sentence
from briefing.model import Actor, NextStep

WORD = re.compile(r"\w+")
SUPPOSE = re.compile(r"\W*(?:say|suppose|imagine|what\s+if)\b", re.IGNORECASE)
QUESTION = re.compile(r"\?[’”\"'\s]*$")
STOPWORDS = frozenset("the a an of to in on and for with that is are was were has have had by at it its his her"
                      .split())
# "said it “will launch ...”": a quote that finishes the writer's own report of what someone said (a subject
# after the verb of saying, no colon) is reported speech in the speaker's words.
REPORTED_PLAN = re.compile(rf"\b{SAY}\s+(?:that\s+)?(?:[\w’'-]+\s+){{1,6}}$")
CARRIED_MODAL = re.compile(r"\b(?:would|will)\b")
# A clause is read for at most this many cues (a pathological one may hold thousands).
MAX_CUES = 24
# ... and within this many characters: a real sentence is far shorter; a "sentence" of a whole book is not read on.
MAX_CLAUSE = 5_000
# A headline repeats the lead; a step compares itself with this many earlier ones (bounded: stays linear).
RECENT = 20


def find_next_steps(doc: Doc, actors: Sequence[Actor] = ()) -> tuple[NextStep, ...]:
    """What is to come, one step per sentence (or per clause), headline repeats dropped.

    'Mr Peskov said Mr Putin has no plans to meet with Mr Trump in the coming days.'
    -> status 'ruled out', when 'in the coming days', actors the given actors it names (Peskov, Putin, Trump).
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
        if QUESTION.search(sentence.text) or SUPPOSE.match(sentence.text):
            continue  # "But has he called for changing any of them?", "Say Mexico demanded ...": nothing announced
        spans = quoted.get(sentence.paragraph, ([], []))
        for start, end, status, cue in _clauses(doc.text, low, sentence, spans, parties):
            text = doc.text[start:end]
            when = _when(text, cue - start)
            if status == "planned" and when:
                status = "scheduled"  # "will meet next week": a plan with a date
            step = NextStep(text=text, actors=_actors(doc.text, start, end, names), when=when, status=status,
                            start=start, end=end)
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
    """The most telling status among the cues of a clause outside quotation marks, and where its cue is.

    A clause whose modal leads to a judgement is an opinion, whatever date it names:
    'His debate tricks won't work in the three upcoming faceoffs.' -> no status.
    """
    best, where, cue, judged = len(STATUSES), 0, "", False
    for seen, m in enumerate(STATUS.finditer(low, clause[0], min(clause[1], clause[0] + MAX_CLAUSE))):
        if seen == MAX_CUES:
            break
        rank = int((m.lastgroup or "s0")[1:])
        pos = m.start()
        opened = quote_around(pos, spans)
        if opened is not None and not REPORTED_PLAN.search(low, max(sentence.start, opened - 60), opened):
            continue
        if MODAL_END.search(m.group()) and event_follows(low, m.end(), sentence.end) is False:
            judged = True
        if rank >= best or background(Cue(text, low, m, STATUSES[rank], sentence, parties)):
            continue
        best, where, cue = rank, pos, m.group()
    if best == len(STATUSES) or (judged and TIME_ONLY.match(cue)):
        return "", 0
    if STATUSES[best] == "planned" and negated_subject(low, sentence.start, where):
        return "ruled out", where  # "Neither side plans to attend"
    return STATUSES[best], where


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


def _actors(text: str, start: int, end: int, names: tuple[re.Pattern[str] | None, dict[str, str]]) -> tuple[str, ...]:
    """The canonical names of the actors named in text[start:end], in order of first mention."""
    pattern, by_alias = names
    if pattern is None:
        return ()
    return tuple(dict.fromkeys(by_alias[m.group()] for m in pattern.finditer(text, start, end)))


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
