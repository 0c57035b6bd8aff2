"""Next steps: what the text says will, may or will not happen.

Each sentence outside quotation marks that holds a cue of what is to come is one next step ("Russian
forces are preparing a fresh military offensive"); a sentence whose clauses (split at ";", ", and",
", while", ", but") each hold a cue gives one step per clause. The cue sets the status; a time phrase
("on Friday", "in the coming days") sets `when`; the given actors the step names, by any alias, are its
actors. Words inside quotation marks are what someone said, and are left to the statements.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from briefing.analysis.event_verbs import STATES, event_follows
from briefing.analysis.folding import lower_keeping_offsets
from briefing.analysis.headlines import skipped_headlines
from briefing.analysis.text import Doc, Sentence
from briefing.model import Actor, NextStep

# A cheap pre-check on the lowered text: only sentences holding one of these reach the status patterns.
CUE = re.compile(
    r"(?<!\w)(?:will|won[’']t|would|wouldn[’']t|shall|may|might|could|plan|no\s+plans|intend|intention|prepar|due"
    r"|schedul|set\s+to|expect|postpon|delay|put\s+off|pushed\s+back|resched|adjourn|called\s+off|cancel|rul"
    r"|urg|call|demand|insist|press|ask|appeal|must|need|crucial|essential|vital|threat|warn|vow|pledg|promis"
    r"|propos|offer|suggest|invit|agree|decid|going\s+to|about\s+to|prospect|poised|likely|unlikely|hope|is\s+to"
    r"|are\s+to|was\s+to|were\s+to|to\s+be\s+held|to\s+take\s+place|is\s+sending|are\s+sending|next|upcoming"
    r"|coming|forthcoming|later|tomorrow|tonight|soon|consider|weigh|mull|explor|forecast|slated|aim|refus|ahead"
    r"|round|ready|willing|seek)"
)
_SAY = (r"(?:said|says|say|told|tells|announced|announces|added|confirmed|indicated|stated|insisted|warned"
        r"|promised|pledged|hoped|believed|believes|expected|expects|predicted|thought|suggested|signalled"
        r"|signaled|made\s+clear|agreed|decided)")
# Things that take place, promised or vowed: "has promised a veto", "pledged a swift inquiry".
_EVENT_NOUN = (r"(?:veto|vote|inquiry|investigation|review|probe|response|referendum|election|crackdown|strike"
               r"|offensive|summit|talks|meeting|visit|hearing|trial|ruling|decision|announcement|retaliation)\b")
_NOT_STATE = rf"(?!(?:{'|'.join(sorted(STATES))})\b)"  # "is to be expected": no event
_VERB_TO = (rf"(?:be\s+{_NOT_STATE}(?:\w+ed|held|sent|made|given|taken|shown|built|run|put|set|met|sworn|chosen)"
            r"|take|meet|hold|begin|start|resume|visit|travel|sign|attend|continue|return|open|vote|announce"
            r"|deliver|give|make|host|discuss|decide|go|arrive|fly|lead|head|join|receive|address|speak|testify"
            r"|rule|consider|review|launch|present|unveil|submit|publish|release|face|appear|stand|end|expire)")
# Checked after the word (a look-behind at every position would slow the scan): "the will of the people".
_NOUN_WILL = "".join(f"(?<!{word} will)" for word in ("the", "political", "good", "free", "own", "popular"))
# "was not being forthcoming": candour, not an upcoming event.
_NOT_CANDID = "".join(f"(?<!{word} forthcoming)" for word in ("is", "be", "not", "was", "are", "been", "were", "being"))
_NOT_NOUN = r"(?!(?:the|an?|our|their|his|her|its|this|that|any|my|your)\b)"
# Status patterns, most telling first: a sentence takes the status of the first that matches.
STATUS_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("postponed", (
        r"\b(?:postpon\w*|rescheduled|adjourned)\b",
        r"\b(?:was|were|been|be|is|are|being|has|have|had)\s+(?:\w+\s+)?(?:delayed|put\s+off|pushed\s+back)\b",
        rf"\b(?:delayed|put\s+off|pushed\s+back)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:\w+\s+)?{_EVENT_NOUN}",
    )),
    ("ruled out", (
        r"\bno\s+(?:immediate\s+)?(?:plans?|intention|desire)\s+to\b", r"\bruled?\s+out\b", r"\bruling\s+out\b",
        r"\bcalled\s+off\b", r"\bcancell?ed\b", r"\bwon[’']t\b", r"\bwill\s+not\b",
        r"\bnot\s+(?:going|expected)\s+to\b",
        r"\b(?:does|do|did)\s+not\s+(?:plan|intend|expect)\s+to\b", r"\bunlikely\s+to\b",
        r"\b(?:refus(?:es|ing)|ha(?:s|ve)\s+refused)\s+to\s+(?!(?:comment|say|discuss|answer|elaborate|confirm"
        r"|disclose|speak|respond|reveal|give|provide|identify|name|be\s+drawn)\b)",
        rf"\b{_SAY}\b[^.;“”\"]{{0,80}}?\b(?:would\s+not|wouldn[’']t)\b",
    )),
    ("threatened", (
        r"\bthreaten(?<!declined to threaten)(?<!refused to threaten)(?:ed|s|ing)?\b", r"\bthreats?\s+of\b",
        r"\bwarn(?:ed|s|ing)?\b[^.;“”\"]{0,80}?\b(?:would|will|could|if)\b", r"\bwarn(?:ed|s|ing)?\s+of\b",
    )),
    ("demanded", (
        r"\b(?:urg(?:ed|es|ing|e)|demanded|demanding"
        r"|(?<!the\s)(?<!its\s)(?<!their\s)(?<!nonstop\s)demands?\s+(?:that|an?))\b",
        r"\bappeal(?:ed|s|ing)?\s+(?:for|to\s+(?:\S+\s+){1,4}?to)\b",
        r"\bcall(?:ed|s|ing)?\s+(?:on\s+(?:\S+\s+){1,4}?to|for)\b", r"\bthe\s+call\s+for\b",
        r"\bpress(?:ed|es|ing)\s+(?:for|\w+\s+to)\b", r"\binsist(?:ed|s|ing)?\s+(?:that|on)\b",
        r"\bask(?:ed|s|ing)\s+(?:\w+\s+){1,3}?to\b",
        r"\b(?<!never\s)(?<!not\s)ask(?:ed|s|ing)\s+for\s+(?!(?:comment|clarification|details|information|help|or)\b)",
        r"\bseek(?:s|ing)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:sentence|term|penalty|ban|injunction|extradition"
        r"|retrial|recount)\b", rf"\b(?:crucial|essential|vital)\s+(?:if|to\s+{_NOT_NOUN})",
    )),
    ("scheduled", (
        r"\b(?:is|are|was|were)\s+due\s+(?:to|on|in|next)\b", rf"\bdue\s+(?:to\s+{_VERB_TO}|on|next|later)\b",
        r"\bscheduled\b", r"\bslated\b", r"\bset\s+(?:to|for)\b",
        rf"\b(?:is|are|was|were)\s+to\s+{_VERB_TO}\b", r"\bto\s+be\s+held\b", r"\bto\s+take\s+place\b",
        r"\bupcoming\b", r"\bforthcoming\b" + _NOT_CANDID, r"\bnext\s+round\b",
        r"\bahead\s+of\s+(?:\S+\s+){0,3}?(?:talks|summit|meeting|vote|election|visit|negotiations|deadline|trip)\b",
    )),
    ("proposed", (
        r"\bpropos(?:ed|es|ing|al)\s+(?:to|that)\b", r"\bproposals?\s+for\b",
        r"\bha(?:s|ve)\s+proposed\b(?!\s+nothing)",
        r"\bpropos(?:es|ing)\s+(?:a|an|the)\b", r"\boffer(?:ed|s|ing)?\s+to\b",
        r"\binvit(?:ed|es|ing)\s+(?:\w+\s+){1,3}?to\b", r"\b(?:is|are)\s+(?:ready|willing)\s+to\b",
    )),
    ("planned", (
        r"\bplan(?:s|ned|ning)?\s+to\b", r"\bintention\s+to\b",
        r"\b(?<!is\s)(?<!was\s)(?<!are\s)(?<!were\s)intend(?:s|ed|ing)?\s+to\b",  # "is intended to": a purpose
        r"\b(?:is|are|was|were)\s+(?:preparing|planning|sending|heading|travelling|traveling|gearing\s+up)\b",
        r"\baim(?:s|ing)?\s+to\b", r"\bseek(?:s|ing)?\s+to\b", r"\b(?:the|a|its|their)\s+planned\b",
        r"\bprepar(?:es|ing)\s+(?:to|for)\b", r"\b(?:decided|agreed|vowed|pledged|promised)\s+to\b",
        rf"\b(?:vow|pledg|promis)(?:ed|es|ing|e)?\s+(?:a|an|new|fresh|swift)\s+{_EVENT_NOUN}",
        rf"\bwill\b{_NOUN_WILL}(?!\s+of\b)", r"\bshall\b", r"\b(?:going|about)\s+to\b(?!\s+the\b)",
    )),
    ("expected", (
        r"\bexpect(?:ed|s|ing)?\s+(?:(?!to\b)\w+\s+){0,4}?to\b", r"\blikely\s+to\b", r"\bpoised\s+to\b",
        r"\bprospect\s+of\b", r"\b(?:is|are)\s+forecast\s+(?:to|for)\b", r"\b(?:is|are)\s+(?:widely\s+)?expected\b",
        r"\bhop(?:e|es|ed|ing)\s+to\b", rf"\b{_SAY}\b[^.;“”\"]{{0,80}}?\bwould\b",
        r"\b(?:next|this\s+coming)\s+(?:week|weekend|month|year)\b", r"\bin\s+the\s+coming\s+\w+",
        r"\b(?:tomorrow|later\s+this\s+(?:week|month|year))\b",
    )),
    ("possible", (
        r"\b(?:may|might|could)\b(?!\s+not\b|n[’']t)",
        r"\b(?:is|are|was|were)\s+(?:considering|weighing|mulling|exploring)\b",
    )),
)
STATUSES = tuple(status for status, _ in STATUS_CUES)
# One pass over the lowered clause: each status is a named group, the most telling match wins.
# Every cue starts a word: the look-around lets the scan skip the inside of words, several times faster.
STATUS = re.compile(r"(?<!\w)(?=[a-z])(?:"
                    + "|".join(f"(?P<s{rank}>{'|'.join(cues)})" for rank, (_, cues) in enumerate(STATUS_CUES)) + ")")
# Lowercase only: "Will Smith", "in May" are not the modal verbs.
CASE_MATTERS = re.compile(r"will|may|might|could")
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
WHEN = re.compile(
    rf"""(?x)
    \b(?:(?:on|by|until|till|before|from|after|next|this|later\s+on|early\s+on|late\s+on)\s+)?{_DAY}
        (?:\s+(?:morning|afternoon|evening|night))?
    | \b(?:next|this|later\s+this|early\s+next|late\s+next|the\s+following|this\s+coming)\s+
        (?:week|weekend|month|year|spring|summer|autumn|fall|winter)\b
    | \b(?:in|over|during)\s+the\s+(?:coming|next|following)\s+(?:few\s+|two\s+|three\s+|several\s+)?
        (?:hours|days|weeks|months|years)\b
    | \bwithin\s+(?:the\s+next\s+)?(?:[\w-]+\s+)?(?:hours|days|weeks|months|years|a\s+week|a\s+month)\b
    | \b(?:until|till|by|before)\s+(?:the\s+)?(?:afternoon|morning|evening|end\s+of\s+(?:the\s+)?\w+(?:\s+\w+)?)\b
    | \bin\s+(?:a|one|two|three|four|five|six|a\s+few|several|\d+)\s+(?:hours|days|weeks|months|years|week|month)\b
    | \b(?:tomorrow|tonight|later\s+today|soon|shortly)\b
    | \b(?:on|by|until|in|from|before)\s+(?:\d{{1,2}}\s+)?{_MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?\b"""
)
# "said it would challenge the results in court and urged supporters to protest": a second verb of saying
# with its own cue is a second step.
CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:and|while|but|whereas)\s+|\s+and\s+(?=(?:said|urged|called|asked|threatened"
                          r"|vowed|warned|pledged|promised|announced|added|demanded|insisted)\b)")
QUOTE_MARK = re.compile(r"[“”\"]|''|``")
SINGLE_QUOTE = re.compile(r"(?P<open>(?:(?<=[\s(\[:—–])|^)(?<!')['‘](?=\w))"
                          r"|(?P<close>(?<=[\w.,!?…])(?<!')['’](?!')(?=[\s.,;:!?)\]—–]|$))")
WORD = re.compile(r"\w+")
QUESTION = re.compile(r"\?[’”\"'\s]*$")
STOPWORDS = frozenset("the a an of to in on and for with that is are was were has have had by at it its his her"
                      .split())
Spans = tuple[list[int], list[int]]
# A clause is read for at most this many cues (a pathological one may hold thousands).
MAX_CUES = 24
# A headline repeats the lead; a step compares itself with this many earlier ones (bounded: stays linear).
RECENT = 20


def find_next_steps(doc: Doc, actors: Sequence[Actor] = ()) -> tuple[NextStep, ...]:
    """What is to come, one step per sentence (or per clause), headline repeats dropped.

    'Mr Peskov said Mr Putin has no plans to meet with Mr Trump in the coming days.'
    -> status 'ruled out', when 'in the coming days', actors the given actors it names (Peskov, Putin, Trump).
    """
    names = _alias_pattern(actors)
    low = lower_keeping_offsets(doc.text)
    headlines = skipped_headlines(doc)
    quoted = {p.index: _quoted_spans(p.text, p.start) for p in doc.paragraphs}
    steps: list[tuple[NextStep, set[str]]] = []
    for sentence in doc.sentences:
        if sentence.paragraph in headlines or not CUE.search(low, sentence.start, sentence.end):
            continue
        if QUESTION.search(sentence.text):
            continue  # "But has he called for changing any of them?": rhetorical, nothing announced
        spans = quoted.get(sentence.paragraph, ([], []))
        for start, end, status, cue in _clauses(doc.text, low, sentence, spans):
            text = doc.text[start:end]
            when = _when(text, cue - start)
            if status == "planned" and when:
                status = "scheduled"  # "will meet next week": a plan with a date
            step = NextStep(text=text, actors=_actors(doc.text, start, end, names), when=when, status=status,
                            start=start, end=end)
            _add_unless_repeated(steps, step)
    return tuple(step for step, _ in steps)


def _clauses(text: str, low: str, sentence: Sentence, spans: Spans) -> list[tuple[int, int, str, int]]:
    """(start, end, status, cue) of each clause with a cue outside quotes; the whole sentence if only one has.

    Offsets are into the document.
    """
    bounds = [sentence.start]
    for m in CLAUSE_BREAK.finditer(low, sentence.start, sentence.end):
        bounds += [m.start(), m.end()]
    bounds.append(sentence.end)
    found = []
    for i in range(0, len(bounds), 2):
        status, cue = _status(text, low, (bounds[i], bounds[i + 1]), sentence, spans)
        if status:
            found.append((bounds[i], bounds[i + 1], status, cue))
    if len(found) == 1:
        return [(sentence.start, sentence.end, found[0][2], found[0][3])]
    return found


def _status(text: str, low: str, clause: tuple[int, int], sentence: Sentence, spans: Spans) -> tuple[str, int]:
    """The most telling status among the cues of a clause outside quotation marks, and where its cue is.

    A clause whose modal leads to a judgement is an opinion, whatever date it names:
    'His debate tricks won't work in the three upcoming faceoffs.' -> no status.
    """
    best, where, cue, judged = len(STATUSES), 0, "", False
    for seen, m in enumerate(STATUS.finditer(low, *clause)):
        if seen == MAX_CUES:
            break
        rank = int((m.lastgroup or "s0")[1:])
        pos = m.start()
        if _inside(pos, spans):
            continue
        if MODAL_END.search(m.group()) and event_follows(low, m.end(), sentence.end) is False:
            judged = True
        if rank >= best or _background(text, low, m, STATUSES[rank], sentence):
            continue
        best, where, cue = rank, pos, m.group()
    if best == len(STATUSES) or (judged and TIME_ONLY.match(cue)):
        return "", 0
    return STATUSES[best], where


# Cues that only date something ("upcoming", "next week"): the event must come from the rest of the clause.
TIME_ONLY = re.compile(r"upcoming|forthcoming|ahead|next|this|in\s+the\s+coming|tomorrow|later")


# "had pressed for them to meet", "the IMF had warned": said or planned before the story, background now.
PAST_PERFECT = re.compile(r"\bhad\s+(?:\w+\s+)?$")
PAST_PERFECT_STATUSES = frozenset({"demanded", "proposed", "threatened", "expected"})
NOT_A_PROSPECT = re.compile(r"\b(?:something|anything|nothing|everything|what|whatever|how|whether|when|unclear"
                            r"|uncertain)\s+(?:\w+\s+){0,4}$|\bas\s+$|\bbefore\s+(?:\w+\s+){1,3}$"
                            r"|\b(?:the|its|their|his|her|our|military|economic|naval|full|all|of|with)\s+$")
# "urging Moscow to “reciprocate”": what is asked for is in the speaker's words, a statement.
QUOTED_OBJECT = re.compile(r"[^.;“”\"]{0,40}?\bto\s+[“\"‘]")
# A bare "could" is analysis ("resources could be better spent"); one someone reports, or with a condition
# or a date, is a prospect ("indicated that it might walk away ... if there was no progress").
PROSPECT_CONTEXT = re.compile(rf"\b{_SAY}\b|\b(?:if|unless|warn\w*|fear\w*|according\s+to)\b")
NOTHING_AFTER = re.compile(r"\W*$")
BARE_VERB = re.compile(r"(?:ed|ing|s)$")
# "It's unclear whether a vote will be scheduled": a question, not a plan.
DOUBT = re.compile(r"\b(?:whether|unclear|uncertain)\s+(?:\S+\s+){0,8}$")
# "Perhaps the moderators will demand more details": the writer guessing.
SPECULATION = re.compile(r"\W*(?:perhaps|maybe)\b")
# "is likely to placate nervous Democrats": as weak as "will", so its verb needs to be an event or dated.
LIKELY = re.compile(r"likely\s+to$")
# "jailed for refusing to testify": the refusal is the reason for what happened, not what is to come.
REASON = re.compile(r"\b(?:for|after|by|of|despite)\s+$")
# A cue whose verb follows it: "will [meet]", "is expected to [attend]", "warned that it would [respond]".
MODAL_END = re.compile(r"(?:will|would|could|may|might|shall|won[’']t|wouldn[’']t|not|going\s+to)$")
TO_END = re.compile(r"\bto$")
CONDITIONAL = re.compile(r"(?:would|could|might|wouldn[’']t)$")
# "if his candidate were to win, she would sign it", "if he had any intention, he would": a hypothetical;
# "a larger quake could strike at any time": a generic possibility, no event.
HYPOTHETICAL = re.compile(r"\bif\b[^.;]{0,80}?\b(?:were|had)\b|\bat\s+any\s+(?:time|moment)\b")


def _background(text: str, low: str, cue: re.Match[str], status: str, sentence: Sentence) -> bool:
    """A cue that says nothing of an event to come: 'Will Smith', 'had urged', 'will find it hard'."""
    pos = cue.start()
    if CASE_MATTERS.fullmatch(low, pos, cue.end()):
        if not text[pos].islower():
            return True
        if NOT_A_PROSPECT.search(low, max(0, pos - 40), pos):
            return True
    modal = MODAL_END.search(cue.group())
    if modal and modal.start() and NOT_A_PROSPECT.search(low, max(0, pos + modal.start() - 40), pos + modal.start()):
        return True  # "said ... the days when his family would return": the modal is in a clause of its own
    if low.startswith("would", pos) and NOT_A_PROSPECT.search(low, max(0, pos - 40), pos):
        return True
    if status in PAST_PERFECT_STATUSES and PAST_PERFECT.search(low, max(0, pos - 20), pos):
        return True
    if status in ("demanded", "proposed") and QUOTED_OBJECT.match(low, cue.end()):
        return True
    if (status in ("demanded", "planned", "proposed") and BARE_VERB.search(cue.group())
            and NOTHING_AFTER.match(low, cue.end(), sentence.end)):
        return True  # '“Who pays?” Mr Haddad demanded.', 'the message this is sending.': nothing to come follows
    if DOUBT.search(low, max(sentence.start, pos - 60), pos):
        return True
    if status == "ruled out" and REASON.search(low, max(0, pos - 12), pos):
        return True
    if not _names_an_event(text, low, cue, sentence):
        return True
    if status == "possible":
        bounds = sentence.start, sentence.end
        return not (PROSPECT_CONTEXT.search(low, *bounds) or WHEN.search(text, *bounds))
    return False


def _names_an_event(text: str, low: str, cue: re.Match[str], sentence: Sentence) -> bool:
    """Whether the verb a modal or 'to' leads to is an event, not a judgement ('will find it hard').

    A modal before a verb of no known kind needs a date close after it ('will premiere on Sept. 30');
    'would' and 'could' in a hypothetical ('if he were elected, he would') or a guess ('Perhaps ... will') never do.
    """
    said = cue.group()
    if not MODAL_END.search(said) and not LIKELY.search(said):
        return not TO_END.search(said) or event_follows(low, cue.end(), sentence.end, judged=False) is not False
    if CONDITIONAL.search(said) and HYPOTHETICAL.search(low, sentence.start, sentence.end):
        return False
    if SPECULATION.match(low, sentence.start):
        return False
    verdict = event_follows(low, cue.end(), sentence.end)
    return verdict if verdict is not None else bool(WHEN.search(text, cue.end(), min(sentence.end, cue.end() + 80)))


def _quoted_spans(text: str, offset: int) -> Spans:
    """Starts and ends (absolute) of quoted stretches in a paragraph; an unclosed double quote runs to its end.

    Single quotes count too ('Terror will not break us.'), but only as a pair: an apostrophe is no quote.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in QUOTE_MARK.finditer(text):
        mark = m.group()
        if open_at is None and mark != "”":
            open_at = m.start()
        elif open_at is not None and mark not in ("“", "``"):
            spans.append((open_at, m.end()))
            open_at = None
    if open_at is not None:
        spans.append((open_at, len(text)))
    single_at: int | None = None
    for m in SINGLE_QUOTE.finditer(text):
        if m.lastgroup == "open":
            single_at = m.start()
        elif single_at is not None:
            spans.append((single_at, m.end()))
            single_at = None
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(spans):
        if ends and start < ends[-1] - offset:
            continue  # inside (or across) a stretch already kept
        starts.append(offset + start)
        ends.append(offset + end)
    return starts, ends


def _inside(pos: int, spans: Spans) -> bool:
    starts, ends = spans
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < ends[i]


def _when(text: str, cue: int) -> str:
    """The time phrase nearest after the cue ('has no plans to travel [in the next few days]'), else before it."""
    last = ""
    for m in WHEN.finditer(text):
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
