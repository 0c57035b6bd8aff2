"""References: who a name, a pronoun or a role noun refers to, resolved by one ReferenceResolver per document.

'he' resolves to the latest person who was the subject of a sentence, of the same gender where the text
tells it ("Mr", "Ms", a known given name); "the Ukrainian president" resolves to the latest person whose role
holds those words; 'Rucker Culpepper, who runs the effort, said' has Culpepper as the subject of 'said'.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from briefing.analysis.actors.roles import is_role_noun, occupation
from briefing.analysis.lexicon import gazetteer as gz
from briefing.analysis.statements.cues import (
    LOWER_LETTERS,
    PRONOUN,
    UNNAMED,
    epithet,
    first_saying,
    gender,
    nominal,
    saying_verbs,
)
from briefing.analysis.statements.excerpts import excerpt_links, excerpt_quotes
from briefing.analysis.statements.quotes import Quote
from briefing.analysis.text.segmentation import Doc
from briefing.model import Actor

# 'Clinton’s campaign', 'the Trump administration': the name qualifies the subject, it is not it.
QUALIFIER_AFTER = re.compile(
    r"(?:['’]s?\b|\s+(?:campaign|administration|camp|team|aides?|allies|supporters|foundation|family|era|"
    r"presidency|organization|spokesman|spokeswoman|adviser|advisers|lawyer|lawyers|voters|rally|rallies)\b)"
)
POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
SEGMENT = re.compile(r"[^,;:—–()]+")
# 'the former Italy midfielder', "Britain's former finance minister": the lower-case noun of a person after a name
# that only qualifies it ...
DESCRIBED_AFTER = re.compile(r"(?:['’]s?)?[ \t]+(?:[a-z][\w\-]*[ \t]+){0,2}([a-z][\w\-]*)[ \t]*$")
# ... unless it speaks for the body: 'a Kremlin spokesman', 'the Ukraine delegation'.
REPRESENTATIVES = frozenset("""spokesman spokeswoman spokesperson spokespeople official officials source sources
    representative representatives envoy delegation embassy ministry government statement office team""".split())
# 'Of Froneman, he said', 'Asked about Dal, she said': a sentence opening on whom it speaks of
ABOUT_OPENER = re.compile(r"\s*(?:[\"“‘]\s*)?(?:Of|About|On|Asked\s+about|Speaking\s+of|Referring\s+to)\s+"
                          r"(?:[\w.’'\-]+\s+){0,4}")  # (and the title before the name: 'Of chief executive Ian Kerr,')
# ... or an owner's post: 'Mikhail Ulyanov, Russia's envoy in Vienna, said' (the speaker is Ulyanov, not Russia).
APPOSITIVE_START = re.compile(r"\s*(?:(?i:who|which|whose|a|an|the|his|her|their|its|one|now|then|also)\b"
                              r"|[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){0,3}['’]s[ \t]+[a-z])")
# A clause that starts with a lower-case word other than a determiner or pronoun has no subject of its own.
VERB_PHRASE_START = re.compile(
    r"\s*(?!(?:the|a|an|his|her|their|its|he|she|they|we|i|it|this|that|these|those|where|when|while|as|"
    r"after|before|because|although|though|since|if|until|once|whereas|and|but|so)\b)[a-z]"
)
NAMELESS_WORD = re.compile(r"[\w\-]+(?:[’'](?:s\b)?)?")
NAMELESS_DETERMINERS = frozenset("the a an its their his her some many several other local".split())
# '12 charities', 'two aides', 'dozens of residents' ends in 'residents': a count of unnamed speakers.
COUNT_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty "
                        "hundred hundreds dozen dozens scores".split())
JOINED_NAMES = re.compile(r"\s*(?:,\s*|,?\s+and\s+)(?:the\s+)?")  # 'Norway and Iceland', 'A, B and the C'
LINKING_WORDS = frozenset("with to by for from at on of in about against alongside beside".split())
SUBORDINATORS = frozenset("that whether if because when while after before since although though".split())
LEADERS = ("president", "prime minister", "chancellor", "leader", "premier", "king")

OF_WORD = re.compile(r"\s+of\s")
ROLE_APPOSITIVE = re.compile(r",\s+(?:(?:the|a|an)\s+)?[a-z]")  # 'Henry Crespo, president of ...'
QUOTE_CLOSED_BEFORE = re.compile(r"[”\"’'],?\s*$")  # '“...,” he said': the pronoun follows a quotation
# How many names back a 'she' with no fitting subject looks for a woman (bounded: 'she said' may recur 50,000 times).
PRONOUN_LOOKBACK = 200
# 'pounding Trump as a ...', 'worried about Ms Ray', 'told Mr. Obama': a name right after a verb or a preposition is
# its object; participles that describe a person ('retired General X', 'the embattled X') are not verbs here.
_DESCRIBING = ("retired|embattled|beleaguered|disgraced|acting|alleged|celebrated|renowned|unnamed|indicted|late"
               "|elected|appointed|designated|outgoing|incoming|deposed|exiled|ousted|presumed|famed|seasoned"
               "|respected|esteemed|beloved|fellow|so-called|longtime|leading|ruling|governing|reigning|founding")
OBJECT_BEFORE = re.compile(
    rf"(?:\b(?!(?:{_DESCRIBING})\b)[a-z]+(?:ed|ing)|\b(?:told|met|beat|hit|sent|thanked|urged|asked|praised|blamed"
    r"|mocked|attacked|called|named|chose|picked|saw|took|gave|made|against|about|at|with|for|over|toward|towards|on|to|of"
    r"|than|like|unlike|versus|vs\.?))\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|President|Senator)\.?\s+)?$"
)
BODY_OBJECT_BEFORE = re.compile(OBJECT_BEFORE.pattern.replace("|than|", "|than|in|from|into|")
                                .replace(r")\s+(?:(?:Mr", r")\s+(?:the\s+)?(?:(?:Mr"))
NOBODY = -2  # an unnamed source ("a Ukrainian official said"): stop, do not guess


@dataclass(frozen=True)
class _Subject:
    position: int
    actor: int


class ReferenceResolver:
    """The cues of one document, indexed once so each quote is attributed in logarithmic time."""

    def __init__(self, doc: Doc, actors: tuple[Actor, ...], links: list[tuple[int, int, int]],
                 quotes: tuple[Quote, ...]) -> None:
        self.doc, self.text, self.actors, self.quotes = doc, doc.text, actors, quotes
        quote_starts = [q.mark_start for q in quotes]
        excerpts = excerpt_quotes(doc, quotes)  # a quoted passage's people are named in the story, as outside quotes
        holding = [_quote_holding(quote_starts, quotes, link[0]) for link in links]
        outside = [link for link, k in zip(links, holding, strict=True) if k is None or k in excerpts]
        if excerpts:
            outside = sorted(outside + excerpt_links(doc.text, quotes, excerpts, actors, outside))
        self.links = outside
        self.link_starts = [link[0] for link in outside]
        self.actor_positions: dict[int, list[int]] = {}
        for start, _end, actor in outside:
            self.actor_positions.setdefault(actor, []).append(start)
        # Filled in from names and honorifics, then from the pronouns the sentences resolve (see _first_reference).
        self.genders = [gender(a) for a in actors]
        self.verbs = list(saying_verbs(self.text))  # every verb of saying, found once for all the quotes
        self.verb_starts = [v.start() for v in self.verbs]
        self.sentence_starts = [s.start for s in doc.sentences]
        self.subjects = self._subjects(quote_starts)

    # -- subjects and references -------------------------------------------------------------------
    def _subjects(self, quote_starts: list[int]) -> list[_Subject | None]:
        """The person each sentence is about: its first person, pronoun or titled reference."""
        out: list[_Subject | None] = []
        for s in self.doc.sentences:
            found = self._first_reference(s.start, s.end, quote_starts, out)
            out.append(found)
        return out

    def _first_reference(self, start: int, end: int, quote_starts: list[int],
                         earlier: list[_Subject | None]) -> _Subject | None:
        """The person a sentence is about: 'The Clinton campaign said Ms Moore ...' -> Moore, not Clinton;
        'Debates rarely matter, noted NBC’s Dante Chinni.' -> Chinni (the speaker named after the verb)."""
        inverted = self._inverted_speaker(start, end)
        if inverted is not None:
            return inverted
        i = first = bisect.bisect_left(self.link_starts, start)
        person = qualifier = None
        while i < len(self.links) and self.links[i][0] < end and i - first < 20:
            link = self.links[i]
            if i == first and ABOUT_OPENER.fullmatch(self.text, start, link[0]) and \
                    self.text.startswith(",", link[1]):
                i += 1
                continue  # 'Of Froneman, he said: “...”': whom it is said of, not who says it
            if self.actors[link[2]].kind == "person":
                if not QUALIFIER_AFTER.match(self.text, link[1]):
                    person = link
                    break
                if self._heads(start, link[0]):
                    qualifier = qualifier or link
            i += 1
        person = person or qualifier
        window = self.text[start:min(end, start + 300)]
        pronoun = _outside_match(PRONOUN, window, start, quote_starts, self.quotes)
        if pronoun is not None and (person is None or pronoun[0] < person[0]):
            actor = self._resolve_pronoun(pronoun[1], len(earlier), earlier)
            quoted = self._quote_before(pronoun[0], quote_starts)
            if quoted is not None:
                actor = self._introduced(self.sentence_at(quoted.mark_start), pronoun[1], earlier) or actor
            if actor is None:
                return None
            if not self.genders[actor]:
                # 'President Mara Lenk ... “...,” she said.': Lenk is a woman, so a later 'he' is someone else.
                self.genders[actor] = "m" if pronoun[1].lower() == "he" else "f"
            return _Subject(pronoun[0], actor)
        if person is not None:
            return _Subject(person[0], person[2])
        return None

    def _heads(self, start: int, pos: int) -> bool:
        """Whether a name at `pos` stands in the sentence's main clause: 'The Clinton campaign said' and 'Libertarian
        candidate Gary Johnson’s doctor is calling' (it does), 'Wimes believes that the Clinton campaign took' (it
        stands in a clause of its own)."""
        return not any(w.lower() in SUBORDINATORS for w in self.text[start:pos].split())

    def _inverted_speaker(self, start: int, end: int) -> _Subject | None:
        """The person named in a short tail after the sentence's last verb of saying: '..., said X.'"""
        verb = max(saying_verbs(self.text, max(start, end - 120), end), key=lambda v: v.start(), default=None)
        if verb is None or len(self.text[verb.end():end].split()) > 8:
            return None
        i = bisect.bisect_left(self.link_starts, verb.end())
        while i < len(self.links) and self.links[i][0] < end:
            link_start, link_end, actor = self.links[i]
            between = self.text[verb.end():link_start].split()
            titled = all(w[:1].isupper() or w.lower() in gz.TITLES or w.lower() == "the" for w in between)
            if not titled:
                return None
            if self.actors[actor].kind == "person":
                rest = self.text[link_end:end].strip()
                return _Subject(link_start, actor) if not rest or rest[0] in ".,;:(" else None
            i += 1
        return None

    def _quote_before(self, pos: int, quote_starts: list[int]) -> Quote | None:
        """The quote that closes right before a position: '“...,” he said' -> the quote before 'he'."""
        k = bisect.bisect_right(quote_starts, pos) - 1
        if k < 0 or not QUOTE_CLOSED_BEFORE.search(self.text, max(0, pos - 4), pos):
            return None
        q = self.quotes[k]
        return q if q.mark_end <= pos and q.paragraph == self.doc.sentences[self.sentence_at(pos)].paragraph else None

    def _introduced(self, sentence: int, pronoun: str, subjects: list[_Subject | None]) -> int | None:
        """'That worries Henry Crespo, president of the caucus.' / '“...,” he said.' -> Crespo: a sentence that
        speaks of no one saying anything but introduces someone, with a role, hands them the quote after it."""
        if sentence == 0:
            return None
        s = self.doc.sentences[sentence - 1]
        if any(not v.group().endswith("ing") for v in saying_verbs(self.text, s.start, s.end)):
            return None  # someone speaks there ('artists writing songs' does not)
        unwanted = "f" if pronoun.lower() == "he" else "m"
        subject = subjects[sentence - 1]
        i = bisect.bisect_left(self.link_starts, s.start)
        while i < len(self.links) and self.links[i][0] < s.end:
            start, end, actor = self.links[i]
            a = self.actors[actor]
            if a.kind == "person" and a.start == start and " " in a.name and ROLE_APPOSITIVE.match(self.text, end) \
                    and self.genders[actor] != unwanted and (subject is None or subject.actor != actor):
                return actor
            i += 1
        return None

    def _resolve_pronoun(self, pronoun: str, sentence: int, subjects: list[_Subject | None]) -> int | None:
        """'he' -> the latest sentence subject who is not a woman ('she': not a man); in a sentence whose subject
        is a woman, a man named besides: 'President Mara Lenk (she) met Prime Minister Ivo Dal.' -> Ivo Dal."""
        wanted, unwanted = ("m", "f") if pronoun.lower() == "he" else ("f", "m")
        for back in range(sentence - 1, max(-1, sentence - 12), -1):
            found = subjects[back]
            if found is None:
                continue
            if self.genders[found.actor] != unwanted:
                return found.actor
            other = self._gendered_in(self.doc.sentences[back].start, self.doc.sentences[back].end, wanted)
            if other is not None:
                return other
        return None

    def _gendered_in(self, start: int, end: int, wanted: str) -> int | None:
        """The first person of the wanted gender named in a stretch (outside quotes)."""
        i = bisect.bisect_left(self.link_starts, start)
        while i < len(self.links) and self.links[i][0] < end:
            actor = self.links[i][2]
            if self.actors[actor].kind == "person" and self.genders[actor] == wanted:
                return actor
            i += 1
        return None

    def first_verb(self, start: int, end: int) -> re.Match[str] | None:
        """The first verb of saying in text[start:end] ('”, Mr Trump told reporters' -> 'told'), looked up among
        the document's verbs. A stretch cut right before a letter ('said' before a garbled mark 'â€œ') is read on its
        own: its last word ends there, though in the whole text it runs on."""
        if end < len(self.text) and (self.text[end].isalnum() or self.text[end] == "_"):
            return first_saying(self.text, start, end)
        k = bisect.bisect_left(self.verb_starts, start)
        verb = self.verbs[k] if k < len(self.verbs) else None
        return verb if verb is not None and verb.end() <= end else None

    def sentence_at(self, pos: int) -> int:
        """The index of the sentence holding a position."""
        return max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)

    def reference(self, start: int, end: int) -> int | None:
        """The actor a short stretch names: a name, a pronoun or 'the Ukrainian president'."""
        stretch = self.text[start:end]
        i = bisect.bisect_left(self.link_starts, start)
        named = self.links[i] if i < len(self.links) and self.links[i][0] < end else None
        pronoun = PRONOUN.search(stretch)
        titled = nominal(stretch)
        firsts = [(named[0] - start, "name")] if named else []
        if pronoun:
            firsts.append((pronoun.start(), "pronoun"))
        if titled:
            firsts.append((titled.start, "titled"))
        if not firsts:
            return self._epithet(start) if epithet(stretch) else NOBODY if UNNAMED.match(stretch) else None
        _, how = min(firsts)
        if how == "name":
            if not self._describes(named[2], start, end):
                return named[2]
            owned = POSSESSIVE_AFTER.match(self.text, named[1])
            if owned:
                # "said Britain's former finance minister": the one named before in that post, or no one named
                post = self.text[owned.end():end].strip(" \t.,;:").lower().split()
                holder = self._last_holder(lambda role: all(w in role.split() for w in post), start)
                return NOBODY if holder is None else holder
            return self._epithet(start)
        if how == "pronoun":
            return self._pronoun_speaker(start + pronoun.start(), pronoun.group())
        return self._titled(titled.modifiers, titled.noun, start)

    def _pronoun_speaker(self, pos: int, pronoun: str) -> int:
        """'John Lindqvist said the strike was illegal. “We waited two years,” she said.' -> not Lindqvist: a 'she'
        no recent subject fits is the latest woman named before (within PRONOUN_LOOKBACK names), else someone
        unnamed (NOBODY), never a man; 'he' likewise never a woman."""
        found = self._pronoun_at(pos, pronoun)
        if found is not None:
            return found
        wanted = "m" if pronoun.lower() == "he" else "f"
        k = bisect.bisect_left(self.link_starts, pos)
        for i in range(k - 1, max(-1, k - 1 - PRONOUN_LOOKBACK), -1):
            actor = self.links[i][2]
            if self.actors[actor].kind == "person" and self.genders[actor] == wanted:
                return actor
        return NOBODY

    def pronoun_owner(self, pos: int, possessive: str) -> int:
        """'his office said' -> the man 'his' refers to, as a 'he' at that place would."""
        return self._pronoun_speaker(pos, "he" if possessive.lower() == "his" else "she")

    def earlier_referent(self, pos: int, pronoun: str) -> int:
        """'People like Scott, he said.': who 'he' is by the sentences before, never a name in its own sentence."""
        found = self._resolve_pronoun(pronoun, self.sentence_at(pos), self.subjects)
        return found if found is not None else NOBODY

    def _modifier(self, pos: int, end: int) -> bool:
        """'Mr Trump’s mediation' and 'Trump campaign spokesman Jason Miller': the name qualifies another."""
        k = bisect.bisect_left(self.link_starts, pos)
        link_end = self.links[k][1]
        if POSSESSIVE_AFTER.match(self.text, link_end):
            return True
        if k + 1 >= len(self.links) or self.links[k + 1][0] >= end:
            return False
        between = self.text[link_end:self.links[k + 1][0]]
        words = between.split()
        return len(words) <= 4 and between.replace(" ", "").isalpha() and any(w in gz.ROLE_NOUNS for w in words)

    def reference_only(self, start: int, end: int) -> tuple[int, int] | None:
        """(position, actor) of the first pronoun or 'the Ukrainian president' in a stretch."""
        stretch = self.text[start:end]
        pronoun = PRONOUN.search(stretch)
        titled = nominal(stretch)
        if pronoun and (titled is None or pronoun.start() < titled.start):
            actor = self._pronoun_at(start + pronoun.start(), pronoun.group())
            return (start + pronoun.start(), actor) if actor is not None else None
        if titled:
            actor = self._titled(titled.modifiers, titled.noun, start)
            return (start + titled.start, actor) if actor is not None else None
        return None

    def head(self, start: int, end: int, last: bool) -> int | None:
        """The speaker named before the first comma of a stretch next to a verb of saying.

        'Trump lawyer Marc Kasowitz' -> Kasowitz (the last person before the verb);
        'said Rep. G.K. Butterfield (D-N.C.), head of the caucus' -> Butterfield (the first after it);
        'Mr. Derin's spokeswoman, Ayla Kaya,' and 'said Derin's aide Ayla Kaya' -> Kaya (an owner is not the speaker);
        'his spokesman, Stephane Dujarric, told' -> Dujarric (not the latest spokesman before him).
        """
        while start < end and self.text[start] in " ,\t\n—–-":
            start += 1
        if last:
            # '”' of the Clinton proposals, Mr. Holtz-Eakin said': the name next to the verb, unless what follows
            # the last comma is an appositive ('Smith, a lawyer for Jones, said').
            cut = self.text.rfind(",", start, end)
            if cut >= 0 and not APPOSITIVE_START.match(self.text, cut + 1):
                nearest = [a for a, owner in self._named_between(cut + 1, end)
                           if not owner and self.actors[a].kind == "person"]
                if nearest:
                    return nearest[-1]
        comma = self.text.find(",", start, end)
        head_end = end if comma < 0 else comma
        found = [(a, owner) for a, owner in self._named_between(start, head_end)
                 if not self._describes(a, start, head_end)]
        speakers = [a for a, owner in found if not owner]
        if not speakers and comma >= 0 and (found or nominal(self.text[start:head_end]) is not None):
            # 'Mr. Derin's spokeswoman, Ayla Kaya,' and 'his spokesman, Stephane Dujarric,': the name after the role
            following = self.text.find(",", comma + 1, end)
            speakers = [a for a, owner in self._named_between(comma + 1, end if following < 0 else following)
                        if not owner]
        found = speakers or [a for a, _ in found]
        people = [a for a in found if self.actors[a].kind == "person"]
        pool = people or found
        if pool:
            return pool[-1] if last else pool[0]
        return self.reference(start, end)

    def _epithet(self, pos: int) -> int:
        """'“...,” the former Italy midfielder said': the person a description with no name names again, the
        subject of its sentence or of one of the three before; else someone unnamed."""
        sentence = self.sentence_at(pos)
        for back in range(sentence, max(-1, sentence - 4), -1):
            found = self.subjects[back]
            if found is not None and found.position < pos and self.actors[found.actor].kind == "person":
                return found.actor
        return NOBODY

    def _describes(self, actor: int, start: int, end: int) -> bool:
        """'the former Italy midfielder said': a state or body that only qualifies a person's description (not its
        own spokesman or official: 'a Kremlin spokesman said' is the Kremlin's)."""
        if self.actors[actor].kind == "person":
            return False
        i = bisect.bisect_left(self.link_starts, start)
        while i < len(self.links) and self.links[i][0] < end and self.links[i][2] != actor:
            i += 1
        after = DESCRIBED_AFTER.match(self.text, self.links[i][1], end) if i < len(self.links) else None
        noun = after.group(1) if after is not None else ""
        return noun not in REPRESENTATIVES and (is_role_noun(noun) or occupation(noun))  # not 'the IMF report'

    def named_in(self, start: int, end: int) -> int | None:
        """The first actor named in a stretch who owns nothing there: 'according to the organizer, the Harbour
        Workers Alliance' -> the Alliance."""
        return next((a for a, owner in self._named_between(start, end) if not owner), None)

    def coordinated(self, start: int, end: int) -> list[int]:
        """The first names of a stretch joined by 'and' or commas: 'The Harbour Workers Union and the Fishing Vessel
        Owners Association issued ...' -> both; [] when no two names are joined."""
        i = bisect.bisect_left(self.link_starts, start)
        group: list[int] = []
        while i < len(self.links) and self.links[i][0] < end:
            link = self.links[i]
            if group and not JOINED_NAMES.fullmatch(self.text, self.links[i - 1][1], link[0]):
                if len(group) > 1:
                    break
                group = []
            if link[2] not in group:
                group.append(link[2])
            i += 1
        return group if len(group) > 1 else []

    def link_ends_between(self, start: int, end: int) -> list[int]:
        """Where each name that starts in a stretch ends."""
        i = bisect.bisect_left(self.link_starts, start)
        out = []
        while i < len(self.links) and self.links[i][0] < end:
            out.append(self.links[i][1])
            i += 1
        return out

    def named_in_stretch(self, start: int, end: int) -> list[tuple[int, bool]]:
        """(actor, is an owner) of each name in a stretch, in text order."""
        return self._named_between(start, end)

    def _named_between(self, start: int, end: int) -> list[tuple[int, bool]]:
        """(actor, is an owner) of each name in a stretch: 'Mr. Derin's spokeswoman' -> [(Derin, True)]."""
        i = bisect.bisect_left(self.link_starts, start)
        found = []
        while i < len(self.links) and self.links[i][0] < end:
            found.append((self.links[i][2], bool(POSSESSIVE_AFTER.match(self.text, self.links[i][1]))))
            i += 1
        return found

    def _pronoun_at(self, pos: int, pronoun: str) -> int | None:
        """'Mr Trump said he ...' -> Trump (the sentence's own subject before the pronoun), else the latest one."""
        sentence = self.sentence_at(pos)
        own = self.subjects[sentence]
        if own is not None and own.position <= pos:  # at pos: the pronoun itself, resolved with its sentence
            return own.actor
        return self._resolve_pronoun(pronoun, sentence, self.subjects)

    def _titled(self, modifiers: str, noun: str, pos: int) -> int | None:
        """'the Ukrainian president' -> the person last mentioned whose role holds 'ukrain' and 'president'."""
        nouns = LEADERS if noun == "leader" else (noun,)
        stems = [w.lower()[:5] for w in modifiers.split() if w.lower() in gz.DEMONYMS and len(w) > 4]
        return self._last_holder(lambda role: any(n in role for n in nouns) and all(s in role for s in stems), pos)

    def _last_holder(self, holds: Callable[[str], bool], pos: int) -> int | None:
        """The person last mentioned before `pos` whose role (in lower case) `holds` says is the one spoken of."""
        best, best_pos = None, -1
        for index, actor in enumerate(self.actors):
            if actor.kind != "person" or not holds(actor.role.lower()):
                continue
            positions = self.actor_positions.get(index, [])
            k = bisect.bisect_left(positions, pos)
            last = positions[k - 1] if k else -1
            if last > best_pos or best is None:
                best, best_pos = index, last
        return best


    def subject_before(self, floor: int, verb: int) -> int | None:
        """The subject of the verb: the clause before it, less appositives between commas.

        'Rucker Culpepper, who runs the effort, said' -> Culpepper; 'Trump campaign spokesman Jason Miller
        added' -> Miller (the last person of the clause); 'In a post, Cruz said' -> Cruz;
        'Dean, a former party chairman, poked at Trump, tweeting' -> Dean.
        """
        pieces = [(m.start() + floor, m.end() + floor) for m in SEGMENT.finditer(self.text[floor:verb])]
        pieces = [(a, b) for a, b in pieces if self.text[a:b].strip()]
        # Drop, from the end, clauses without a subject of their own: 'a former chairman', 'poked at X'.
        while len(pieces) > 1 and (
            (VERB_PHRASE_START.match(self.text, pieces[-1][0]) and not self._leads_with_person(*pieces[-1]))
            or (APPOSITIVE_START.match(self.text, pieces[-1][0]) and self.text[pieces[-1][1]:verb].strip() == ",")
        ):
            pieces.pop()
        # 'The federation defended Lenz, saying he “...”': the participle after a comma shares the clause's subject,
        # so a name right before that comma is the object it looks like.
        participle = self.text[verb:verb + 12].split()[0].endswith("ing") and "," in self.text[pieces[-1][1]:verb] \
            if pieces else False
        for a, b in reversed(pieces[-2:]):
            found = self.in_clause(a, b, objects_last=participle)
            body = found is not None and found != NOBODY and self.actors[found].kind != "person"
            if body and self._of_nameless(a, b):
                return NOBODY  # 'the mayors of Eastport and Millbrook asked': the mayors, not the towns
            if found is not None:
                return found
            if (a, b) == pieces[-1] and nameless(self.text[a:b]):
                return NOBODY  # 'Greece sent boats, and in Athens the coastguard said': someone unnamed, not Greece
        return None

    def _of_nameless(self, start: int, end: int) -> bool:
        """'the mayors of Eastport', 'relatives of the victims': a clause whose head, before 'of', names no one."""
        of = OF_WORD.search(self.text, start, end)
        head = [w.lower() for w in NAMELESS_WORD.findall(self.text, start, of.start())[-1:]] if of is not None else []
        return bool(head) and (head[0] in gz.GROUPS or head[0].removesuffix("s") in gz.ROLE_NOUNS)

    def _leads_with_person(self, start: int, end: int) -> bool:
        """'union spokesman Karl Weiss': a clause opening in lower case with a job before a name has a subject."""
        i = bisect.bisect_left(self.link_starts, start)
        if i >= len(self.links) or self.links[i][0] >= end or self.actors[self.links[i][2]].kind != "person":
            return False
        before = self.text[start:self.links[i][0]].split()
        if any(w.lower() in LINKING_WORDS for w in before):
            return False  # 'appearing with host Ben Ford': the host is whom the clause is with, not its subject
        return 0 < len(before) <= 4 and (before[-1].lower() in gz.ROLE_NOUNS or before[-1].lower() in gz.TITLES)

    def in_clause(self, start: int, end: int, governed: bool = False, objects_last: bool = False) -> int | None:
        """The last person named in a clause, else a pronoun or title, else an organization.

        A person who is the object of a verb or a preposition is not the clause's: in 'Reid has been pounding
        Trump as a “con artist”' the quote is Reid's. With `governed`, neither is an organization after a verb or
        a preposition ('members of Congress echo her concerns ... a “lawful source”'; 'filed by the SEC' is).
        A platform ('posted on X', 'Facebook users') is where words appear, no one who says them, unless it is
        the subject of a verb of saying ('Facebook said'). With `objects_last`, an object stays one at the clause's end.
        """
        i = bisect.bisect_left(self.link_starts, start)
        people, others = [], []
        while i < len(self.links) and self.links[i][0] < end:
            pos, actor = self.links[i][0], self.links[i][2]
            if self.actors[actor].kind == "person":
                # 'footage of Trump saying ...': a name right before the clause's verb is its subject all the same
                last = not objects_last and not self.text[self.links[i][1]:end].strip(" ,")
                if last or not OBJECT_BEFORE.search(self.text, max(start, pos - 60), pos):
                    people.append((pos, actor))
            elif self._platform(actor, self.links[i][1]):
                pass
            elif not governed or not BODY_OBJECT_BEFORE.search(self.text, max(start, pos - 60), pos):
                others.append((pos, actor))
            i += 1
        ref = self.reference_only(start, end)
        heads = [p for p in people if not self._modifier(p[0], end)]
        if governed and not heads and others:
            people = []  # 'Although the IMF did not single out Trump's proposals': the body, not the owner
        subject = heads[0] if heads else (people[-1] if people else None)
        if len(heads) > 1 and self._ends_clause(heads[-1][1], end) and \
                len(LOWER_LETTERS.findall(self.text, heads[0][0], heads[-1][0])) >= 3:
            subject = heads[-1]  # 'Scott grinned and invoked the story John F. Kennedy told': Kennedy told it
        if subject is not None and (ref is None or ref[0] > subject[0]):
            return subject[1]
        if ref is not None:
            return ref[1]
        if others and not self._describes(others[0][1], start, end):
            return others[0][1]
        # 'The three-time Olympic champion said', 'The former Italy midfielder added': whom it names again
        return self._epithet(start) if epithet(self.text[start:end]) else None


    def _ends_clause(self, actor: int, end: int) -> bool:
        """Whether the actor's last mention before `end` is the clause's last word (right before its verb)."""
        k = bisect.bisect_left(self.link_starts, end) - 1
        return k >= 0 and self.links[k][2] == actor and not self.text[self.links[k][1]:end].strip()

    def owns_role(self, actor: int, start: int, end: int) -> bool:
        """Whether the actor is named in a stretch only as the owner of a role: 'McCrory's opponent in the race'."""
        mentions: list[tuple[int, int]] = []
        i = bisect.bisect_left(self.link_starts, start)
        while i < len(self.links) and self.links[i][0] < end:
            link_start, link_end, who = self.links[i]
            if who == actor:
                mentions.append((link_start, link_end))
            i += 1
        if not mentions:
            return False
        for _, link_end in mentions:
            owned = POSSESSIVE_AFTER.match(self.text, link_end)
            words = NAMELESS_WORD.findall(self.text, owned.end(), owned.end() + 40)[:3] if owned else []
            if not any(w.lower() in gz.ROLE_NOUNS for w in words):
                return False
        return True

    def _platform(self, actor: int, end: int) -> bool:
        """'a video shared on Facebook', 'Twitter users': a platform named, not speaking ('Twitter said' speaks)."""
        return self.actors[actor].name.lower() in gz.PLATFORMS and first_saying(self.text, end, end + 12) is None

    def opens_nameless(self, sentence: int) -> bool:
        """Whether a sentence opens with a speaker who has no name: 'Critics accused Lenz of ...', 'The employers'
        federation defended Lenz' (not 'Following Monday’s debate, Politifact ...': a name comes first)."""
        s = self.doc.sentences[sentence]
        for i, word in enumerate(NAMELESS_WORD.findall(self.text, s.start, min(s.end, s.start + 60))[:4]):
            bare = word.lower().rstrip("’'").removesuffix("’s").removesuffix("'s")
            if bare in gz.GROUPS or bare in gz.ORG_HEADS or bare.removesuffix("s") in gz.ROLE_NOUNS:
                return True
            if (i and not word.islower()) or (not i and bare not in NAMELESS_DETERMINERS):
                return False
        return False

    def sentence_speaker(self, sentence: int) -> int | None:
        """Who speaks in a sentence: 'The administration may wait, Schiff said.' -> Schiff."""
        s = self.doc.sentences[sentence]
        verb = max(saying_verbs(self.text, s.start, s.end), key=lambda v: v.start(), default=None)
        if verb is None or verb.group() == "according":
            return None
        tail = self.text[verb.end():s.end]
        if len(tail.split()) <= 8 and tail.strip()[:1].isupper():
            return self.head(verb.end(), s.end, last=False)
        return self.subject_before(s.start, verb.start())


def nameless(stretch: str) -> bool:
    """Whether a stretch ends in a speaker with no name: 'the coastguard', 'the mayor’s office', 'residents',
    'Twitter users' (not 'on Monday', 'then', 'Greece')."""
    words = NAMELESS_WORD.findall(stretch[-80:])[-4:]
    if not words or not words[-1].islower():
        return False
    head = words[-1]
    if head in gz.GROUPS or head in gz.ROLE_NOUNS or head.removesuffix("s") in gz.ROLE_NOUNS | gz.ORG_HEADS:
        return True
    if len(words) > 1 and head.endswith("s") and (words[-2].isdigit() or words[-2].lower() in COUNT_WORDS):
        return True  # 'seen by the Observer, 12 charities warned'
    if head in gz.FUNCTION_WORDS or head.endswith("ly"):
        return False  # 'the results of their check by', 'the crowd then'
    return any(w.lower() in NAMELESS_DETERMINERS for w in words[-3:-1]) and words[-2].islower()


def _inside(quote_starts: list[int], quotes: tuple[Quote, ...], pos: int) -> bool:
    """Whether a position lies between the marks of a quote ('Putin' in '“... until Putin and I meet,”')."""
    return _quote_holding(quote_starts, quotes, pos) is not None


def _quote_holding(quote_starts: list[int], quotes: tuple[Quote, ...], pos: int) -> int | None:
    """The index of the quote whose marks hold a position, or None."""
    k = bisect.bisect_right(quote_starts, pos) - 1
    return k if k >= 0 and quotes[k].mark_start <= pos < quotes[k].mark_end else None


def _outside_match(pattern: re.Pattern[str], window: str, offset: int, quote_starts: list[int],
                   quotes: tuple[Quote, ...]) -> tuple[int, str] | None:
    """The first match of a pattern that is not inside a quote: the 'he' of '“..., he said' outside it."""
    for m in pattern.finditer(window):
        if not _inside(quote_starts, quotes, offset + m.start()):
            return offset + m.start(), m.group()
    return None
