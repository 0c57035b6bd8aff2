"""Actors: name mentions merged into one party each, named by the fullest form, ordered by prominence."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from briefing.analysis.actors.names import (
    ARTICLE_PREFIX,
    NAME_RUN,
    ORGANIZATION,
    PERSON,
    STATE,
    SUFFIXES,
    SURNAME_PARTICLES,
    UNKNOWN,
    Mention,
    find_mentions,
    given_name,
    norm,
)
from briefing.analysis.actors.roles import best_role, described_roles
from briefing.analysis.lexicon import gazetteer as gz
from briefing.analysis.text.quoted_spans import quote_around, quoted_spans
from briefing.analysis.text.segmentation import CREDIT, Doc, repair_mojibake
from briefing.model import Actor

# "Caddell said" / "said Caddell" / "Aisha, 32, who fled the city, said": a lone name that speaks is a person.
SPEAKS_AFTER = re.compile(
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:(?:,[ \t]*(?:the|a|an|\d+|who|whose)\b[^,\n\"“”]{0,100}){1,2},)?[ \t]+(?:"
    + "|".join(sorted(gz.SPEECH_VERBS)) + r")\b"
)
SPEAKS_BEFORE = re.compile(r"\b(?:said|says|wrote|added|asked|noted|explained|argued|insisted|warned)[ \t]+"
                           r"(?:[A-Z][\w.&\-]*['’]s[ \t]+)?$")
# ... and the lone name after "said" ends the clause: "said Caddell." / "said Caddell, who ..."
CLAUSE_AFTER_NAME = re.compile(r"[ \t]*(?:[,.;:)(]|$|[ \t]+(?:of|in|at|on|from|who|for|to)\b)")
NICKNAME = re.compile(r"[“\"‘]([^\s“”\"‘’]+)[”\"’]\s")
NEXT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|him|it|[Ii]ts)\b")
PRONOUN_REACH = 200
# 'Dal said he ...', 'Dal told reporters she ...': the pronoun of the clause a lone name speaks in.
SAID_PRONOUN = re.compile(r"[ \t]+(?:said|says|added|told[ \t]+\w+|insisted|argued|stressed)[ \t]+(?:that[ \t]+)?"
                          r"(he|she|his|her)\b")
PERSONAL_RETINUE = r"(?:campaign|aides?|allies|supporters|family|presidency|camp|wife|husband|running\s+mate)\b"
# Family-name endings of many languages: 'Kowalski', 'Petrenko', 'Gonzalez', 'Papadopoulos', 'Andersson'.
SURNAME_ENDING = re.compile(
    r"(?:sk[iayí]|ck[iay]|wicz|vich|vi[cć]|i[cć]|[oe]va?|enko|chuk|y[au]k|yan|dze|shvili|sson|sen|son|ez|escu|"
    r"opoulos|akis|idis|o[gğ]lu|stein|mann|elli|etti|ucci|ini|ieri)$"
)
# 'commission on presidential debates' -> head 'commission': where an organization's name goes on.
OF_TAIL = re.compile(r" (?:of|on|for) ")
# 'in Nice', 'near Karavan': what comes right before a place.
LOCATIVE = re.compile(r"\b(?:in|near|outside|across|around|into|throughout)[ \t]+$")
# A quoted 'I', 'my' or 'me': a person speaks for themself, an organization says 'we'.
FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|my|me|myself)\b")
WHO_AFTER = re.compile(r",\s+who\b")
KNOWN_AS = re.compile(r",?\s+(?:also\s+|better\s+|widely\s+)?known\s+as\s+([A-Z][\w\-’']+)")
STATE_ALIASES = {"us": "United States", "u.s": "United States", "usa": "United States", "america": "United States",
                 "united states of america": "United States", "uk": "United Kingdom", "u.k": "United Kingdom",
                 "britain": "United Kingdom", "great britain": "United Kingdom", "russian federation": "Russia",
                 "turkiye": "Turkey", "czechia": "Czech Republic"}


@dataclass
class _Cluster:
    """An actor under construction (local to one `cast` call)."""

    kind: str
    mentions: list[Mention] = field(default_factory=list)
    best: Mention | None = None

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        if self.best is None or len(m.tokens) > len(self.best.tokens):
            self.best = m

    @property
    def surname(self) -> str:
        return self.best.surname if self.best else ""

    @property
    def first(self) -> str:
        return self.best.tokens[0] if self.best and len(self.best.tokens) > 1 else ""

    @property
    def last(self) -> int:
        return self.mentions[-1].start


class Link(NamedTuple):
    """One name mention in the text and the index of its actor in `Cast.actors`: 'Mr Zelenskyy' at 120-133 -> 0."""

    start: int
    end: int
    actor: int


@dataclass(frozen=True)
class Cast:
    """The actors of a document, most prominent first, and every name mention linked to its actor (in text
    order), which the statement passes reuse instead of finding the names again."""

    actors: tuple[Actor, ...]
    links: tuple[Link, ...]


def find_actors(doc: Doc) -> Cast:
    """Persons, organizations and states of the story, most mentioned first."""
    return cast(doc)


def cast(doc: Doc) -> Cast:
    """Merge 'Ukrainian President Volodymyr Zelenskyy', 'Mr Zelenskyy' and 'Zelenskyy' into one actor."""
    mentions = find_mentions(doc)
    starts = [m.start for m in mentions]
    # (lone words of the body: a headline's capitals are no cue, 'Shipping firm warns' beside 'Alder Shipping')
    people = _People(Counter(m.tokens[0] for m in mentions
                             if len(m.tokens) == 1 and m.kind in (PERSON, UNKNOWN) and not m.headline),
                     _referred_to_as_people(mentions, doc.text))
    others: dict[str, _Cluster] = {}
    for m in mentions:
        if m.headline:
            continue
        if m.kind in (ORGANIZATION, STATE):
            key = _state_name(" ".join(m.tokens)).lower().removeprefix("the ")  # 'The New York Times' is one body
            others.setdefault(key, _Cluster(m.kind)).add(m)
        else:
            people.place(m, doc.text)
    people.place_early()
    for m in mentions:
        if m.headline and m.kind == PERSON and len(m.tokens) >= 2:
            people.name_from_headline(m)
    persons = [replace(c, kind=_person_or_organization(c, doc.text, starts)) for c in people.clusters if c.mentions]
    credited = _credited(doc)
    persons = [c for c in persons if not _only_where(c, doc.text) and c.best and c.best.tokens not in credited]
    clusters = _given_names_joined(persons) + _short_forms_joined(others)
    clusters.sort(key=lambda c: (-sum(not m.headline for m in c.mentions), min(m.start for m in c.mentions)))
    linked = sorted(((m, i) for i, c in enumerate(clusters) for m in c.mentions), key=lambda x: x[0].start)
    described = described_roles(doc.text, [(s.start, s.end) for s in doc.sentences],
                                [(m.start, i) for m, i in linked if clusters[i].kind == PERSON and not m.headline],
                                {i: _titles(c) for i, c in enumerate(clusters)})
    # 'Fillon said' is François Fillon's: no automatic 'Fillon' for his wife Penelope Fillon
    alone = Counter(m.text for c in clusters if c.kind == PERSON for m in set(c.mentions) if len(m.tokens) == 1)
    actors = tuple(_actor(c, described.get(i, ()), alone) for i, c in enumerate(clusters))
    return Cast(actors, tuple(Link(m.start, m.end, i) for m, i in linked))


def _gender(m: Mention) -> str:
    """'m', 'f' or '' from 'Mr'/'Ms' or a known given name."""
    if m.honorific:
        return "f" if m.honorific.lower().rstrip(".") in gz.FEMALE_HONORIFICS else "m"
    first = given_name(m.tokens[0]) if len(m.tokens) > 1 else ""
    if first in gz.MALE_FIRST_NAMES:
        return "m"
    if first in gz.FEMALE_ONLY_FIRST_NAMES:
        return "f"
    return ""


def _pronoun_gender(text: str, end: int) -> str:
    """'m' or 'f' from a personal pronoun right after a name's verb ('Dal said he would appeal'), else ''."""
    pronoun = SAID_PRONOUN.match(text, end)
    return "" if pronoun is None else "m" if pronoun.group(1).lower() in ("he", "his", "him") else "f"


def _person_or_organization(c: _Cluster, text: str, starts: list[int]) -> str:
    """'Gazprom said it would ...': a lone word that speaks, never with a given name, title, honorific or role,
    is more often an organization than a person; 'Caddell said' under a headline 'Pat Caddell' is a person, and
    so is 'Revesz said his office ...' (a personal pronoun follows before any other name),
    'Clinton said' where the text also writes 'Clinton aides' or 'the Clinton campaign', 'Kowalski said' (a
    family name's ending) and 'Okafor said' after a quote in which the speaker says 'I', unless the text writes
    'its' after the name."""
    if any(m.kind == PERSON or len(m.tokens) > 1 or m.tokens[0] in gz.FIRST_NAMES or WHO_AFTER.match(text, m.end)
           for m in c.mentions):
        return PERSON  # 'Brekke, who chairs the board, said': 'who' is for people ('Vostgaz, which ...')
    if re.search(rf"\b{re.escape(c.mentions[0].text)}(?:['’]s)?\s+{PERSONAL_RETINUE}", text):
        return PERSON
    owns = False  # 'Vostgaz said its profits fell': 'its' marks an organization
    for m in c.mentions:
        k = bisect.bisect_right(starts, m.start)
        stop = min(starts[k] if k < len(starts) else len(text), m.end + PRONOUN_REACH)
        pronoun = NEXT_PRONOUN.search(text, m.end, stop)
        if pronoun and pronoun.group().lower() not in ("it", "its"):
            return PERSON
        owns = owns or (pronoun is not None and pronoun.group().lower() == "its")
    if not owns and (SURNAME_ENDING.search(c.mentions[0].tokens[0])
                     or any(_quotes_in_first_person(text, m) for m in c.mentions)):
        return PERSON
    return ORGANIZATION


def _only_where(c: _Cluster, text: str) -> bool:
    """'Police in Nice said the square was closed': a lone word read as an organization only because it speaks,
    and always written after 'in' or 'near', is where something happened, not a party."""
    return c.kind == ORGANIZATION and all(
        len(m.tokens) == 1 and LOCATIVE.search(text, max(0, m.start - 12), m.start) for m in c.mentions)


def _credited(doc: Doc) -> frozenset[tuple[str, ...]]:
    """'By Karen Lindqvist' over an opinion piece, and 'Karen Lindqvist is a former diplomat' under it: the names of
    the byline and sign-off lines (lowered words), whose bearers wrote the story and are no party to it."""
    runs = [[norm(w) for w in run.group().split()] for p in doc.paragraphs if p.kind == CREDIT
            for run in NAME_RUN.finditer(doc.text, p.start, p.end)]
    return frozenset(tuple(words[k:]) for words in runs for k in range(len(words) - 1))  # 'By Karen ...' too


def _referred_to_as_people(mentions: list[Mention], text: str) -> frozenset[tuple[str, ...]]:
    """Unknown full names the text treats as someone: 'Suu Kyi, who had breakfast with ...' ('which' is for
    things; a 'he' or 'her' after a name is too loose a cue: 'a Gold Star mother ... her son')."""
    return frozenset(m.tokens for m in mentions
                     if m.kind == UNKNOWN and len(m.tokens) > 1 and WHO_AFTER.match(text, m.end))


def _quotes_in_first_person(text: str, m: Mention) -> bool:
    """'“I told them the pay was late,” Okafor said.': the paragraph of the name quotes someone saying 'I'; so
    does the paragraph after one that ends in a colon: 'Speaking outside the hall, Dal said:' / '"I will not sign."'"""
    start = text.rfind("\n", 0, m.start) + 1
    end = text.find("\n", m.end)
    if end >= 0 and text[m.end:end].rstrip().endswith(":"):
        end = _paragraph_end(text, end)
    paragraph = text[start:end if end >= 0 else len(text)]
    spans = quoted_spans(paragraph, 0)
    return any(quote_around(f.start(), spans) is not None for f in FIRST_PERSON.finditer(paragraph))


def _paragraph_end(text: str, pos: int) -> int:
    """The end of the paragraph after the line break at `pos` (blank lines skipped): -1 at the end of the text."""
    while pos < len(text) and text[pos] in "\n \t":
        pos += 1
    return text.find("\n", pos)


def _given_names_joined(people: list[_Cluster]) -> list[_Cluster]:
    """'his wife, Heidi' named before 'Heidi Cruz' is Heidi Cruz (when one person has that given name)."""
    by_first: dict[str, list[_Cluster]] = {}
    for c in people:
        if c.first:
            by_first.setdefault(c.first, []).append(c)
    out: list[_Cluster] = []
    for c in people:
        home = by_first.get(c.surname, []) if not c.first and c.best and len(c.best.tokens) == 1 else []
        if len(home) == 1 and not any(x.honorific for x in c.mentions):
            for m in c.mentions:
                home[0].add(m)
        else:
            out.append(c)
    return out


def _short_forms_joined(bodies: dict[str, _Cluster]) -> list[_Cluster]:
    """'Commission co-chairman Frank Fahr' after 'the Commission on Presidential Debates': a one-word name that is
    the head of one longer name of the story (the word before its 'of', 'on' or 'for'), or its last word, is that
    body."""
    heads: dict[str, list[str]] = {}
    for key in bodies:
        head = OF_TAIL.split(key, maxsplit=1)
        if len(head) > 1 and head[0]:
            heads.setdefault(head[0].rsplit(None, 1)[-1], []).append(key)
    for key in list(bodies):
        longer = heads.get(key, []) if " " not in key else []
        if not longer and " " not in key and key not in gz.ORGANIZATIONS:
            # 'the Tribune' after 'the Dagens Tribune': the last word of one longer name ('the House' is its own)
            longer = [k for k in bodies if k.endswith(f" {key}") and not OF_TAIL.search(k)]
        if len(longer) == 1 and bodies[key].kind == bodies[longer[0]].kind:
            for m in bodies.pop(key).mentions:
                bodies[longer[0]].add(m)
    return list(bodies.values())


def _compatible(cluster: _Cluster, m: Mention) -> bool:
    """'Donald J. Trump' and 'Donald Trump' are one person; 'Bill Clinton' and 'Hillary Clinton' are two;
    'Michelle Obama' does not join the 'Mr. Obama' named before her."""
    if cluster.surname != m.surname:
        return False
    mine = _gender(m)
    if mine and any(_gender(x) not in ("", mine) for x in cluster.mentions[-8:]):
        return False
    if len(m.tokens) < 2 or not cluster.first:
        return True
    longer, shorter = sorted((cluster.best.tokens, m.tokens), key=len, reverse=True) if cluster.best else ((), ())
    if len(shorter) >= 2 and (shorter[0] not in gz.FIRST_NAMES or shorter[0] in SURNAME_PARTICLES) and \
            longer[-len(shorter):] == shorter:
        return True  # 'Peña Nieto' is 'Enrique Peña Nieto', 'Von der Leyen' 'Ursula von der Leyen'
    a, b = cluster.first, m.tokens[0]
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _speaks(text: str, m: Mention) -> bool:
    """'Caddell said', 'said Caddell.', 'Quina Jones, 25, said': the name is the subject of a verb of saying."""
    if SPEAKS_AFTER.match(text, m.end):
        return True
    return bool(SPEAKS_BEFORE.search(text, max(0, m.start - 40), m.start) and CLAUSE_AFTER_NAME.match(text, m.end))


class _People:
    """Person clusters indexed by surname and given name, filled in text order."""

    def __init__(self, lone_words: Counter[str], personal: frozenset[tuple[str, ...]]) -> None:
        # Words the text also uses alone as a name: 'Yahya Sinwar' ... 'Sinwar' makes Yahya Sinwar a person.
        self.lone_words = lone_words
        self.personal = personal  # full names the text refers to as someone ('Suu Kyi, who ...')
        self.clusters: list[_Cluster] = []
        self.early: list[Mention] = []  # lone names with no person yet: placed once all are known
        self.nicknames: dict[str, _Cluster] = {}  # 'Mohamed Hamdan Dagalo, known as Hemedti' -> 'hemedti'
        self.by_surname: dict[str, list[_Cluster]] = {}
        self.by_first: dict[str, list[_Cluster]] = {}
        # the words between the first and the last of a long name: 'García' of 'Libia García Muñoz Ledo'
        self.by_inner: dict[str, list[_Cluster]] = {}

    def _new(self, m: Mention) -> _Cluster:
        c = _Cluster(PERSON)
        self.clusters.append(c)
        self._add(c, m)
        return c

    def _add(self, c: _Cluster, m: Mention) -> None:
        old_surname, old_first = c.surname, c.first
        c.add(m)
        if c.surname != old_surname:
            self.by_surname.setdefault(c.surname, []).append(c)
        if c.first and c.first != old_first:
            self.by_first.setdefault(c.first, []).append(c)
        for inner in m.tokens[1:-1]:
            if len(inner) > 3 and c not in self.by_inner.get(inner, ()):  # (not a particle: 'bin', 'de', 'van')
                self.by_inner.setdefault(inner, []).append(c)

    def place(self, m: Mention, text: str) -> None:
        """'Rustem Umerov' opens a person; 'Mr Umerov' and a bare 'Umerov' join the latest Umerov."""
        full = len(m.tokens) > 1
        speaks = m.kind == UNKNOWN and (_speaks(text, m) or (full and self.lone_words[m.surname] > 0)
                                        or m.tokens in self.personal)
        if full:
            m = self._known_tail(m)
            home = next((c for c in self.by_surname.get(m.surname, ()) if _compatible(c, m)), None)
            home = home or self._initialled(m)
            if home is not None:
                self._add(home, m)
            elif m.kind == PERSON or speaks:
                home = self._new(m)
            nickname = KNOWN_AS.match(text, m.end)
            if home is not None and nickname:
                self.nicknames.setdefault(nickname.group(1).lower(), home)
            return
        if m.tokens[0] in self.nicknames:
            self._add(self.nicknames[m.tokens[0]], m)
            return
        home = self.nearest(m, _pronoun_gender(text, m.end))
        if home is not None:
            self._add(home, m)
        elif m.kind == PERSON or speaks:
            self._new(m)
        else:
            self.early.append(m)

    def place_early(self) -> None:
        """'Vik put it bluntly: ...' before 'Jonas Vik runs the harbour': a lone name met before the full one."""
        for m in self.early:
            home = self.by_surname.get(m.surname)
            if home and len(home) == 1 and home[0].first:  # a full name, not another lone word
                self._add(home[0], m)

    def _initialled(self, m: Mention) -> _Cluster | None:
        """'Alicia M.' after 'Alicia Machado': a surname cut to its initial is the person with that given name."""
        initial = m.tokens[-1]
        if len(m.tokens) != 2 or len(initial) != 1:
            return None
        found = [c for c in self.by_first.get(m.tokens[0], ()) if c.surname.startswith(initial)]
        return found[0] if len(found) == 1 else None

    def _known_tail(self, m: Mention) -> Mention:
        """'Crooked Hillary Clinton' after 'Hillary Clinton': the known name, less the words before it."""
        known = {c.best.tokens for c in self.by_surname.get(m.surname, ()) if c.best and len(c.best.tokens) > 1}
        for k in range(1, len(m.tokens) - 1):
            if m.tokens[k:] in known:
                offset = [w.start() for w in re.finditer(r"\S+", m.text)][k]
                return replace(m, start=m.start + offset, text=m.text[offset:], tokens=m.tokens[k:])
        return m

    def nearest(self, m: Mention, gender: str = "") -> _Cluster | None:
        """The person with this surname (or, for a lone 'Hillary', given name) mentioned most so far; of a man and
        a woman of one family name, the one of the `gender` a pronoun after the name gives ('Dal said he ...')."""
        token = m.surname
        found = list(self.by_surname.get(token, ()))
        if len(found) > 1 and gender and not m.honorific:
            found = [c for c in found if all(_gender(x) in ("", gender) for x in c.mentions[-8:])] or found
        if not found and len(m.tokens) == 1:
            # A lone given name ('Hillary') or the family name written first ('Mr Kim' of 'Kim Jong Un').
            found = list(self.by_first.get(token, ()))
            # ... or the first of two family names: 'García' of 'Libia García Muñoz Ledo' (Spanish style), of
            # one such person only
            found = found or (self.by_inner.get(token, [])[:2] if not m.honorific else [])
            if len(found) != 1 and not m.honorific:
                return None
        if len(found) > 1 and m.honorific:
            female = m.honorific.lower().rstrip(".") in gz.FEMALE_HONORIFICS
            found = [c for c in found if (c.first in gz.FEMALE_FIRST_NAMES) == female] or found
        if m.honorific:
            # 'Mrs Justice Hale' is not the 'Ron Hale' named before her: an honorific's gender must fit
            mine = _gender(m)
            found = [c for c in found if all(_gender(x) in ("", mine) for x in c.mentions[-8:])]
        if len(found) == 1:
            return found[0]  # the common case, without ranking
        # A bare 'Cruz' is the Cruz the story is about (most named), not the wife named once.
        return max(found, key=lambda c: (len(c.mentions), c.last), default=None)

    def name_from_headline(self, m: Mention) -> None:
        """A headline 'Pat Caddell: ...' names a person the body calls only 'Caddell'."""
        home = next((c for c in self.by_surname.get(m.surname, ()) if _compatible(c, m)), None)
        if home is not None:
            self._add(home, m)


def _state_name(key: str, written: str = "") -> str:
    """'u.s' -> 'United States'; 'moscow' (speaking for its state) -> 'Russia'; else `written` (or the key)."""
    return STATE_ALIASES.get(key) or gz.CAPITALS.get(key) or written or key


def _titles(c: _Cluster) -> str:
    """Every title and role the cluster's mentions carry, as one text: 'Democrat Senator Vermont Senator'."""
    return " ".join(f"{m.title} {m.role}" for m in c.mentions)


def _actor(c: _Cluster, described: Sequence[str] = (), alone: Counter[str] | None = None) -> Actor:
    """The Actor of a cluster: fullest name, other forms as aliases ('Mr Zelenskyy', 'Zelenskyy'), first role.

    A person's family name alone ('Le Pen', with its particle) is an alias too, unless the text writes it alone
    for another person (`alone`: single-word mentions of persons, as written)."""
    best = c.best
    written = repair_mojibake(best.text)
    name = _state_name(" ".join(best.tokens), written) if c.kind == STATE else written
    aliases: list[str] = []
    for written_as, honorific in dict.fromkeys((m.text, m.honorific) for m in c.mentions):
        repaired = repair_mojibake(written_as)
        for form in (repaired, f"{honorific} {repaired}" if honorific else ""):
            if form and form != name and form not in aliases:
                aliases.append(form)
    if c.kind == PERSON and len(best.tokens) > 1:
        words = written.split()
        last = next((i for i in range(len(words) - 1, -1, -1) if words[i].lower().rstrip(".") not in SUFFIXES), 0)
        first = last
        while first > 1 and words[first - 1].lower() in SURNAME_PARTICLES:
            first -= 1  # 'Marine Le Pen' -> 'Le Pen', 'Ursula von der Leyen' -> 'von der Leyen'
        surname = " ".join(words[first:last + 1])
        nickname = NICKNAME.search(written)  # 'Robert C. “Bobby” Scott' is also 'Bobby Scott'
        another = alone is not None and alone[surname] > sum(m.text == surname for m in c.mentions)
        own = () if another else (surname, ARTICLE_PREFIX.sub("", surname))
        for form in (*own, f"{nickname.group(1)} {surname}" if nickname else ""):
            if form and form not in aliases:
                aliases.append(form)
    role = best_role([(m.role, m.headline) for m in sorted(c.mentions, key=lambda m: m.start)], described)
    first = min((m for m in c.mentions if not m.headline), key=lambda m: m.start)
    return Actor(name=name, kind=c.kind, role=role, aliases=tuple(aliases), start=first.start, end=first.end)
