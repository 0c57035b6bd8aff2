"""Name mentions: runs of capitalised words, with the titles, honorifics and appositives around them.

Each mention is classified as a person, organization, state or unknown by cues in the text, never by a
model: an honorific ("Mr Peskov"), a title ("Turkish foreign minister Hakan Fidan"), an appositive
("Dmitry Peskov, the Kremlin spokesman"), a known given name ("Keir Starmer"), or the gazetteer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property

from briefing.analysis.actors import role_words as rw
from briefing.analysis.actors.roles import is_role_noun, mention_role, occupation, owned_role, plural_title
from briefing.analysis.lexicon import gazetteer as gz
from briefing.analysis.text.segmentation import (
    BODY,
    HEADLINE,
    MOJIBAKE_LEAD,
    MOJIBAKE_TRAIL,
    Doc,
    Paragraph,
    repair_mojibake,
)

PERSON, ORGANIZATION, STATE, UNKNOWN = "person", "organization", "state", "unknown"

_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f\u0400-\u042f"
# 'FranÃ§ois': the second character of a letter garbled into two stays inside its word (after the lead).
_MOJI_TRAIL = rf"(?<=[{MOJIBAKE_LEAD}\u0302\u0303\u0308\u030a])[{MOJIBAKE_TRAIL}]"
# 'al-Burhan', "d'Estaing": an article before the capital. Each article is an alternative of its own, next to the
# capital, so the search skips a position on its first letter instead of entering a group there; never inside a
# word ('pro-Clinton' holds no 'o-Clinton'), which is looked back at only once the article's letters are there.
_ARTICLES = "|".join(rf"{a}(?<![\w\-]{a})[-’'][{_UPPER}]" for a in "al el ad ash as bin ibn de di da le la d o".split())
_TOKEN = rf"(?:[A-Z]\.(?:[A-Z]\.)+|(?:[{_UPPER}]|{_ARTICLES})(?:[\w’'\-\u0300-\u036f]|{_MOJI_TRAIL})*\.?)"
# 'Robert C. “Bobby” Scott': one quoted word inside a name is a nickname, not the end of the name.
_NICK = rf"(?:[“\"][{_UPPER}][\w\-]*[”\"]|‘[{_UPPER}][\w\-]*’)"
QUOTE_OPENERS = "“\"‘"
_PARTICLE = r"(?:de|da|di|du|del|der|den|van|von|bin|ibn|al|el|la|le|dos|das|ter|y|bint|abu)"
# Words of a name are apart by spaces, tabs or no-break spaces ('Gov.\u00a0Mike Pence' in pasted web text).
_GAP = r"[ \t\u00a0]+"
NAME_RUN = re.compile(rf"{_TOKEN}(?:{_GAP}(?:{_NICK}{_GAP})?(?:{_PARTICLE}{_GAP})*{_TOKEN})*")
SPACED = re.compile(r"\S+")
DIGIT = re.compile(r"\d")
TITLE_OR_FUNCTION = gz.TITLES | gz.FUNCTION_WORDS
LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|to|from|near|outside)[ \t]+$")
# (not after a possessive: "O'Brien's party" is hers, no body "O'Brien")
BODY_NOUN_AFTER = re.compile(
    r"(?<!['’]s)(?<!s['’])[ \t]+(?:party|group|movement|militia|faction|coalition|alliance|network)\b")
FOR_JOINT = re.compile(r"[ \t]+for[ \t]+(?=[A-Z])")
AND_JOINT = re.compile(r"[ \t]+(?:and|&)[ \t]+(?=[A-Z])")
ORG_OF = re.compile(r"[ \t]+(?P<joint>of|for|on)[ \t]+(?:the[ \t]+)?(?=[A-Z])")
LOWER_WORD = re.compile(r"\b[a-z][a-z’'\-]+\b")
ROLE_AFTER = re.compile(r"[ \t]{1,3}([a-z]{1,20})\b")
# '“...” ― Francisco Herrero': a name signed after a quotation.
POSTED_ON = re.compile(r"\b(?:on|via|to)[ \t]+$")
SIGNATURE = re.compile(r"[”\"'’]\s*[―—–]{1,2}\s*$")
DATELINE = re.compile(r"\s*(?:,|—|–|--|\()")
# 'Baroness Shaw of ', 'Sen. Ada Brill of ': a name, then 'of' before the place it is of.
OF_DESIGNATION = re.compile(r"[A-Z][\w’'\-]+[ \t]+of[ \t]+$")
# 'edited by ', 'Additional reporting by ': a credit for the story's makers right before a name.
CREDITED = re.compile(r"\b(?:[Ee]dit(?:ed|ing)|[Cc]ompiled|[Rr]eporting|[Pp]hotos?|[Pp]hotographs?|[Ii]llustrations?"
                      r"|[Gg]raphics?|[Tt]ranslated|[Tt]ranslation)[ \t]+by[ \t]+$")
# 'KARAVAN, Dalmaria (' / 'NEW YORK (' / 'VIENNA, June 3 (': a dateline up to the agency's parenthesis, and what
# closes it: ') —'.
DATELINE_AGENCY = re.compile(r"[A-Z][A-Z.'’\- ]+(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z0-9][\w.]*){0,3})?[ \t]*\($")
AGENCY_CLOSE = re.compile(r"\)[ \t]*(?:—|–|--|-)")
# '(R-IN)', '(D-N.C.)': a party and state tag after a US politician's name.
PARTY_TAG = re.compile(r"[RDI]-[A-Z]")
ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|as|ash|at|ar|an|az)[-’']")
VERB_AFTER = re.compile(r"\s+(?:has\s+|have\s+|had\s+|also\s+|again\s+|quickly\s+)?([a-z]+)")
FORMS_OF_ADDRESS = frozenset(
    "president speaker chairman chairwoman chair secretary minister ambassador mayor governor senator justice "
    "commissioner leader prime vice director deputy premier chancellor representative judge counsel".split()
)
# 'People's Daily', 'Women's Rights League', 'Workers' Party': a people's possessive inside one name (lowered, as
# `norm` leaves it), where 'Putin's Kremlin' is two.
COLLECTIVE_OWNERS = frozenset("people women children men worker veteran farmer citizen".split())
# ... and a saint's: 'St Peter's Square', 'St Thomas' Hospital' (the word before the possessive, as written).
SAINTS = frozenset({"st", "st.", "saint"})
# Particles that belong to a family name written alone: 'Le Pen', 'de Gaulle', 'von der Leyen', 'van Gogh'.
SURNAME_PARTICLES = frozenset("le la de du des da di del della van von der den ter dos das".split())
# 'Donald Trump Jr.', and the letters after a British name: 'Priya Shah KC' is Shah ('Sir Ian Kerr OBE').
SUFFIXES = frozenset({"jr", "sr", "kc", "qc", "obe", "mbe", "cbe", "kbe", "dbe", "phd"}) | frozenset(
    # and a regnal number: 'Charles III', 'Mohammed VI', 'Leo XIV' (not 'Xi', a family name, nor 'Malcolm X')
    "ii iii iv vi vii viii ix xii xiii xiv xv xvi xvii xviii xix xx xxi xxii xxiii".split())


@dataclass(frozen=True)
class Mention:
    """One capitalised name in the text: 'Mr. Zelenskyy' -> core 'Zelenskyy', honorific 'Mr.' (as written)."""

    start: int
    end: int
    text: str
    tokens: tuple[str, ...]
    kind: str
    title: str = ""
    honorific: str = ""
    role: str = ""
    paragraph: int = 0
    headline: bool = False

    @cached_property
    def surname(self) -> str:
        """'Donald Trump Jr.' -> 'trump'; 'Abdel Fattah al-Burhan' -> 'burhan' (as a bare 'Burhan' is written).

        Cached: merging asks for it several times per mention."""
        words = [t for t in self.tokens if t.rstrip(".") not in SUFFIXES]
        return ARTICLE_PREFIX.sub("", (words or list(self.tokens))[-1])


def given_name(low: str) -> str:
    """The known given name a lowered first word holds: 'hillary' -> 'hillary'; a hyphenated one, 'jean-pierre' or
    'jo-renee', -> its first known part ('jean', 'renee'); '' for none ('al-hassan' is an article and a name)."""
    if low in gz.FIRST_NAMES:
        return low
    first, hyphen, second = low.partition("-")
    if not hyphen or not first.isalpha() or not second.isalpha() or ARTICLE_PREFIX.match(low):
        return ""
    return next((part for part in (first, second) if part in gz.FIRST_NAMES and part not in gz.NAME_MODIFIERS), "")


def norm(token: str) -> str:
    """'Putin’s' -> 'putin'; 'U.S.' -> 'u.s'; 'FranÃ§ois' -> 'françois'."""
    low = (token if token.isascii() else repair_mojibake(token)).lower()
    if "'" in low or "’" in low:
        low = rw.POSSESSIVE.sub("", low)
    return low.rstrip(".")


def lower_vocabulary(text: str) -> frozenset[str]:
    """Words the text writes in lower case: a sentence-initial 'Defence' is then not a name."""
    return frozenset(LOWER_WORD.findall(text))  # the pattern only matches lower-case words


def find_mentions(doc: Doc) -> list[Mention]:
    """Every name mention in the body and headline, in text order (bylines and photo credits skipped)."""
    vocabulary = lower_vocabulary(doc.text)
    seen = _Seen()
    out: list[Mention] = []
    for para in doc.paragraphs:
        if para.kind in (BODY, HEADLINE):
            out.extend(_paragraph_mentions(doc.text, para, vocabulary, seen))
    return _owners_named(doc.text, _shared_titles(doc.text, out))


# A body named in lower case, which may own 'its director' (the post alone, then): 'the civil protection agency'.
LOWER_BODY = re.compile(r"\b[Tt]he[ \t]+(?:[a-z][\w\-]*[ \t]+){0,3}(?:agency|ministry|office|department|service|council"
                        r"|committee|commission|authority|company|firm|broadcaster|regulator|court|bank|army|union"
                        r"|board|institute|foundation|charity|group|coalition|watchdog|utility|operator)\b")
# 'a trader named Espérance', 'one fisherman called Devon': someone by trade, then the name.
NAMED_AS = re.compile(r"\b(?:[Aa]n?|[Oo]ne)[ \t]+(?:[\w\-]+[ \t]+){0,2}?([a-z][\w\-]*)[ \t]+(?:named|called)[ \t]+$")
# 'the fishing village of Old Harbour Bay,': a settlement's name, no one's.
SETTLEMENT_OF = re.compile(r"\b(?:village|town|city|district|province|region|county|hamlet|suburb|neighbou?rhood"
                           r"|settlement|camp|port|island)[ \t]+of[ \t]+$")
# How far back the owner of 'its interior minister' may be named: the sentence before, about.
OWNER_REACH = 400


def _owners_named(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Keldonia and its interior minister, Anna Berg': the organization or state named last before 'its' (in the
    same paragraph, or the one before for a paragraph that opens with 'Its'; within OWNER_REACH) owns the post ->
    'interior minister of Keldonia', unless a body named in lower case stands between."""
    out = list(mentions)
    for i, m in enumerate(out):
        if not m.role.startswith(rw.OWNER_PRONOUN + " "):
            continue
        opens = text.startswith(("Its ", "its "), text.rfind("\n", 0, m.start) + 1)  # 'Its director, ...' opens it
        owner = next((o for o in reversed(out[:i]) if o.kind in (ORGANIZATION, STATE) and not o.headline
                      and m.start - o.end < OWNER_REACH and m.paragraph - o.paragraph <= opens), None)
        named = "" if owner is None else \
            f"the {owner.text}" if owner.kind == ORGANIZATION and text[:owner.start].lower().endswith("the ") \
            else owner.text
        floor = text.rfind("\n", 0, m.start) + 1
        floor = text.rfind("\n", 0, len(text[:floor].rstrip())) + 1 if opens else floor
        if LOWER_BODY.search(text, max(owner.end if owner else 0, m.start - OWNER_REACH, floor), m.start):
            named = ""  # 'In Haiti, the civil protection agency said ... Its director': the agency's, not Haiti's
        out[i] = replace(m, role=owned_role(m.role, named))
    return out




def _shared_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Sens. Jon Tester (D-Mont.) and David Vitter (R-La.)', 'two Vermont developers, Ariel Quiros and William
    Stenger': a plural title before names joined by 'and' gives each of them the title, in the singular."""
    out = list(mentions)
    for i, m in enumerate(out):
        if m.kind not in (PERSON, UNKNOWN) or m.headline:
            continue
        line = text.rfind("\n", max(0, m.start - 80), m.start) + 1
        title = plural_title(text[max(line, m.start - 80):m.start])
        k = i
        while title:
            person = out[k]
            shared = title.lower() in person.role.lower()
            out[k] = replace(person, kind=PERSON, role=person.role if shared else f"{title}, {person.role}".strip(", "))
            nxt = k + 1
            if nxt >= len(out) or out[nxt].kind not in (PERSON, UNKNOWN) or \
                    not rw.COORDINATION.fullmatch(text, person.end, out[nxt].start):
                break
            k = nxt
    return out


def _paragraph_mentions(text: str, para: Paragraph, vocabulary: frozenset[str],
                        seen: _Seen) -> Iterator[Mention]:
    """'Turkish foreign minister Hakan Fidan said' -> the mention 'Hakan Fidan' (runs split and classified)."""
    pos = para.start
    while True:
        run = NAME_RUN.search(text, pos, para.end)
        if run is None:
            return
        pos = run.end()
        cause = _named_for_cause(text, para, run.start(), pos)
        if cause:
            words = [(m.start(), m.end(), norm(m.group())) for m in SPACED.finditer(text, run.start(), cause)]
            yield _mention(text, para, words, ORGANIZATION, headline=para.kind == HEADLINE)
            pos = cause
            continue
        joined = _joined_organization(text, para, run.start(), pos)
        pieces = [(run.start(), joined)] if joined else _sub_runs(text, run.start(), pos)
        pos = joined or pos
        for start, end in pieces:
            mention = _classify_seen(text, para, start, end, vocabulary, seen)
            while mention is not None and mention.kind == ORGANIZATION and mention.end == pos:
                # 'the Court of Appeals’ Board on Professional Responsibility': as long as the name goes on
                longer, pos = _organization_of(text, para, mention, pos)
                if longer is mention:
                    longer, pos = _organization_and(text, para, mention, pos)
                if longer is mention:
                    break
                mention = longer
            if mention is not None:
                yield mention


def _joined_organization(text: str, para: Paragraph, start: int, end: int) -> int | None:
    """'the Securities and Exchange Commission', 'the Food and Drug Administration': two words joined by 'and'
    before an organization's head are one name; the end of the whole name, or None ('Britain and European Union'
    joins a state to a body, and 'Clinton and Trump' two people)."""
    joint = AND_JOINT.match(text, end, para.end)
    tail = NAME_RUN.match(text, joint.end(), para.end) if joint else None
    if tail is None or "." in text[start:tail.end()] or norm(tail.group().rsplit(None, 1)[-1]) not in gz.ORG_HEADS:
        return None
    head = [norm(w) for w in text[start:end].split()]
    while head and head[0] in gz.FUNCTION_WORDS:
        head.pop(0)  # 'The Securities', opening a sentence
    if not head or " ".join(head) in gz.ORGANIZATIONS or any(
            given_name(w) or w in gz.STATES or w in gz.PLACES or w in gz.NAME_MODIFIERS or w in gz.PERSON_TITLES
            or w in gz.FUNCTION_WORDS for w in head):
        return None
    return tail.end()


def _named_for_cause(text: str, para: Paragraph, start: int, end: int) -> int | None:
    """'Citizens for Tax Justice', 'Americans for Prosperity': a people in the plural 'for' a cause is a body; the end
    of its name, or None ('Plans for Gaza': a place is no cause)."""
    word = text[start:end]
    if " " in word or not word.endswith("s") or len(word) < 5 or not word[0].isupper():
        return None
    joint = FOR_JOINT.match(text, end, para.end)
    tail = NAME_RUN.match(text, joint.end(), para.end) if joint else None
    if tail is None or "." in tail.group():
        return None
    cause = " ".join(norm(w) for w in tail.group().split())
    return None if cause in gz.STATES or cause in gz.PLACES or cause in gz.CAPITALS else tail.end()


def _organization_of(text: str, para: Paragraph, mention: Mention, pos: int) -> tuple[Mention, int]:
    """'the Association of Flight Attendants', 'Bank of America', 'the Council on Foreign Relations': an
    organization's name goes on after 'of', 'for' and (for a body that deliberates) 'on'."""
    joint = ORG_OF.match(text, pos, para.end)
    if joint and joint.group("joint") == "on" and mention.tokens[-1] not in gz.DELIBERATIVE_HEADS:
        return mention, pos  # 'the Senate on Monday', but 'the Board on Professional Responsibility'
    tail = NAME_RUN.match(text, joint.end(), para.end) if joint else None
    if tail is None or "." in text[tail.start():tail.end()]:
        return mention, pos
    words = [(m.start(), m.end(), norm(m.group())) for m in SPACED.finditer(text, mention.start, tail.end())]
    return _mention(text, para, words, ORGANIZATION, headline=mention.headline), tail.end()


def _organization_and(text: str, para: Paragraph, mention: Mention, pos: int) -> tuple[Mention, int]:
    """'the International Federation of Red Cross and Red Crescent Societies', 'the Ministry of Health and Social
    Services': a body's name that went on after 'of' goes on across 'and' to a head of its own ('the Bank of Oslo and
    Nordic Trust Bank' joins a people's body, and 'the Ministry of Defence and Amnesty International' a known one)."""
    joint = AND_JOINT.match(text, pos, para.end) if "of" in mention.tokens else None
    tail = NAME_RUN.match(text, joint.end(), para.end) if joint else None
    if tail is None or "." in tail.group():
        return mention, pos
    lows = [norm(w) for w in tail.group().split()]
    first = lows[0]
    if lows[-1] not in gz.ORG_HEADS or " ".join(lows) in gz.ORGANIZATIONS or first in gz.DEMONYMS or \
            first in gz.STATES or first in gz.PLACES or given_name(first):
        return mention, pos
    words = [(m.start(), m.end(), norm(m.group())) for m in SPACED.finditer(text, mention.start, tail.end())]
    return _mention(text, para, words, ORGANIZATION, headline=mention.headline), tail.end()


def _sub_runs(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Break 'Clinton. Trump' at a full stop, and 'Putin’s Kremlin' after a possessive."""
    run = text[start:end]
    if "." not in run and "'" not in run and "’" not in run:
        yield start, end  # nothing to break at: the common case, checked at C speed
        return
    piece_start = start
    for m in SPACED.finditer(text, start, end):
        word = m.group()
        if word[0] in QUOTE_OPENERS:
            continue  # a nickname
        if word.endswith(".") and not _keeps_dot(word.rstrip(".")):
            yield piece_start, m.end() - 1
            piece_start = m.end() + 1
        elif word.endswith(".") and word.rstrip(".").lower() in SUFFIXES and m.end() < end and \
                norm(text[piece_start:m.start()].split(None, 1)[0]) not in gz.FIRST_NAMES:
            # 'after World War II. Trump has said': the dot ends a sentence ('Martin Luther King Jr. Day' stays)
            yield piece_start, m.end()
            piece_start = m.end() + 1
        elif ("'" in word or "’" in word) and len(word) > 2 and rw.POSSESSIVE.search(word) and \
                norm(word) not in COLLECTIVE_OWNERS and not _after_saint(text, piece_start, m.start()):
            yield piece_start, m.end()
            piece_start = m.end() + 1
    if piece_start < end:
        yield piece_start, end


def _after_saint(text: str, start: int, end: int) -> bool:
    """Whether the last word of text[start:end] is 'St' or 'Saint' ('St Peter's Square')."""
    before = text[start:end].split()
    return bool(before) and before[-1].lower() in SAINTS


def _keeps_dot(bare: str) -> bool:
    """'Mr.' 'Sen.' 'J.' 'U.S.' keep their dot inside a name run."""
    low = bare.lower()
    return len(bare) == 1 or "." in bare or low in gz.HONORIFICS or low in gz.TITLES or low in SUFFIXES


def _keeps_final_dot(low: str) -> bool:
    """'Donald Trump Jr.', 'U.S.', 'Acme Inc.', 'John F.' end in a dot of their own; 'White House.' does not."""
    return len(low) == 1 or "." in low or low in SUFFIXES or low in gz.ABBREVIATED_ENDINGS


def _is_sentence_start(text: str, pos: int, floor: int) -> bool:
    """Whether a word opens a sentence: 'The' in '... said. The talks' and after an opening quote."""
    i = pos - 1
    while i >= floor and text[i] in " \t\"'“‘(`":
        i -= 1
    return i < floor or text[i] in ".!?:\n—–-"


# How far _classify reads around a name: titles and roles before it, an appositive after it.
CONTEXT_BEFORE, CONTEXT_AFTER = 200, 160
# What _is_sentence_start steps back over: a window made only of these may not show where the sentence starts.
SENTENCE_GAP = " \t\"'“‘(`"
# Misses beyond hits after which remembering stops paying: a story whose names never recur in the same words.
MEMO_SLACK = 64


@dataclass
class _Seen:
    """One article's classifications by name and surroundings (see _classify_seen), with its hit count."""

    found: dict[tuple[object, ...], tuple[int, Mention | None]] = field(default_factory=dict)
    hits: int = 0

    @property
    def worth_it(self) -> bool:
        """Whether remembering still pays: building a key costs a little; a repeated sentence saves much."""
        return len(self.found) - self.hits < MEMO_SLACK


def _classify_seen(text: str, para: Paragraph, start: int, end: int, vocabulary: frozenset[str],
                   seen: _Seen) -> Mention | None:
    """_classify, remembered for the same name in the same surroundings: 'Mr Petrov said the talks ...' repeated
    80,000 times is classified once, then moved to each place it occurs.

    The key holds everything _classify reads: the name, the text within its reach on either side (cut at the
    paragraph, as _classify cuts it), and the three patterns that may read further (a verb after a capital,
    an age or party tag, a dateline). Once misses outnumber hits by MEMO_SLACK, every name is classified afresh."""
    floor = max(para.start, start - CONTEXT_BEFORE)
    before = text[floor:start]
    if not seen.worth_it or (start - floor == CONTEXT_BEFORE and not before.rstrip(SENTENCE_GAP)):
        return _classify(text, para, start, end, vocabulary)  # (a sentence start may also lie further back)
    verb = VERB_AFTER.match(text, end)
    tag = rw.NAME_TAG.match(text, end, para.end)
    key = (para.kind, text[max(0, start - 2):start], before, text[start:end],
           text[end:min(para.end, end + CONTEXT_AFTER)], verb.group(1) if verb else None,
           tag.end() - end if tag else -1, DATELINE.match(text, end) is not None)
    if key in seen.found:
        seen.hits += 1
    else:
        seen.found[key] = (start, _classify(text, para, start, end, vocabulary))
    first, found = seen.found[key]
    if found is None or first == start:
        return found
    shift = start - first
    return Mention(found.start + shift, found.end + shift, found.text, found.tokens, found.kind, found.title,
                   found.honorific, found.role, para.index, found.headline)


def _classify(text: str, para: Paragraph, start: int, end: int, vocabulary: frozenset[str]) -> Mention | None:
    """'Ukrainian President Volodymyr Zelenskyy' -> person 'Volodymyr Zelenskyy', title 'Ukrainian President'."""
    if PARTY_TAG.match(text, start) and (text[start - 1:start] == "(" or text[max(0, start - 2):start] == ", "):
        return None  # '(D-Newport News)', 'Sen. Rand Paul, R-Ky., said': a party tag, not a name
    if CREDITED.search(text, max(para.start, start - 30), start):
        return None  # '...; edited by Sam Ode', 'Additional reporting by Kim Lee': who made the story
    if text[start - 1:start] == "(" and DATELINE_AGENCY.match(text, para.start, start) and \
            AGENCY_CLOSE.match(text, end):
        return None  # 'KARAVAN, Dalmaria (AP) —': the agency that sent the story, no party to it
    words = [(m.start(), m.end(), norm(m.group())) for m in SPACED.finditer(text, start, end)
             if m.group()[0] not in QUOTE_OPENERS]
    if words and text[words[0][0] - 1:words[0][0]] == "-":
        words.pop(0)  # 'the pro-Clinton Priorities USA Action': the end of a prefixed adjective, no name
    if _titled_with_the(text, para, words):
        return _mention(text, para, words, ORGANIZATION, headline=para.kind == HEADLINE)
    # Leading sentence words: "But", "The", or a capitalised common word ("Defence minister ...").
    while words:
        low = words[0][2]
        if low in COLLECTIVE_OWNERS and len(words) > 1 and rw.POSSESSIVE.search(text, words[0][0], words[0][1]):
            break  # 'People's Daily': the people's possessive opens the name
        if low in SURNAME_PARTICLES and len(words) > 1:
            break  # 'Von der Leyen has pushed ...': a family name's particle, capitalised to open the sentence
        if low in gz.FUNCTION_WORDS or (
            low in vocabulary and low not in gz.TITLES and _is_sentence_start(text, words[0][0], para.start)
            and " ".join(w[2] for w in words) not in gz.ORGANIZATIONS  # 'Human Rights Watch has documented'
        ):
            words.pop(0)
        else:
            break
    if not words:
        return None
    lows = [w[2] for w in words]
    headline = para.kind == HEADLINE
    if " ".join(lows) in gz.TIME_ZONES or (" ".join(lows) in gz.PLATFORMS and POSTED_ON.search(
            text, max(para.start, words[0][0] - 12), words[0][0])):
        return None  # '(all times EDT)', 'posted on X': when and where, not who
    if " ".join(lows) in gz.ORGANIZATIONS or lows[-1] in gz.ORG_HEADS or " ".join(lows[-2:]) in gz.ORG_HEADS or (
            len(lows) > 2 and lows[0] in gz.DEMONYMS and " ".join(lows[1:]) in gz.ORGANIZATIONS):
        # (a people's own branch of a known body is named whole: 'the Turkish Red Crescent', 'the American Red Cross')
        if _common_head(text, para, words, lows):
            return None
        return _mention(text, para, words, ORGANIZATION, headline=headline)
    lead = _organization_lead(lows) if len(lows) > 1 else 0
    org_words, words, lows = words[:lead], words[lead:], lows[lead:]
    full = " ".join(lows)
    if full in gz.STATES or _capital_speaks(text, full, words[-1][1]):
        return _mention(text, para, words, STATE, headline=headline)
    if full in gz.PLACES:
        return None
    cut = _title_end(lows)
    given = next((j for j in range(cut + 1, len(lows) - 1) if lows[j] in gz.FIRST_NAMES), None)
    opening = cut == 0 and _is_sentence_start(text, words[0][0], para.start)
    if given is not None and lows[cut] not in gz.FIRST_NAMES and (
        lows[cut] in vocabulary or _is_group(lows[cut]) or opening or lows[cut] in gz.PAGEANT_TITLES
        or lows[cut] in gz.STATES  # 'Ambassador to Russia Michael McFaul'
    ):
        # 'Democrat Hillary Clinton', 'Crooked Hillary Clinton', and a verb opening a headline or sentence:
        # 'Hold Melania Trump to account': the name starts at the given name.
        cut = given
    elif cut < len(lows) - 1 and len(lows[cut]) > 5 and lows[cut].endswith(("ing", "ed")) and \
            lows[cut] not in gz.FIRST_NAMES and \
            _is_sentence_start(text, words[cut][0], para.start):
        cut += 1  # 'Injecting Clinton into ...'
    title_words, words = words[:cut], words[cut:]
    honorific = next((text[a:b] for a, b, low in title_words if low in gz.HONORIFICS), "") if title_words else ""
    tokens = tuple([w[2] for w in words])
    core = " ".join(tokens)
    if core in gz.STATES:
        return _mention(text, para, words, STATE, headline=headline)
    if core in gz.ORGANIZATIONS or (not title_words and BODY_NOUN_AFTER.match(text, words[-1][1])):
        # 'the opposition Pakistan Tehreek-e-Insaf party', 'the Wagner group': named before what it is
        return _mention(text, para, words, ORGANIZATION, headline=headline)
    if core in gz.PLACES or core in gz.NAME_MODIFIERS or gz.NAME_MODIFIERS.issuperset(tokens) \
            or (TITLE_OR_FUNCTION.issuperset(tokens) and not _surname_after_honorific(honorific, tokens)):
        # "Bosnian Serb" names a people, not a person; "Mr. President" addresses one, but "Mr. King" is named
        return None
    if not gz.NOT_NAMES.isdisjoint(tokens) or (len(tokens) == 1 and _is_group(core)) or (
            not honorific and _is_posts(tokens[-1])):
        return None  # ('Labour MPs', 'said Scottish MPs', 'Senate Democrats': a group by its members' post)
    if len(tokens) > 1 and tokens[-1] in ("day", "week") and tokens[0] not in gz.FIRST_NAMES and not honorific:
        return None  # 'Veterans Day', 'Armistice Day', 'Fashion Week' ('Laura Day' has a given name)
    if len(tokens) > 1 and tokens[-1] in gz.PLACE_HEADS and not honorific:
        return None  # 'Harlan County', 'Marshall Islands', 'Korean Peninsula': a place, given name or not
    if not gz.NAME_BREAKERS.isdisjoint(tokens):
        return None
    if len(tokens) == 1 and not honorific and core in vocabulary:
        return None  # 'Teachers', 'Alliance': a common word the text also writes in lower case
    if DIGIT.search(core):
        return None
    raw = text[words[0][0]:words[-1][1]]
    if raw.replace(".", "").replace(" ", "").isupper() and DATELINE.match(text, words[-1][1]) \
            and _is_sentence_start(text, words[0][0], para.start):
        return None  # a dateline: 'PORT ALDER, Keldonia (Wire) —', 'FLINT, Mich.'
    if len(raw) > 2 and raw.replace(".", "").isupper():
        return _mention(text, para, words, ORGANIZATION, headline=headline)
    if not title_words and SETTLEMENT_OF.search(text, max(para.start, words[0][0] - 40), words[0][0]):
        return None  # 'in the fishing village of Old Harbour Bay': a place
    if len(tokens) == 1 and not title_words and OF_DESIGNATION.search(text, max(para.start, start - 40), start):
        return None  # 'Baroness Shaw of Leeds', 'Sen. Ada Brill of Oregon': where a name is of, not a second name
    # 'Jane Roe, a farmer in Oru,': a plain occupation is a role only for someone with a given name.
    # So is someone the text already marks as a person: 'Mrs. Dorothy Ames, a commuter from Queens', or
    # the speaker of an inverted attribution, 'said Amina Dosh, a farmer in Oru'.
    given = len(tokens) > 1 and bool(given_name(tokens[0]))
    loose = len(tokens) > 1 and (given or bool(honorific)
                                 or bool(rw.SAID_RIGHT_BEFORE.search(text, max(para.start, words[0][0] - 12),
                                                                     words[0][0])))
    title, role, titled = mention_role(text, para.start, para.end, org_words, title_words, words, loose)
    signed = bool(SIGNATURE.search(text, max(para.start, words[0][0] - 6), words[0][0]))
    named = NAMED_AS.search(text, max(para.start, words[0][0] - 60), words[0][0]) if not role else None
    if named and (is_role_noun(named.group(1).lower()) or occupation(named.group(1).lower())):
        role = named.group(1)  # 'a trader named Espérance', 'a fisherman called Devon'
    if role and not (given or honorific or titled) and _firm_post(role):
        return _mention(text, para, words, ORGANIZATION, headline=headline)
    kind = PERSON if honorific or titled or role or signed or given else UNKNOWN
    return _mention(text, para, words, kind, title, honorific, role, headline)


def _firm_post(role: str) -> bool:
    """'The mine's owner, Vostgaz, said', 'Vostgaz, the operator of the dam,': a post over a thing (not over a
    person or a people: 'Ivo's owner', 'Keldonia's operator' are written in capitals) is a firm's."""
    post = rw.THING_POST.search(role)
    return post is not None and (post.group("held") or post.group("of")).lower() in rw.FIRM_POSTS


def _titled_with_the(text: str, para: Paragraph, words: list[tuple[int, int, str]]) -> bool:
    """'as The New Yorker put it', 'backers such as The New York Times': a capital 'The' inside a sentence belongs to
    the name of a publication (or another work or body), which is then an organization; not 'in The Hague', nor a
    state ('The Gambia'); after 'in', only a body by its head ('in The New York Times')."""
    if len(words) < 2 or text[words[0][0]:words[0][1]] != "The" or _is_sentence_start(text, words[0][0], para.start):
        return False
    rest = " ".join(w[2] for w in words[1:])
    placed = LOCATIVE_BEFORE.search(text, max(para.start, words[0][0] - 10), words[0][0]) is not None
    return rest not in gz.STATES and rest not in gz.PLACES and (words[-1][2] in gz.ORG_HEADS or not placed)


def _common_head(text: str, para: Paragraph, words: list[tuple[int, int, str]], lows: list[str]) -> bool:
    """'Union leader Anna Rossi called the strike.': a lone 'Union' or 'Party' opening a sentence before a
    lower-case role ('leader', 'spokesman') is the common noun, capitalised as the sentence's first word
    ('Republicans said', 'Board of Education' and 'Congress leader' stay organizations)."""
    if len(lows) != 1 or lows[0] in gz.ORGANIZATIONS or not _is_sentence_start(text, words[0][0], para.start):
        return False
    role = ROLE_AFTER.match(text, words[0][1], para.end)
    return role is not None and (role.group(1) in gz.ROLE_NOUNS or role.group(1) in gz.TITLES)


def _capital_speaks(text: str, full: str, end: int) -> bool:
    """'Moscow has denied the claim', 'Kyiv said': a capital that speaks stands for its state (not 'in Moscow')."""
    if full not in gz.CAPITALS:
        return False
    verb = VERB_AFTER.match(text, end)
    return verb is not None and verb.group(1) in gz.SPEECH_VERBS


def _surname_after_honorific(honorific: str, tokens: tuple[str, ...]) -> bool:
    """'Mr. King', 'Ms. Bishop', 'Dr. Major': a title word after an honorific is a family name, unless it is an
    office one is addressed by ('Mr. President', 'Madam Speaker')."""
    return bool(honorific) and len(tokens) == 1 and tokens[0] in gz.TITLES and tokens[0] not in FORMS_OF_ADDRESS


def _organization_lead(lows: list[str]) -> int:
    """'Washington Post Trump' / 'Clinton Foundation President Donna Shalala': the words naming an organization."""
    for k in range(len(lows) - 1, 0, -1):
        if " ".join(lows[:k]) in gz.ORGANIZATIONS or (k > 1 and lows[k - 1] in gz.ORG_HEADS):
            return k
    return 0


def _is_group(word: str) -> bool:
    """'Democrats', 'Americans', 'Ukrainians': a group, not a person."""
    return word in gz.GROUPS or (word.endswith("s") and word[:-1] in gz.NAME_MODIFIERS)


def _is_posts(word: str) -> bool:
    """'mps', 'ministers', 'democrats': a group, or the plural of a post."""
    return word in gz.GROUPS or (word.endswith("s") and word[:-1] in gz.ROLE_NOUNS)


def _title_end(lows: list[str]) -> int:
    """How many leading words are title: 'White House Press Secretary Josh Earnest' -> 4, 'Mr Putin' -> 1."""
    # 'Larry King', 'John Major': a title word after a given name is a family name.
    # 'Sheikh Hasina': a title that is also a given name, before one word that is none, opens the name.
    named = len(lows) > 1 and lows[-2] in gz.TITLES and lows[-2] in gz.FIRST_NAMES and lows[-1] not in gz.FIRST_NAMES
    last = len(lows) - 1 - named
    titled = [i for i, w in enumerate(lows[:last]) if (w in gz.TITLES or w in gz.HONORIFICS)
              and not (i and lows[i - 1] in gz.FIRST_NAMES and lows[i - 1] not in gz.TITLES)]
    for i in reversed(titled):
        following = lows[i + 1]
        if lows[i] in gz.HONORIFICS or (named and i + 1 == last) or (
                following not in gz.TITLES and following not in SUFFIXES):
            return i + 1
    cut = 0
    while cut < len(lows) - 1 and lows[cut] in gz.NAME_MODIFIERS:
        cut += 1
    return cut


def _mention(text: str, para: Paragraph, words: list[tuple[int, int, str]], kind: str, title: str = "",
             honorific: str = "", role: str = "", headline: bool = False) -> Mention:
    """A mention over words, its end trimmed of a possessive: 'Putin’s' -> 'Putin'."""
    start, end = words[0][0], words[-1][1]
    surface = text[start:end]
    if surface[-1] in "'’s":
        end -= len(surface) - len(rw.POSSESSIVE.sub("", surface))
    elif surface[-1] == "." and not _keeps_final_dot(words[-1][2]):
        end -= 1  # 'went to the White House.': the full stop ends the sentence, not the name
    tokens = tuple([w[2] for w in words])
    return Mention(start, end, text[start:end], tokens, kind, title, honorific, role, para.index, headline)
