"""Casualties: people killed, injured, missing, captured, detained or displaced, with a count.

Each sentence that holds a casualty word has its counts read by the sieves of `classify` ("At least five
civilians were killed and 29 injured": two items). A single person without a number counts one ("killed a
63-year-old man", "the death of Terence Crutcher", "Omar, 28, was arrested"). Place and period are the ones
nearest each item, the source is the sentence's; a toll repeated later in the story is kept once.
"""

from __future__ import annotations

import bisect
import re

from briefing.analysis.casualties import phrases as ph
from briefing.analysis.casualties.classify import PERSON_NOUN, classify
from briefing.analysis.casualties.numbers import Count, find_counts
from briefing.analysis.lexicon import gazetteer as gz
from briefing.analysis.text.folding import lower_keeping_offsets
from briefing.analysis.text.headlines import skipped_headlines
from briefing.analysis.text.segmentation import Doc, Sentence
from briefing.analysis.text.vocabulary import DAY, MONTH, TITLED_DAY
from briefing.model import Casualty

CASUALTY_CUE = re.compile(ph.CASUALTY_CUE)
# "killed a 63-year-old man", "a soldier was wounded": one person, though no number is written (lowered text).
ONE_PERSON = re.compile(
    rf"""(?x)\b(?:a|an)(?:\s+[\w-]+-year-old|\s+young|\s+local|\s+elderly|\s+second|\s+third)?
      (?=(?:\s+(?!(?:second|third)\b)[\w-]+)?\s+{PERSON_NOUN}\b)  # "killed a Hamas commander"
    | \bthe\s+[\w-]+-year-old(?=(?:\s+[\w-]+)?\s+{PERSON_NOUN}\b)  # "killed the 56-year-old mayor"
    | \bthe\s+[\w-]+-year-old(?=\s+(?:was|has\s+been|had\s+been)\s)  # "The 62-year-old was shot dead"
    | \ba\s+(?:second|third|fourth|fifth)(?=\s+(?:was|is|has|had|died)\b|\s*[.;])  # "and a third was wounded"
    | (?:(?<=\bkilling\s)|(?<=\bwounding\s)|(?<=\binjuring\s)|(?<=\babducting\s))the(?=(?:\s+[\w-]+)?\s+{PERSON_NOUN}\b)
      # "Gunmen opened fire on worshippers, killing the imam and two others"
    | \bthe(?=\s+{PERSON_NOUN}(?:\s+of\s+the\s+[\w-]+)?\s+(?:was|has\s+been|had\s+been|surrendered\s+to)\s)
      # "The prosecutor was wounded", "The driver of the lorry was arrested": one, named before
    # "The suspect, 19, was taken into custody"
    | \bthe\s+{PERSON_NOUN},\s+\d{{1,2}},(?=\s+(?:was|has\s+been|had\s+been)\s)
    """
)
# One person by name (original case): "Omar, 28, was arrested" (an age, not a count), "the death of
# Terence Crutcher", "the fatal shooting of Keith Lamont Scott", "a sniper killed Hamza Ali".
_NAME = r"[A-Z][\w’'-]+(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]+)){0,4}"  # bounded: a run of capitals is read in linear time
_TITLE = r"[A-Z][a-z]{0,4}\.|General|Colonel|Commander|Major|Captain|Lieutenant|Sheikh|Imam|Judge|Mayor"  # "Lt. Col."
NAMED_PERSON = re.compile(
    rf"""(?x)(?<![\w’'-])(?P<aged>{_NAME}),\s+\d{{1,2}},(?=\s)
    | \b(?:death|killing|murder|assassination|fatal\s+shooting|execution)\s+of\s+(?P<victim>{_NAME})
    | \b(?:killed|killing|assassinated|abducted|kidnapped)\s+(?P<object>(?:(?:{_TITLE})\s+)*{_NAME})(?=\s*[,.;])
      # "The attack killed Lt. Col. Ahmad Karimi, the commander of the garrison"
    """
)

PLACE = re.compile(
    r"""(?x)(?:(?:city|town|village|region|regions|province|district|oblast|area|port)\s+of
         |\b(?i:strikes?|attacks?|raids?|assault|shelling|bombing|bombardment)\s+on(?:\s+the)?  # "a strike on Kharkiv"
         |(?<!based\s)(?<!headquartered\s)  # "a monitor based in Madrid": where the source sits
          \b(?i:in|near|outside|across|around)(?:\s+the)?(?:\s+(?:(?:north|south)?(?:east|west)?(?:ern)?|north|south
            |central)(?=\s+[A-Z]))?)
    \s+(?P<place>(?:al-)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?(?:al-)?[A-Z][\w’'-]*)*)"""
)
# "Another 50 were injured", "Dozens more were wounded": the toll goes on from the sentence before.
ANOTHER = re.compile(r"\W*(?:(?:another|a\s+further|an\s+additional|further)\s"
                     r"|[\w,-]+(?:\s+[\w,-]+)?\s+(?:more|others)\b)", re.IGNORECASE)
NOT_PLACE = re.compile(
    rf"(?i)^(?:{MONTH}|{DAY}|the|a|an|his|her|their|its)(?:['’]s)?$"  # "in Sunday's ambush": a day
    r"|.*(?:ian|ese|ish)$"  # "the central Ukrainian city": an adjective, not the place
)
PERIOD = re.compile(
    rf"""(?x)
    \b(?:in|over|during|within)\s+the\s+(?:past|last|previous|preceding)\s+(?:[\w-]+\s+){{0,2}}?
        (?:day|days|hours|night|week|weeks|month|months|year|years)\b
    | \b(?i:since)\s+(?:the\s+(?:start|beginning|outbreak)\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?
        | the\s+(?:war|conflict|fighting|invasion|offensive|attack|uprising|protests|unrest|crisis|rains|floods|flooding
          |outbreak|epidemic|storm|quake|earthquake|fires|wildfires|siege|blockade|bombardment|shelling|campaign
          |operation)\s+(?:began|started|broke\s+out|struck|hit)
        | \d{{4}} | [A-Z][a-z]+(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})? | last\s+\w+)
    | \b(?:(?:late|early)\s+)?on\s+{TITLED_DAY}(?:\s+(?:night|morning|evening|afternoon))?
    | \b(?:this|last)\s+(?:week|month|year|weekend|night)\b
    | \bover\s+the\s+weekend\b | \bovernight\b | \byesterday\b | \bso\s+far\s+this\s+year\b | \bin\s+\d{{4}}\b"""
)
# Who reports a toll: "according to the UN", "..., officials said on Friday", "The ministry said 12 ...".
_REPORTED = r"(?:said|says|say|reported|reports|announced|confirmed|added|estimates|estimated)"
_SOURCE_WORDS = (r"(?!(?:and|but|or|while|who|which|as)\b)(?:(?!\b(?:were|was|is|are|had|has|have)\b)[^,;“”\"]){1,60}?"
                 r"(?<!\band)(?<!\bbut)")  # "The RSF denied it and said": no source named
SOURCE = re.compile(
    rf"""(?x)\baccording\s+to\s+(?:the\s+)?(?P<according>[^,.;:“”"()]{{2,80}}?)
        (?=\s*(?:[,.;:()]|$)|\s+(?:in|on|at|which|who|where|since|for)\b)
    | ,\s+(?P<said>{_SOURCE_WORDS})\s+(?:{_REPORTED}|told|tells)\b  # "..., officials said, as ...", "..., a nurse told"
      (?:[^,;“”"]{{0,30}}$|,)"""
)
# "The Red Crescent put the toll at 60", "The regional governor, Hulusi Sahin, said", "Minister X told reporters",
# "Later on Tuesday the ministry said", "The Observatory, a monitor based in Madrid, said" (the appositive is no name)
_LEAD_TIME = rf"(?:Later|Earlier)(?:\s+on\s+{TITLED_DAY}|\s+that\s+day)?\s+"
LEAD_SOURCE = re.compile(rf"^(?:[^,;“”\"]{{1,60}},\s+|{_LEAD_TIME})?(?P<said>(?:the\s+|[A-Z]){_SOURCE_WORDS}"
                         rf"(?:,\s+[A-Z][^,;“”\"]{{1,40}},)?)(?:,\s+(?:an?|the)\s[^,;“”\"]{{1,60}},)?"
                         rf"\s+(?:{_REPORTED}|told|counted|recorded"
                         r"|puts?(?=\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:toll|number|figure|tally|count)))\b")
# (not "Eleven fishermen who put to sea ...": only a toll is put at a figure)
# "The Red Crescent put the toll at 60, while a local official said 70 had died": clauses of their own sources.
SOURCE_CLAUSE_BREAK = re.compile(r",?\s+(?:while|whereas)\s+|,\s+but\s+|;\s+")
CLAUSE_SOURCE = re.compile(rf"^(?P<said>(?:the|a|an)\s+{_SOURCE_WORDS})\s+{_REPORTED}\b")


def find_casualties(doc: Doc) -> tuple[Casualty, ...]:
    """Every casualty report in the body, a repeated toll kept once, in order of the text.

    'At least five civilians were killed and 29 injured in the past day, according to the UN.'
    -> killed min 5 (civilians), injured 29 (civilians), both with period 'in the past day', source 'UN'.
    The headline is left out where the body tells a toll of the same kind (the lead says the same at length):
    of 'Quake kills at least 212, thousands homeless', only the homeless if the body counts no one displaced.
    """
    out: list[Casualty] = []
    seen: dict[tuple[str, int | None], list[int]] = {}
    headlines = skipped_headlines(doc)
    headline_items: list[Casualty] = []
    for sentence in doc.sentences:
        if not CASUALTY_CUE.search(lower_keeping_offsets(sentence.text)):
            continue
        if sentence.paragraph in headlines:
            headline_items.extend(sentence_casualties(sentence))
            continue
        for item in sentence_casualties(sentence, out[-1].group if out else ""):
            same = seen.setdefault((item.kind, item.min), [])
            repeat = next((i for i in same if _compatible(item, out[i], out[i].start >= sentence.start)), None)
            if repeat is None:
                same.append(len(out))
                out.append(item)
            elif _detail(item) > _detail(out[repeat]):
                out[repeat] = item  # "22 people were killed" then "killed 22 people in Tyre, the ministry said"
    told = {item.kind for item in out}
    return tuple([item for item in headline_items if item.kind not in told] + out)


def _compatible(a: Casualty, b: Casualty, same_sentence: bool) -> bool:
    """Two reports of one toll unless they name different groups or places ('2 killed in Kharkiv', '2 in Odesa');
    one person is told again in another sentence only in the same words ('A journalist was killed', then 'the
    storm killed one person': two deaths; but 'One supporter, a 24-year-old man, was stabbed': one)."""
    if a.min == a.max == 1 and not same_sentence:
        return a.text.lower() == b.text.lower()
    return all(not x or not y or x == y for x, y in ((a.group, b.group), (a.place, b.place)))


def _detail(item: Casualty) -> int:
    return sum(1 for value in (item.group, item.place, item.period, item.source) if value)


def sentence_casualties(sentence: Sentence, carried: str = "") -> list[Casualty]:
    """The casualties one sentence reports, each with the place and period nearest it, and the source.

    A count without a group takes the group of the one before it ("five civilians were killed and 29 injured"),
    in a sentence that goes on from the one before, the `carried` group ("Another 50 were injured").
    """
    text = sentence.text
    low = lower_keeping_offsets(text)
    counts = sorted([*find_counts(text), *_one_person(text, low)], key=lambda c: c.start)
    found = [d.found for d in classify(low, counts) if d.found is not None]
    if not found:
        return []
    places = [(m.start(), m.group("place")) for m in PLACE.finditer(text) if not NOT_PLACE.match(m.group("place"))]
    periods = [(m.start(), m.group()) for m in PERIOD.finditer(text)]
    source = _source(text)
    clauses = [0, *(m.end() for m in SOURCE_CLAUSE_BREAK.finditer(text))] if source else [0]
    out = []
    previous_group = carried if ANOTHER.match(text) else ""
    for f in found:
        group = f.group or previous_group
        previous_group = group if f.count.max != 1 else ""  # "killing the imam and two others": not two imams
        if f.count.min == f.count.max == 1:
            group = ph.SINGULAR_GROUPS.get(group, group)  # "1 person", not "1 people"
        out.append(Casualty(
            kind=f.kind, min=f.count.min, max=f.count.max, group=group, place=_nearest(places, f.start),
            period=_nearest(periods, f.start), source=_clause_source(text, clauses, f.start) or source,
            text=text[f.start:f.end],
            start=sentence.start + f.start, end=sentence.start + f.end,
        ))
    return out


def _one_person(text: str, low: str) -> list[Count]:
    """Counts of one: 'a 54-year-old man' (`ONE_PERSON`) and a person by name (`NAMED_PERSON`)."""
    out = [Count(m.start(), m.end(), 1, 1, text[m.start():m.end()]) for m in ONE_PERSON.finditer(low)]
    for m in NAMED_PERSON.finditer(text):
        group = next(g for g in ("aged", "victim", "object") if m.group(g))
        name = m.group(group)
        if not _people_word(name) and name.split()[0].lower() not in gz.PLACES:
            start = m.start(group)
            out.append(Count(start, m.end(), 1, 1, text[start:m.end()]))
    return out


def _people_word(name: str) -> bool:
    """'Palestinians', 'Kharkiv', 'Monday': a people, a place or a day, not a person's name."""
    first = name.split()[0]
    low = first.lower()
    return (low in gz.STATES or low in gz.GROUPS or low.rstrip("s") in gz.DEMONYMS or low in gz.DEMONYMS
            or low in ("the", "in", "on", "at", "police", "officials") or bool(NOT_PLACE.match(first)))


def _nearest(found: list[tuple[int, str]], start: int) -> str:
    """The first phrase after the item starts, else the last before it ('' if none)."""
    before = ""
    for pos, value in found:
        if pos >= start:
            return value.strip()
        before = value
    return before.strip()


def _clause_source(text: str, clauses: list[int], start: int) -> str:
    """The source the clause holding `start` names itself, if the sentence has more than one clause: in 'The Red
    Crescent put the toll at 60, while a local official said 70 had died', 'a local official' for the 70."""
    if len(clauses) == 1:
        return ""
    k = bisect.bisect_right(clauses, start) - 1
    clause = text[clauses[k]:clauses[k + 1] if k + 1 < len(clauses) else len(text)]
    return _named(SOURCE.search(clause) or LEAD_SOURCE.match(clause) or CLAUSE_SOURCE.match(clause))


def _source(text: str) -> str:
    """'according to the UN' -> 'UN'; '..., the ministry said.' -> 'the ministry'; 'Police said ...' -> 'Police'."""
    return _named(SOURCE.search(text) or LEAD_SOURCE.match(text))


def _named(m: re.Match[str] | None) -> str:
    """The source a match of SOURCE, LEAD_SOURCE or CLAUSE_SOURCE names ('' for none)."""
    named = (m.groupdict().get("according") or m.group("said") or "").strip(" ,") if m else ""
    return "" if named.lower() in NO_SOURCE else named


# "An estimated 4,500 people were injured": a determiner before "estimated" names nobody.
NO_SOURCE = frozenset({"a", "an", "the", "some", "about", "around", "nearly"})
