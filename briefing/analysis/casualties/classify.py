"""Which counts of a sentence are casualties, and of what kind: sieves tried in order, vetoes as named rules.

Each count is read once (`Reading`: the passive phrase after it, the active phrase before it, the words after
it). Vetoes drop a reading that looks like a toll but is none; the sieves then decide, most certain first:
  passive   "At least five civilians were killed and 29 injured"   count, group, then the verb
  active    "The war has killed tens of thousands of soldiers"     the verb (or "death toll rose to"), then the count
  taken     "took 14 soldiers prisoner"                            the count between a verb of taking and its noun
  refugees  "the U.S. had accepted 11,491 Syrian refugees"         a group that is displaced by what it is
  joined    "... of soldiers on both sides and more than 12,000 civilians"   a count joined by "and" to an
            active one takes its kind; "five civilians and two soldiers were killed": the first takes the second's
Every count gets a `Decision` naming the sieve that kept it or the veto that dropped it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from briefing.analysis.casualties import phrases as ph
from briefing.analysis.casualties.numbers import Count


def _alternation(kinds: dict[str, str]) -> str:
    return "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in kinds.items())


def _tally(nouns: str, toll: str = "") -> str:
    """'the death toll ... rose to', 'the number of detained ... at': a tally, then what brings it to its figure."""
    names = rf"{toll}|number\s+of\s+(?:{nouns})" if toll else rf"number\s+of\s+(?:{nouns})"
    stop = rf"(?!\b(?:{ph.TALLY_CLAUSE_OPENERS}|{ph.OTHER_TALLY})\b)"
    # a decimal point is no full stop: "the toll from Sunday's magnitude 7.4 earthquake climbed to 934"
    return rf"\b(?:{names})\b(?:{stop}(?:\d\.\d|[^.;:“”\"])){{0,100}}?\b(?:{'|'.join(ph.TOLL_VERBS)})"


ACTIVE_KINDS = {kind: phrase + (f"|{_tally(*ph.TALLIES[kind])}" if kind in ph.TALLIES else "")
                for kind, phrase in ph.ACTIVE_PHRASES.items()}
SINGULAR_PERSONS = frozenset(ph.PERSON_NOUNS.split())
PEOPLE_PLURALS = frozenset(w + "s" for w in ph.PERSON_NOUNS.split()) | {"people", "children", "men", "women"}
PERSON_NOUN = rf"(?:{'|'.join(ph.PERSON_NOUNS.split())}|police\s+officer)"

PASSIVE = re.compile(
    rf"""(?x)
    (?!\s+and\b)  # "at 214 and the wounded at 600": the next tally, not this count's group
    (?P<group>(?:\s+of)?(?:\s+(?:(?!{ph.NOT_GROUP}\b)[a-z’'.-]+|and(?=\s+(?!{ph.NOT_AFTER_AND})[a-z]))){{0,5}}?
      (?:\s+(?:of|in|from)\s+the(?:\s+[a-z-]+)?\s+{ph.SETTLEMENTS}\s+of\s+[a-z’'-]+)?)  # "of the village of Dresk"
    (?:,\s+(?:including|among\s+them|mostly|most\s+of\s+them|both|aged|a|an|[\w-]+\s+of\s+them)\s[^,;.]{{1,60}},)?
    (?:,?\s+who\s+(?:(?!{ph.MODALS}\b)[^,.;:“”"\d]){{1,60}}?,?(?=\s+(?:were|was|are|is|have|has|had|remain\w*)\b))?
      # "Eleven fishermen who put to sea before the warning were still missing", "The 40 miners, who went down
      # before dawn, are unaccounted for"
    (?P<comma>,(?=\s+(?:died|was|were|had|has|have|survived\s+and)\b))?  # "One of them, a 29-year-old nurse, died"
    (?P<aux>\s+(?:(?:{ph.AUXILIARIES})\s+){{1,4}})?(?:\s+|(?<=\s))(?:(?:{ph.ADVERBS})\s+)?
    (?:{_alternation(ph.PASSIVE_KINDS)})\b
    (?!\s+(?:would|will|could|may|might|are\s+to|to)\s+be\s+(?:freed|released|exchanged|swapped|returned))"""
)
ACTIVE = re.compile(
    rf"""(?x)\b(?:{_alternation(ACTIVE_KINDS)})
    \s+(?:(?:a\s+total\s+of|the|another|an\s+additional|a\s+further|some|at\s+least|a\s+family\s+of
        |his|her|their|its|(?:himself|herself|themselves)\s+and)\s+)?["“]?$"""  # "abducted his two sons",
    # "a bomber killed himself and six others"
)
# "five civilians [and] two soldiers were killed": a count with its group, then "and", then the next count.
# "Twenty-three people were rescued and five bodies were recovered": a count with a verb of its own is not joined.
BACK_JOINED = re.compile(r"(?:\s+(?:of\s+)?(?!(?:were|was|are|is|have|has|had|been)\b)[a-z’'.-]+){0,4}?,?\s+and\s+"
                         r"(?:(?:her|his|their)\s+)?")  # "A woman and her two children were among the dead"
# "... on both sides and more than 12,000": what may stand between two counts of one active verb.
JOINED = re.compile(r"[^.;:!?\d“”\"]{0,60}?(?:\band|,)\s+(?:(?:her|his|their|its)\s+)?$")  # "a woman and her two"
# "killed 12 people, a doctor at the hospital said": the count after the comma is who tells the toll.
SPEAKS = re.compile(r"(?:\s+[\w’'-]+){0,6}?\s+(?:said|says|told|tells|reported|added|confirmed|wrote|stated)\b")
ANY_KIND = re.compile(r"\b(?:" + "|".join([*ph.PASSIVE_KINDS.values(), *ACTIVE_KINDS.values()]) + r")\b")
GROUP_WORD = re.compile(r"""["”]?\s+([A-Za-z’'-]+)""")  # after a closing quote: killed "several dozen" soldiers
# "took 251 hostages": a noun of captivity counts only after a verb of taking ("33 hostages would be freed").
TAKEN = re.compile(r"\b(?:took|taken|taking|takes|seized|seizing|holding|holds|held|kidnapped|abducted|captured)"
                   r"\s+(?:\S+\s+){0,2}$")
# "Omar, 28, was arrested", "the death of Scott, 43, a father of seven": a number of one or two digits between
# commas after a word is an age, never a count.
AGE = re.compile(r",(?=\s)")
AGE_BEFORE = re.compile(r"[a-z’'.],\s+$")
HOLDING_VERB = re.compile(r"\b(?:holding|held|holds)$")
CAPTORS_BEFORE = re.compile(rf"\b(?:{ph.CAPTORS})\s+(?:(?:is|are|was|were|still|now|has\s+been|have\s+been)\s+)*$")
# "killed five people, three of them children": a part of the toll just told, as 'including' says.
PART_AFTER = re.compile(r"\s+of\s+(?:them|whom)\b")
# "Two soldiers were taken prisoner and one is missing", "two were killed and one wounded": a bare 'one' joined to
# a toll is a person.
AND_BEFORE = re.compile(r"\band\s+$")
# "27 had been killed in the past day, bringing the total to 1,203": the running total of the toll just told.
TOTAL_BEFORE = re.compile(r"\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|took|pushing|pushes)"
                          r"\s+(?:the|its)\s+(?:overall\s+|total\s+|cumulative\s+)?(?:total|tally|figure|number)"
                          r"(?:\s+[\w-]+){0,3}?\s+to\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+)?$")
# "killed 18 people, including seven children": a part of the toll just told.
INCLUDING = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\s+$")
HYPOTHETICAL = re.compile(r"\b(?:if|unless)\b[^,;.“”\"]{0,60}$")
# "a flood in May that forced 2,000 from their tents": the month after a preposition is no modal.
MODAL_BEFORE = re.compile(r"\b(?:would|could|(?<!\b(?:in|of|by|on)\s)(?<!since\s)(?<!early\s)(?<!late\s)may|might|will"
                          r"|shall|to)\s+(?:\w+\s+)?$")
# "the toll could reach 2,000", "officials expect the number of dead to rise to 50": a figure foretold (its verb is
# the one before the count: "the toll, which had been feared would pass 100, rose to 87" is told).
FORECAST_TALLY = re.compile(r"\b(?:could|would|will|may|might|expected|likely|set|feared|forecast|projected|predicted)"
                            r"\s+(?:\w+\s+)?(?:to\s+)?(?:rise|reach|climb|exceed|top|pass|hit|surpass|increase|fall|go)(?:\s+[a-z]+){0,2}$")
FORECAST_BEFORE = re.compile(r"\b(?:expect|expects|expected|fear|fears|feared|predict|predicts|predicted|forecast)"
                             r"\s+(?:that\s+)?(?:the\s+)?$")
# "taken 14 Ukrainian soldiers prisoner": the count sits between the verb and the noun of captivity.
PRISONER = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+(?:prisoners?|captives?|hostages?)\b")
FOUND_SAFE = re.compile(r"(?:\s+[\w,]+){0,6}?\s+(?:were|was|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:found|rescued"
                        r"|located|released|freed)\b")
COUNT_NEXT = re.compile(r"\s+(?:at\s+least\s+|more\s+than\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten"
                        r"|eleven|twelve|dozens|hundreds|thousands|scores|several)\b)")
# "A photographer captured the scene": a participle with no auxiliary and an object after it is an active verb.
BY_AGENT = re.compile(r"\s+by\b")
OBJECT_NEXT = re.compile(r"\s+(?:the|a|an|his|her|their|its|this|that|these|those|him|them|himself|herself"
                         r"|themselves)\b")
TRANSITIVE = re.compile(ph.TRANSITIVE)
CAPTURED_THING = re.compile(rf"\s+(?:{ph.CAPTURED_THINGS})\b")
# "... of the town's remaining 5,000 residents": what stands between a part and the whole it is counted from.
PART_OF = re.compile(r"\s+of\s+(?:the|its|their|his|her|[\w’'-]+[’']s)(?:\s+[\w’'-]+){0,3}?\s+")
# "14 of the 19 dead were civilians": the participle names the whole, a copula then says what the part were.
WHOLE_DESCRIBED = re.compile(r"\s+(?:were|was|are|is|included|include)\b")
LOST = re.compile(r"\b(?:lost|losing)$")
SAVED = re.compile(r"\bsav(?:e|ed|es|ing)\s+(?:the\s+)?$")
# Verbs that make a toll only with certain words after their count: (verb, what must follow).
NEEDS_TAIL = (
    # "forced nearly 2,000 from their tents", not "forced 12 workers to sign"
    (re.compile(r"(?:forced|forcing|driven|drove|driving)$"),
     re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:from\s+(?:their|his|her|its)\s+(?:homes|houses|tents|villages|land)"
                r"|to\s+(?:flee|evacuate)|out\s+of)\b")),  # "forcing about 9,000 residents to evacuate"
    # "are holding at least 200 opposition supporters without trial", not "holding 3 seats"
    (re.compile(r"(?:holding|held|holds)$"),
     re.compile(r"(?:\s+[\w’'-]+){0,4}?\s+(?:without\s+(?:charge|trial)|incommunicado"
                r"|in\s+(?:custody|detention|jail|prison)|for\s+questioning)\b")),  # "held 12 people for questioning"
)


@dataclass(frozen=True)
class Found:
    """A count read as a casualty: its kind, group, and offsets into the sentence."""

    kind: str
    count: Count
    start: int
    end: int
    group: str


@dataclass(frozen=True)
class Decision:
    """What became of one count: the casualty it is (or None), and the sieve or veto that decided it."""

    count: Count
    found: Found | None
    rule: str


@dataclass(frozen=True)
class Reading:
    """One count of a lowered sentence and the phrases around it that may make it a toll."""

    text: str
    count: Count
    passive: re.Match[str] | None
    active: re.Match[str] | None
    group_text: str
    group_end: int

    @property
    def bare(self) -> bool:
        """'one', 'a', 'an' with no group: too often a thing ('one captured by a dashboard camera')."""
        return self.count.text.lower() in ("one", "a", "an")

    @property
    def passive_kind(self) -> str:
        return self.passive.lastgroup or "" if self.passive else ""

    @property
    def passive_words(self) -> str:
        """The words of the passive phrase that gave its kind: 'hostages', 'were killed' -> 'killed'."""
        return self.passive.group(self.passive.lastgroup or 0) if self.passive else ""

    @property
    def active_words(self) -> str:
        return self.active.group().rstrip(" \"“") if self.active else ""


Veto = Callable[[Reading], bool]


def _after(r: Reading, pattern: re.Pattern[str]) -> bool:
    return r.passive is not None and pattern.match(r.text, r.passive.end()) is not None


def _lacks_tail(r: Reading) -> bool:
    """'forced 12 workers to sign' lacks 'from their homes'; 'holding 200 supporters without trial' has its tail,
    and so has 'the armed group holding 18 aid workers' (captors hold people)."""
    verb = r.active_words
    return not _held_by_captors(r) and \
        any(before.search(verb) and not after.match(r.text, r.count.end) for before, after in NEEDS_TAIL)


def _held_by_captors(r: Reading) -> bool:
    """'The armed group holding 18 foreign aid workers', 'militants are still holding 80': captives, not detainees."""
    assert r.active is not None
    return r.active.lastgroup == "detained" and HOLDING_VERB.search(r.active_words) is not None and \
        CAPTORS_BEFORE.search(r.text, max(0, r.active.start() - 40), r.active.start()) is not None


def _modal(r: Reading) -> bool:
    """'a strike would kill hundreds': a threat or a fear, no toll."""
    assert r.active is not None
    return MODAL_BEFORE.search(r.text, max(0, r.active.start() - 30), r.active.start()) is not None


def _forecast_tally(r: Reading) -> bool:
    """'the toll could reach 2,000', 'is expected to rise to 50', 'We do not expect the number of dead to fall short
    of a thousand': a tally foretold, no count ('the toll rose to 41' is one)."""
    assert r.active is not None
    return FORECAST_TALLY.search(r.active_words) is not None or \
        FORECAST_BEFORE.search(r.text, max(0, r.active.start() - 30), r.active.start()) is not None


def _lost_things(r: Reading) -> bool:
    """'lost 4,000 jobs' is no toll; 'lost 300 men' is."""
    return LOST.search(r.active_words) is not None and not ph.LOST_PEOPLE.intersection(r.group_text.split())


def _not_people(r: Reading) -> bool:
    """'accepted 40 applications' is no one displaced, 'seized 12 rifles' no one captured; 'accepted 11,491
    Syrian refugees' and 'seized 30 passengers' are."""
    verb = r.active_words.split()[-1:]
    if not verb:
        return False
    if verb[0] in ph.DISPLACED_ONLY:
        return _group(r.group_text) not in ph.DISPLACED_GROUPS
    return verb[0] in ph.PEOPLE_ONLY and not _people(r.group_text)


def _people(words: str) -> bool:
    """'30 passengers', 'five aid workers', 'two fishermen': the count is of people."""
    tokens = words.split()
    return bool(tokens) and (_group(words) in ph.GROUP_NOUNS.values() or any(
        w in PEOPLE_PLURALS or w.endswith(("ers", "ists", "men", "ians")) for w in tokens))


# Vetoes of the active reading, in order: (name, rule). True drops the verb before the count.
ACTIVE_VETOES: tuple[tuple[str, Veto], ...] = (
    ("lacks tail", _lacks_tail),
    ("not people", _not_people),
    ("modal", _modal),
    ("forecast tally", _forecast_tally),
    ("lost things", _lost_things),
)


def _apposition(r: Reading) -> bool:
    """'Five, a nurse, died' is no toll of five: a count set off by commas from its verb is another's; but
    'One of them, a 29-year-old nurse, died' and 'Crutcher, 40, a father, was killed' are (an opening comma,
    a person named with an age)."""
    if r.passive is None or not r.passive.group("comma"):
        return False
    opened = r.text[max(0, r.count.start - 2):r.count.start].startswith(",") and not r.count.text.isdigit()
    return not (opened or r.count.text.endswith(","))


def _count_follows(r: Reading) -> bool:
    """'A gunman shot dead four people': the verb is active, its count comes after."""
    return _after(r, COUNT_NEXT)


def _object_follows(r: Reading) -> bool:
    """'A photographer captured the scene', 'Two soldiers killed a civilian': no auxiliary, a transitive
    participle, an object after: the count did it ('2,000 fled the city' is still a toll)."""
    return r.passive is not None and not r.passive.group("aux") and TRANSITIVE.fullmatch(r.passive_words) is not None \
        and _after(r, OBJECT_NEXT)


def _captured_thing(r: Reading) -> bool:
    """'The video captured the moment': a camera's capture, whatever the voice."""
    return r.passive_kind == "captured" and _after(r, CAPTURED_THING)


def _noun_after_verb(r: Reading) -> bool:
    """'executed 7 hostages': a verb before the count says more than a noun after it."""
    return r.active is not None and r.passive_words in ph.NOUN_KINDS


def _part_of_told(r: Reading) -> bool:
    """'two of the injured': part of a toll already told."""
    return r.passive is not None and r.passive.group("group").split() in (["of", "the"], ["of", "those"])


def _one_among(r: Reading) -> bool:
    """'a man was among those killed' is one of the toll; 'five aid workers were among' is a group of it."""
    return r.passive is not None and r.count.min == 1 and " among " in r.passive.group()


def _hostages_not_taken(r: Reading) -> bool:
    """'33 hostages would be freed' holds no one taken now; 'took 251 hostages' does."""
    return r.passive_words == "hostages" and not TAKEN.search(r.text, max(0, r.count.start - 40), r.count.start)


def _bare_shot(r: Reading) -> bool:
    """'a video of a black person getting shot': 'shot' says who was hit only after an auxiliary ('were shot')
    or with its agent ('two officers shot by the gunman')."""
    return r.passive_kind == "injured" and r.passive_words == "shot" and not r.passive.group("aux") \
        and not _after(r, BY_AGENT)


def _found_safe(r: Reading) -> bool:
    """'Two hikers reported missing on Sunday were found alive': no longer missing."""
    return r.passive_kind == "missing" and _after(r, FOUND_SAFE)


def _saved(r: Reading) -> bool:
    """'saved 12 lives' is no toll."""
    return bool(SAVED.search(r.text, max(0, r.count.start - 12), r.count.start))


def _held_things(r: Reading) -> bool:
    """'Two meetings were being held' holds no one; '8 people were still being held' and '8 were being held' do."""
    group = r.passive.group("group").strip() if r.passive else ""
    return r.passive_words == "held" and bool(group) and not _people(group)


def _bare_one(r: Reading) -> bool:
    """'one captured by a dashboard camera': a bare 'one' names no one; 'and one is missing' after a toll does."""
    return r.bare and r.passive is not None and not r.passive.group("group").strip() \
        and not AND_BEFORE.search(r.text, max(0, r.count.start - 5), r.count.start)


# Vetoes of the passive reading, in order: (name, rule). True drops the phrase after the count.
PASSIVE_VETOES: tuple[tuple[str, Veto], ...] = (
    ("age", _apposition),
    ("count follows", _count_follows),
    ("object follows", _object_follows),
    ("captured thing", _captured_thing),
    ("noun after verb", _noun_after_verb),
    ("part of a told toll", _part_of_told),
    ("one among many", _one_among),
    ("hostages not taken", _hostages_not_taken),
    ("found safe", _found_safe),
    ("bare shot", _bare_shot),
    ("saved", _saved),
    ("held things", _held_things),
    ("bare one", _bare_one),
)


def _whole_described(r: Reading) -> bool:
    """'14 of the 19 dead were civilians': the toll is the 19, the 14 a part of it; but in 'Some 1,200 of the
    town's 5,000 residents were evacuated' the verb is the part's."""
    return r.passive is not None and not r.passive.group("aux") and _after(r, WHOLE_DESCRIBED)


def _first_veto(vetoes: tuple[tuple[str, Veto], ...], r: Reading) -> str:
    return next((name for name, rule in vetoes if rule(r)), "")


def read(text: str, count: Count) -> Reading:
    """The phrases around one count of the lowered sentence `text`."""
    passive = PASSIVE.match(text, count.end, min(len(text), count.end + 120))
    if passive and count.text.lower() in ("one", "a", "an") and not passive.group("group").strip():
        # "one detained reporter, a father of three, had died": the participle describes, the verb comes later;
        # "two were killed and one wounded": with no verb later, after "and", it is the verb
        later = PASSIVE.match(text, passive.end(), min(len(text), passive.end() + 120))
        if later or not AND_BEFORE.search(text, max(0, count.start - 5), count.start):
            passive = later
    before = text[max(0, count.start - 20):count.start].replace('"', " ").replace("“", " ").split()
    active = None
    if before and before[-1] in ph.ACTIVE_ENDS:
        reach = 140 if before[-1] in ph.LONG_REACH_ENDS else 40  # "death toll ... has risen to" is long
        active = ACTIVE.search(text, max(0, count.start - reach), count.start)
    group_text, group_end = _group_after(text, count.end)
    return Reading(text, count, passive, active, group_text, group_end)


def classify(text: str, counts: list[Count]) -> Iterator[Decision]:
    """A decision for each count of the lowered sentence `text`, in order.

    A count left without a kind waits (`pending`) for a passive count joined to it by "and":
    "five civilians and two soldiers were killed" is two items.
    """
    last_active: Found | None = None
    told = ""  # the kind of the last count read as a casualty ("" for none yet)
    pending: Count | None = None
    for count in counts:
        if HYPOTHETICAL.search(text, max(0, count.start - 70), count.start):
            last_active = pending = None
            yield Decision(count, None, "hypothetical")  # "if a portion of those billion people are displaced"
            continue
        if AGE.match(text, count.end) and AGE_BEFORE.search(text, max(0, count.start - 3), count.start) \
                and count.text.isdigit():
            last_active = pending = None
            yield Decision(count, None, "age")  # "Crutcher, 40, a father of two, was killed"
            continue
        r = read(text, count)
        active_veto = _first_veto(ACTIVE_VETOES, r) if r.active else ""
        if active_veto:
            r = Reading(r.text, r.count, r.passive, None, r.group_text, r.group_end)
        passive_veto = _first_veto(PASSIVE_VETOES, r) if r.passive else ""
        if not passive_veto and r.passive and pending is not None and not _whole_described(r) \
                and PART_OF.fullmatch(text, pending.end, count.start):
            count = pending  # "Some 1,200 of the town's remaining 5,000 residents were evacuated": the part counts
        if r.passive and not passive_veto:
            kind = r.passive_kind
            if pending is not None and r.passive_words not in ph.NOUN_KINDS \
                    and BACK_JOINED.fullmatch(text, pending.end, count.start):
                # (a noun joins no count before it: 'pulled 40 survivors from the rubble, and 17 bodies')
                words, end = _group_after(text, pending.end)
                yield Decision(pending, Found(kind, pending, pending.start, end, _group(words)), "joined before")
            told = kind
            yield Decision(count, Found(kind, count, count.start, r.passive.end(), _group(r.passive.group("group"))),
                           "passive")
            last_active = pending = None
            continue
        first = r.group_text.split()[:1]
        if first and first[0].lower() in ph.COUNTED_THINGS:
            last_active = pending = None
            yield Decision(count, None, "things")  # "reached several villages": a count of things
            continue
        found = _active(r) or _taken(r) or _refugees(r)
        if found is not None:
            last_active = found[0] if found[1] == "active" else None
            pending, told = None, found[0].kind
            yield Decision(count, found[0], found[1])
            continue
        if told and INCLUDING.search(text, max(0, count.start - 24), count.start):
            last_active = pending = None
            yield Decision(count, None, "part")  # "104 people were killed, including 35 children, and scores were
            continue  # wounded": a part of the toll told, not a count of the wounded
        total = TOTAL_BEFORE.search(text, max(0, count.start - 50), count.start) if told else None
        if total is not None:
            last_active = pending = None  # "27 had been killed in the past day, bringing the total to 1,203"
            yield Decision(count, Found(told, count, total.start(), r.group_end, _group(r.group_text)), "total")
            continue
        if last_active is not None:
            gap = text[last_active.count.end:count.start]
            if JOINED.fullmatch(gap) and not ANY_KIND.search(gap) and not SPEAKS.match(text, count.end) \
                    and not PART_AFTER.match(text, count.end):
                last_active = Found(last_active.kind, count, count.start, r.group_end, _group(r.group_text))
                pending = None
                yield Decision(count, last_active, "joined")
                continue
        last_active = None
        pending = count
        yield Decision(count, None, passive_veto or active_veto or "no phrase")


def _active(r: Reading) -> tuple[Found, str] | None:
    """'killed tens of thousands of soldiers', 'the death toll rose to 40'; 'gunmen holding 18 aid workers' are
    captors with captives."""
    if r.active is None or (r.bare and not r.group_text):
        return None
    kind = "captured" if _held_by_captors(r) else r.active.lastgroup or ""
    return Found(kind, r.count, r.active.start(), r.group_end, _group(r.group_text)), "active"


def _taken(r: Reading) -> tuple[Found, str] | None:
    """'taken 14 Ukrainian soldiers prisoner': a verb of taking, the count, then the noun of captivity."""
    if r.active is None and TAKEN.search(r.text, max(0, r.count.start - 40), r.count.start) \
            and PRISONER.match(r.text, r.count.end):
        return Found("captured", r.count, r.count.start, r.group_end, _group(r.group_text)), "taken"
    return None


def _refugees(r: Reading) -> tuple[Found, str] | None:
    """'the millions of refugees around the globe': people displaced by what they are, whatever the verb."""
    group = _group(r.group_text)
    if r.active is None and group in ph.DISPLACED_GROUPS:
        return Found("displaced", r.count, r.count.start, r.group_end, group), "refugees"
    return None


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
        if word in ph.GROUP_STOP or len(words) == 3:
            break
        words.append(word)
        pos = m.end()
    return " ".join(words), pos


def _group(words: str) -> str:
    """'ukrainian civilians' -> 'civilians'; an unknown plural head noun ('firefighters') is the group."""
    tokens = [w for w in words.split() if w not in ph.GROUP_STOP and w not in ("of", "others", "other", "more")]
    for i, word in enumerate(tokens):
        pair = " ".join(tokens[i:i + 2])
        if pair in ph.GROUP_NOUNS:  # "asylum seekers"
            return ph.GROUP_NOUNS[pair]
        if word in ph.GROUP_NOUNS:
            return ph.GROUP_NOUNS[word]
    if tokens and tokens[-1] in SINGULAR_PERSONS:
        return tokens[-1]  # 'a porter was killed': the porter, not the soldiers of the clause before
    return tokens[-1] if tokens and tokens[-1].endswith("s") else ""
