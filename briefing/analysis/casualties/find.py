"""Casualties: people killed, injured, missing, captured, detained or displaced, with a count.

Sieves run on each sentence that holds a casualty word, one count at a time:
  passive   "At least five civilians were killed and 29 injured"   count, group, then the verb
  active    "The war has killed tens of thousands of soldiers"     the verb (or "death toll rose to"), then the count
  joined    "... of soldiers on both sides and more than 12,000 civilians"   a count joined by "and" to an
            active one takes its kind; "five civilians and two soldiers were killed": the first takes the second's
A single person without a number counts one ("killed a 63-year-old man"). Place and period are the ones
nearest each item, the source is the sentence's; a toll repeated later in the story is kept once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from briefing.analysis.casualties.numbers import Count, find_counts
from briefing.analysis.text.folding import lower_keeping_offsets
from briefing.analysis.text.headlines import skipped_headlines
from briefing.analysis.text.segmentation import Doc, Sentence
from briefing.analysis.text.vocabulary import DAY, MONTH, TITLED_DAY
from briefing.model import Casualty

# A cheap pre-check on the lowered sentence: only sentences holding one of these reach the sieves.
CUE = re.compile(r"kill|dead|die[sd]?\b|dying|death|fatal|injur|wound|hurt|missing|unaccounted|captur|captiv"
                 r"|prisoner|hostage|abduct|kidnap|detain|arrest|custody|jail|imprison|displac|fled|flee|homeless"
                 r"|toll|lives\b|perish|slain|hospital|uproot|execut|massacr|murder|gunned|drown|bodies|rounded|forced|driven"
                 r"|evacu|relocat|shelter|drove|lost|losing|detention|burns|crossed|sought|roof|beaten|dehydrat|hypotherm|inhalation|holding|holds|held\s+(?:since|without|incommunicado)")

# Past participles, adjectives and nouns that say what happened to the people counted before them.
PASSIVE_KINDS = {
    "killed": r"killed|dead|died|die|perished|slain|lost\s+their\s+lives|deaths|fatalities|bodies|lives"
              r"|succumbed\s+to\s+(?:their|his|her)\s+(?:injuries|wounds)"
              r"|executed|massacred|murdered|gunned\s+down|drowned"
              r"|(?:burned|burnt|crushed|beaten|stabbed|shot|starved|frozen|trampled)\s+to\s+death"
              r"|(?:shot|stabbed|hacked|beaten)\s+dead"
              r"|fatally\s+(?:wounded|injured|shot|stabbed)",  # "A passer-by was fatally wounded"
    "injured": r"injured|wounded|hurt|burns|hospitali[sz]ed|injuries|taken\s+to\s+hospital"  # "16 of them with burns"
               r"|admitted\s+to\s+(?:\w+\s+)?hospitals?"  # "2,300 people have been admitted to hospitals"
               r"|suffered\s+(?:\w+\s+)?(?:injuries|wounds|burns)"
               r"|beaten|(?:needed|required|received)\s+hospital\s+treatment"  # "beaten and needed hospital treatment"
               r"|treated\s+(?:in\s+hospital\s+)?for\s+(?:\w+\s+)?(?:injuries|wounds|burns|dehydration|hypothermia"
               r"|smoke\s+inhalation)"  # "Twelve survivors were treated for dehydration"
               r"|sought\s+medical\s+(?:help|treatment|care)",  # "11 people had sought medical help"
    "missing": r"missing|unaccounted\s+for",
    "captured": r"captured|taken\s+(?:prisoner|captive|hostage)|held\s+(?:hostage|captive)|abducted|kidnapped"
                r"|hostages|in\s+(?:\w+\s+)?captivity",
    "detained": r"detained|arrested|jailed|imprisoned|in\s+custody|taken\s+into\s+custody|rounded\s+up|in\s+detention"
                r"|held(?=\s+(?:since|without\s+(?:charge|trial)|incommunicado))"
                r"|detentions|arrests",  # "The group counted 68 detentions"
    "displaced": r"(?:internally\s+)?displaced|fled|flee"
                 r"|crossed\s+(?:the\s+border\s+)?into|sought\s+(?:shelter|refuge|safety)"  # "2 million crossed into"
                 r"|forced\s+(?:to\s+flee|from\s+their\s+homes)|made\s+homeless|homeless"
                 r"|uprooted|driven\s+from\s+their\s+homes|evacuated|relocated|without\s+(?:shelter|a\s+home|homes|a\s+roof)"
                 r"|moved\s+to\s+(?:[\w-]+\s+)?(?:shelters?|camps|safety|safer\s+ground)"
                 r"|moved\s+to\s+(?:evacuation|relief|emergency)\s+(?:centres|centers|sites)",
}
# What stands between "death toll" and its figure: "rose to", "passes", "has climbed above", "stood at".
_TOLL_VERBS = (r"to|at|of|is|was|reached|reaches|hit|hits|passed|passes|exceeded|exceeds|topped|tops|surpassed"
               r"|surpasses|rose|rises|risen|climbed|climbs|jumped|soared|increased|crossed|crosses|now")


# "the toll is likely to rise because rescuers have not reached several villages": the figure is elsewhere.
# "... has risen to 140, officials said, as temperatures reached 47C": "as" opens a clause, "as of" does not.
_NEW_CLAUSE = r"because|when|while|but|although|though|whereas|as(?!\s+(?:of|many|high|much)\b)"


# "put the number of dead at 214 and the wounded at 600": a second tally takes the figure after it.
_OTHER_TALLY = r"the\s+(?:wounded|injured|dead|missing)"


def _tally(nouns: str, toll: str = "") -> str:
    """'the death toll ... rose to', 'the number of detained ... at': a tally, then what brings it to its figure."""
    names = rf"{toll}|number\s+of\s+(?:{nouns})" if toll else rf"number\s+of\s+(?:{nouns})"
    return rf"\b(?:{names})\b(?:(?!\b(?:{_NEW_CLAUSE}|{_OTHER_TALLY})\b)[^.;:“”\"]){{0,100}}?\b(?:{_TOLL_VERBS})"


# Verbs and phrases that take the count as their object.
ACTIVE_KINDS = {
    "killed": r"fatally\s+(?:wounding|wounded|injuring|injured|shooting|shot|stabbing|stabbed)"  # before "wounded"
              r"|killing|killed|kills|kill|claimed\s+the\s+lives\s+of|deaths?\s+of|killings?\s+of"
              r"|executing|executed|murdering|murdered|massacring|massacred|bodies\s+of|shot\s+dead|gunned\s+down"
              r"|lost|losing"  # "had lost more than 300 men": only with people after the count (LOST)
              + "|" + _tally(r"dead|deaths|fatalities|victims|people\s+killed",
                             toll=r"toll|deaths|fatalities|the\s+dead|total\s+(?:killed|dead)"),
    # "bringing the total killed in the area this month to more than 400"
    "injured": r"wounding|wounded|injuring|injured|injures|wounds|injuries\s+to|"  # "caused injuries to 30 people"
               + _tally("injured|wounded", toll=r"the\s+(?:wounded|injured)"),
    "captured": r"capturing|captured|captures|abducting|abducted|kidnapping|kidnapped|took\s+hostage",
    "detained": r"arresting|arrested|arrests|detaining|detained|detains|detention\s+of|arrests?\s+of"
                r"|jailing|jailed|imprisoning|imprisoned|rounding\s+up|rounded\s+up"
                r"|holding|held|holds"  # "holding 200 supporters without trial": see NEEDS_TAIL
                + "|" + _tally(r"detained|detainees|arrests|people\s+(?:arrested|detained)"),
    "displaced": r"displacing|displaced|displaces|displacement\s+of|forced\s+out|evacuating|evacuated|evacuation\s+of"
                 r"|forced|forcing|driven|drove|driving"  # "forced 8 million from their homes": see FLED_AFTER
                 + "|" + _tally(r"displaced|people\s+displaced|displaced\s+people|refugees"),
}


def _alternation(kinds: dict[str, str]) -> str:
    return "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in kinds.items())


# "soldiers and auxiliaries died" is one group; "people and wounded 200", "civilians and two soldiers" are not.
_NOT_AFTER_AND = (r"(?:killed|dead|died|wounded|injured|hurt|missing|captured|detained|arrested|displaced|fled"
                  r"|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|at|more"
                  r"|about|some|nearly|a|an|leaving|left|killing|wounding|injuring)\b")  # "and leaving four missing"
# Words a group never holds: modals and auxiliaries belong to the verb ("a man was among those killed").
_NOT_GROUP = (r"(?:would|will|could|may|might|should|must|and|or|but|was|were|is|are|has|have|had|been|among"
              r"|after|before|when|while|because|since|until|than|if|unless)")  # "50,000 cars after two drivers"
AUXILIARY = (r"were|was|are|is|have|has|had|been|being|be|to|reportedly|also|all|later|now|confirmed|believed"
             r"|among\s+(?:the|those)"
             r"|thought|feared|said|reported|still|remain|remained|remains|subsequently|either|left|so\s+far"
             r"|shot\s+and|stabbed\s+and|beaten\s+and|pronounced|found")
_MODAL = r"(?:will|would|could|may|might|should|must|can|cannot)"
_SETTLEMENT = r"(?:village|town|city|district|region|province|area|camp|port|island|valley)"
PASSIVE = re.compile(
    rf"""(?x)
    (?!\s+and\b)  # "at 214 and the wounded at 600": the next tally, not this count's group
    (?P<group>(?:\s+of)?(?:\s+(?:(?!{_NOT_GROUP}\b)[a-z’'.-]+|and(?=\s+(?!{_NOT_AFTER_AND})[a-z]))){{0,5}}?
      (?:\s+(?:of|in|from)\s+the(?:\s+[a-z-]+)?\s+{_SETTLEMENT}\s+of\s+[a-z’'-]+)?)  # "of the village of Dresk"
    (?:,\s+(?:including|among\s+them|mostly|most\s+of\s+them|both|aged|a|an|[\w-]+\s+of\s+them)\s[^,;.]{{1,60}},)?
    (?:\s+who\s+(?:(?!{_MODAL}\b)[^,.;:“”"\d]){{1,60}}?(?=\s+(?:were|was|are|is|have|has|had|remain\w*)\b))?
      # "Eleven fishermen who put to sea before the warning were still missing"
    (?P<comma>,(?=\s+(?:died|was|were|had|has|have)\b))?  # "One of them, a 29-year-old nurse, died"
    \s+(?:(?:{AUXILIARY})\s+){{0,4}}
    (?:{_alternation(PASSIVE_KINDS)})\b
    (?!\s+(?:would|will|could|may|might|are\s+to|to)\s+be\s+(?:freed|released|exchanged|swapped|returned))"""
)
ACTIVE = re.compile(
    rf"""(?x)\b(?:{_alternation(ACTIVE_KINDS)})
    \s+(?:(?:a\s+total\s+of|the|another|an\s+additional|a\s+further|some|at\s+least|a\s+family\s+of)\s+)?["“]?$"""
)
# The last word of every active phrase: only a count after one of these is searched for one.
ACTIVE_ENDS = frozenset("""killing killed kills kill of to at is was reached hit passed exceeded topped rose climbed
    stands stood jumped risen reaches hits passes exceeds tops surpassed surpasses rises climbs soared increased
    crossed crosses now wounding wounded injuring injured injures wounds capturing captured captures
    abducting abducted kidnapping kidnapped hostage arresting arrested arrests detaining detained detains
    displacing displaced displaces out the another additional further some least executing executed murdering
    murdered massacring massacred dead down forced forcing driven drove driving lost losing jailing jailed
    imprisoning imprisoned up holding held holds""".split())
LONG_REACH = frozenset([*_TOLL_VERBS.split("|"), "the", "another", "additional", "further", "some", "least"])
NOUN_KINDS = frozenset({"deaths", "fatalities", "bodies", "lives", "injuries", "hostages", "detentions", "arrests"})
# "five civilians [and] two soldiers were killed": a count with its group, then "and", then the next count.
# "Twenty-three people were rescued and five bodies were recovered": a count with a verb of its own is not joined.
BACK_JOINED = re.compile(r"(?:\s+(?:of\s+)?(?!(?:were|was|are|is|have|has|had|been)\b)[a-z’'.-]+){0,4}?,?\s+and\s+")
# "... on both sides and more than 12,000": what may stand between two counts of one active verb.
JOINED = re.compile(r"[^.;:!?\d“”\"]{0,60}?(?:\band|,)\s+(?:(?:her|his|their|its)\s+)?$")  # "a woman and her two"
ANY_KIND = re.compile(r"\b(?:" + "|".join([*PASSIVE_KINDS.values(), *ACTIVE_KINDS.values()]) + r")\b")
GROUP_WORD = re.compile(r"""["”]?\s+([A-Za-z’'-]+)""")  # after a closing quote: killed "several dozen" soldiers
GROUP_STOP = frozenset(
    """in on at and or but since during after before when while including across from with by as near over the
    a an were was are is have has had who that which been to into amid last this""".split()
)
GROUPS = {
    "civilian": "civilians", "civilians": "civilians",
    "soldier": "soldiers", "soldiers": "soldiers", "troops": "soldiers", "servicemen": "soldiers",
    "servicemembers": "soldiers", "marines": "soldiers", "personnel": "soldiers",
    "child": "children", "children": "children", "kids": "children", "minors": "children",
    "babies": "children", "infants": "children", "baby": "children", "boy": "children", "girl": "children",
    "police": "police", "policemen": "police", "officers": "police",
    "people": "people", "persons": "people", "person": "people", "man": "people", "woman": "people",
}
# "killed a 63-year-old man", "a soldier was wounded": one person, though no number is written.
_PERSON = (r"(?:man|woman|boy|girl|child|baby|teenager|soldier|civilian|person|journalist|policeman|police\s+officer"
           r"|officer|doctor|nurse|medic|paramedic|worker|farmer|student|fighter|resident|pensioner|volunteer"
           r"|prosecutor|judge|driver|pilot|guard|reporter|photographer|activist|protester|priest|teacher|commander"
           r"|leader|official|militant|politician|lawmaker|mayor|candidate|vendor|shopkeeper|passenger|pedestrian"
           r"|motorist|cyclist|tourist|migrant|refugee|inmate|suspect|gunman|attacker|bystander|employee|engineer"
           r"|diplomat|firefighter|rescuer|patient)")
ONE_PERSON = re.compile(
    rf"""(?x)\b(?:a|an)(?:\s+[\w-]+-year-old|\s+young|\s+local|\s+elderly|\s+second|\s+third)?
      (?=(?:\s+(?!(?:second|third)\b)[\w-]+)?\s+{_PERSON}\b)  # "killed a Hamas commander"
    | \ba\s+(?:second|third|fourth|fifth)(?=\s+(?:was|is|has|had|died)\b|\s*[.;])  # "and a third was wounded"
    | \bthe(?=\s+{_PERSON}(?:\s+of\s+the\s+[\w-]+)?\s+(?:was|has\s+been|had\s+been)\s)
      # "The prosecutor was wounded", "The driver of the lorry was arrested": one, named before
    | \bthe\s+{_PERSON},\s+\d{{1,2}},(?=\s+(?:was|has\s+been|had\s+been)\s)  # "The suspect, 19, was taken into custody"
    """
)
# "took 251 hostages": a noun of captivity counts only after a verb of taking ("33 hostages would be freed").
TAKEN = re.compile(r"\b(?:took|taken|taking|takes|seized|seizing|holding|holds|held|kidnapped|abducted|captured)"
                   r"\s+(?:\S+\s+){0,2}$")

PLACE = re.compile(
    r"""(?x)(?:(?:city|town|village|region|regions|province|district|oblast|area|port)\s+of
         |\b(?i:in|near|outside|across|around)(?:\s+the)?(?:\s+(?:(?:north|south)?(?:east|west)?(?:ern)?|north|south
            |central)(?=\s+[A-Z]))?)
    \s+(?P<place>(?:al-)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?(?:al-)?[A-Z][\w’'-]*)*)"""
)
NOT_PLACE = re.compile(
    rf"(?i)^(?:{MONTH}|{DAY}|the|a|an|his|her|their|its)$"
    r"|.*(?:ian|ese|ish)$"  # "the central Ukrainian city": an adjective, not the place
)
PERIOD = re.compile(
    rf"""(?x)
    \b(?:in|over|during|within)\s+the\s+(?:past|last|previous|preceding)\s+(?:[\w-]+\s+){{0,2}}?
        (?:day|days|hours|night|week|weeks|month|months|year|years)\b
    | \bsince\s+(?:the\s+(?:start|beginning|outbreak)\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?
        | the\s+(?:war|conflict|fighting|invasion|offensive|attack|uprising)\s+(?:began|started|broke\s+out)
        | \d{{4}} | [A-Z][a-z]+(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})? | last\s+\w+)
    | \b(?:(?:late|early)\s+)?on\s+{TITLED_DAY}(?:\s+(?:night|morning|evening|afternoon))?
    | \b(?:this|last)\s+(?:week|month|year|weekend|night)\b
    | \bover\s+the\s+weekend\b | \bovernight\b | \byesterday\b | \bso\s+far\s+this\s+year\b | \bin\s+\d{{4}}\b"""
)
# Who reports a toll: "according to the UN", "..., officials said on Friday", "The ministry said 12 ...".
_REPORTED = r"(?:said|says|reported|reports|announced|confirmed|added)"
_SOURCE_WORDS = (r"(?!(?:and|but|or|while|who|which|as)\b)(?:(?!\b(?:were|was|is|are|had|has|have)\b)[^,;“”\"]){1,60}?"
                 r"(?<!\band)(?<!\bbut)")  # "The RSF denied it and said": no source named
SOURCE = re.compile(
    rf"""(?x)\baccording\s+to\s+(?:the\s+)?(?P<according>[^,.;:“”"()]{{2,80}}?)
        (?=\s*(?:[,.;:()]|$)|\s+(?:in|on|at|which|who|where|since|for)\b)
    | ,\s+(?P<said>{_SOURCE_WORDS})\s+{_REPORTED}\b[^,;“”"]{{0,30}}$"""
)
LEAD_SOURCE = re.compile(rf"^(?:[^,;“”\"]{{1,60}},\s+)?(?P<said>(?:the\s+)?[A-Z]{_SOURCE_WORDS})\s+{_REPORTED}\b")


@dataclass(frozen=True)
class _Found:
    kind: str
    count: Count
    start: int  # offsets into the sentence
    end: int
    group: str


def find_casualties(doc: Doc) -> tuple[Casualty, ...]:
    """Every casualty report in the body, a repeated toll kept once, in order of the text.

    'At least five civilians were killed and 29 injured in the past day, according to the UN.'
    -> killed min 5 (civilians), injured 29 (civilians), both with period 'in the past day', source 'UN'.
    The headline is left out: the lead says the same at length.
    """
    out: list[Casualty] = []
    seen: dict[tuple[str, int | None], list[int]] = {}
    headlines = skipped_headlines(doc)
    for sentence in doc.sentences:
        if sentence.paragraph in headlines or not CUE.search(lower_keeping_offsets(sentence.text)):
            continue
        for item in sentence_casualties(sentence, out[-1].group if out else ""):
            same = seen.setdefault((item.kind, item.min), [])
            repeat = next((i for i in same if _compatible(item, out[i])), None)
            if repeat is None:
                same.append(len(out))
                out.append(item)
            elif _detail(item) > _detail(out[repeat]):
                out[repeat] = item  # "22 people were killed" then "killed 22 people in Tyre, the ministry said"
    return tuple(out)


def _compatible(a: Casualty, b: Casualty) -> bool:
    """Two reports of one toll unless they name different groups or places ('2 killed in Kharkiv', '2 in Odesa')."""
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
    found = list(_classify(low, counts))
    if not found:
        return []
    places = [(m.start(), m.group("place")) for m in PLACE.finditer(text) if not NOT_PLACE.match(m.group("place"))]
    periods = [(m.start(), m.group()) for m in PERIOD.finditer(text)]
    source = _source(text)
    out = []
    previous_group = carried if ANOTHER.match(text) else ""
    for f in found:
        group = f.group or previous_group
        previous_group = group
        out.append(Casualty(
            kind=f.kind, min=f.count.min, max=f.count.max, group=group, place=_nearest(places, f.start),
            period=_nearest(periods, f.start), source=source, text=text[f.start:f.end],
            start=sentence.start + f.start, end=sentence.start + f.end,
        ))
    return out


def _one_person(text: str, low: str) -> list[Count]:
    return [Count(m.start(), m.end(), 1, 1, text[m.start():m.end()]) for m in ONE_PERSON.finditer(low)]


def _nearest(found: list[tuple[int, str]], start: int) -> str:
    """The first phrase after the item starts, else the last before it ('' if none)."""
    before = ""
    for pos, value in found:
        if pos >= start:
            return value.strip()
        before = value
    return before.strip()


def _classify(text: str, counts: list[Count]) -> Iterator[_Found]:
    """Give each count a kind by the passive, active and joined sieves, in that order (`text` lowered).

    A count left without a kind takes the kind of a passive count joined to it by "and":
    "five civilians and two soldiers were killed" is two items.
    """
    last_active: _Found | None = None
    pending: Count | None = None
    for count in counts:
        if CONDITION.search(text, max(0, count.start - 70), count.start):
            last_active = pending = None
            continue  # "if a portion of those billion people are displaced": a hypothetical
        # "one captured by a dashboard camera": a bare "one" is too often a thing; "one soldier" is a count.
        bare_one = count.text.lower() in ("one", "a", "an")
        passive = PASSIVE.match(text, count.end, min(len(text), count.end + 120))
        before = text[max(0, count.start - 20):count.start].replace('"', " ").replace("“", " ").split()
        active = None
        if before and before[-1] in ACTIVE_ENDS:
            reach = 140 if before[-1] in LONG_REACH else 40  # "death toll ... has risen to" is long
            active = ACTIVE.search(text, max(0, count.start - reach), count.start)
        if passive and bare_one and not passive.group("group").strip():
            # "one detained reporter, a father of three, had died": the participle describes, the verb comes later
            passive = PASSIVE.match(text, passive.end(), min(len(text), passive.end() + 120))
        if passive and passive.group("comma") and not _opens_apposition(text, count):
            passive = None
        if passive and COUNT_NEXT.match(text, passive.end()):
            passive = None  # "A gunman shot dead four people": the verb is active, its count comes after
        if active and _lacks_tail(active.group().rstrip(" \"“"), text, count.end):
            active = None  # "forced 12 workers to sign", "holding 3 seats": no toll without the words after
        # "executed 7 hostages": a verb before the count says more than a noun after it.
        if passive and active and passive.group(passive.lastgroup or 0) in NOUN_KINDS:
            passive = None
        if passive and passive.group("group").split() in (["of", "the"], ["of", "those"]):
            passive = None  # "two of the injured": part of a toll already told
        if passive and count.min == 1 and " among " in passive.group():
            passive = None  # "a man was among those killed" is one of the toll; "five aid workers" a group of it
        if passive and passive.group(passive.lastgroup or 0) == "hostages" and not TAKEN.search(
                text, max(0, count.start - 40), count.start):
            passive = None
        if passive and passive.lastgroup == "missing" and FOUND_SAFE.match(text, passive.end()):
            passive = None  # "Two hikers reported missing on Sunday were found alive": no longer missing
        if passive and pending is not None and PART_OF.fullmatch(text, pending.end, count.start):
            count = pending  # "Some 1,200 of the town's remaining 5,000 residents were evacuated": the part counts
        if passive and not (bare_one and not passive.group("group").strip()) and not _saved(text, count.start):
            kind = passive.lastgroup or ""
            if pending is not None and BACK_JOINED.fullmatch(text, pending.end, count.start):
                words, end = _group_after(text, pending.end)
                yield _Found(kind, pending, pending.start, end, _group(words))
            yield _Found(kind, count, count.start, passive.end(), _group(passive.group("group")))
            last_active = pending = None
            continue
        group_text, group_end = _group_after(text, count.end)
        if group_text.split()[:1] and group_text.split()[0].lower() in THINGS:
            last_active = pending = None
            continue  # "reached several villages": a count of things
        if active and MODAL_BEFORE.search(text, max(0, active.start() - 30), active.start()):
            active = None  # "a strike would kill hundreds": a threat or a fear, no toll
        if not active and TAKEN.search(text, max(0, count.start - 40), count.start) and PRISONER.match(
                text, count.end):
            yield _Found("captured", count, count.start, group_end, _group(group_text))
            last_active = pending = None
            continue
        if active and LOST.search(active.group().rstrip()) and not LOST_PEOPLE.intersection(group_text.split()):
            active = None  # "lost 4,000 jobs" is no toll; "lost 300 men" is
        if active and not (bare_one and not group_text):
            last_active = _Found(active.lastgroup or "", count, active.start(), group_end, _group(group_text))
            pending = None
            yield last_active
            continue
        if last_active is not None:
            gap = text[last_active.count.end:count.start]
            if JOINED.fullmatch(gap) and not ANY_KIND.search(gap):
                last_active = _Found(last_active.kind, count, count.start, group_end, _group(group_text))
                pending = None
                yield last_active
                continue
        last_active = None
        pending = count


# Counted things that are not people: "reached several villages", "for three days".
THINGS = frozenset("""villages towns cities houses homes buildings days hours weeks months years times kilometres
    kilometers miles metres meters percent per cent points votes seats rounds districts provinces regions""".split())
CONDITION = re.compile(r"\b(?:if|unless)\b[^,;.“”\"]{0,60}$")
# "a flood in May that forced 2,000 from their tents": the month after a preposition is no modal.
MODAL_BEFORE = re.compile(r"\b(?:would|could|(?<!\b(?:in|of|by|on)\s)(?<!since\s)(?<!early\s)(?<!late\s)may|might|will"
                          r"|shall|to)\s+(?:\w+\s+)?$")
# "taken 14 Ukrainian soldiers prisoner": the count sits between the verb and the noun of captivity.
PRISONER = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+(?:prisoners?|captives?|hostages?)\b")
# "Another 50 were injured", "Dozens more were wounded": the toll goes on from the sentence before.
ANOTHER = re.compile(r"\W*(?:(?:another|a\s+further|an\s+additional|further)\s"
                     r"|[\w,-]+(?:\s+[\w,-]+)?\s+(?:more|others)\b)", re.IGNORECASE)
FOUND_SAFE = re.compile(r"(?:\s+[\w,]+){0,6}?\s+(?:were|was|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:found|rescued"
                        r"|located|released|freed)\b")
COUNT_NEXT = re.compile(r"\s+(?:at\s+least\s+|more\s+than\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten"
                        r"|eleven|twelve|dozens|hundreds|thousands|scores|several)\b)")
# "... of the town's remaining 5,000 residents": what stands between a part and the whole it is counted from.
PART_OF = re.compile(r"\s+of\s+(?:the|its|their|his|her|[\w’'-]+[’']s)(?:\s+[\w’'-]+){0,3}?\s+")
LOST = re.compile(r"\b(?:lost|losing)$")
LOST_PEOPLE = frozenset({"soldiers", "people", "civilians", "men", "fighters", "lives", "troops", "police", "children",
                         "servicemen", "officers", "personnel"})
# Verbs that make a toll only with certain words after their count: (verb, what must follow).
NEEDS_TAIL = (
    # "forced nearly 2,000 from their tents", not "forced 12 workers to sign"
    (re.compile(r"(?:forced|forcing|driven|drove|driving)$"),
     re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:from\s+(?:their|his|her|its)\s+(?:homes|houses|tents|villages|land)"
                r"|to\s+(?:flee|evacuate)|out\s+of)\b")),  # "forcing about 9,000 residents to evacuate"
    # "are holding at least 200 opposition supporters without trial", not "holding 3 seats"
    (re.compile(r"(?:holding|held|holds)$"),
     re.compile(r"(?:\s+[\w’'-]+){0,4}?\s+(?:without\s+(?:charge|trial)|incommunicado"
                r"|in\s+(?:custody|detention|jail|prison))\b")),
)
SAVED = re.compile(r"\bsav(?:e|ed|es|ing)\s+(?:the\s+)?$")


def _opens_apposition(text: str, count: Count) -> bool:
    """'One of them, [a 29-year-old nurse], died': a count set off by commas; 'Morrow, [43], was killed' is an age."""
    return text[max(0, count.start - 2):count.start].startswith(",") and not count.text.isdigit()


def _lacks_tail(verb: str, text: str, end: int) -> bool:
    """'forced 12 workers to sign' lacks 'from their homes'; 'holding 200 supporters without trial' has its tail."""
    return any(before.search(verb) and not after.match(text, end) for before, after in NEEDS_TAIL)


def _saved(text: str, start: int) -> bool:
    """'saved 12 lives' is no toll."""
    return bool(SAVED.search(text, max(0, start - 12), start))


def _group_after(text: str, end: int) -> tuple[str, int]:
    """'killing three [people]', 'tens of thousands [of soldiers] on both sides': up to three words."""
    words: list[str] = []
    pos = end
    for m in GROUP_WORD.finditer(text, end, min(len(text), end + 60)):
        if m.start() != pos:
            break
        word = m.group(1)
        if word == "of" and not words:
            pos = m.end()
            continue
        if word in GROUP_STOP or len(words) == 3:
            break
        words.append(word)
        pos = m.end()
    return " ".join(words), pos


def _group(words: str) -> str:
    """'ukrainian civilians' -> 'civilians'; an unknown plural head noun ('firefighters') is the group."""
    tokens = [w for w in words.split() if w not in GROUP_STOP and w not in ("of", "others", "other", "more")]
    for word in tokens:
        if word in GROUPS:
            return GROUPS[word]
    return tokens[-1] if tokens and tokens[-1].endswith("s") else ""


def _source(text: str) -> str:
    """'according to the UN' -> 'UN'; '..., the ministry said.' -> 'the ministry'; 'Police said ...' -> 'Police'."""
    m = SOURCE.search(text) or LEAD_SOURCE.match(text)
    if not m:
        return ""
    return (m.groupdict().get("according") or m.group("said") or "").strip()
