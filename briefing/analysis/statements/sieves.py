"""Attribution sieves: the speaker of one quote from the words next to it, most certain cue first.

after:      '“So far, it has not,” Mr Sybiha said.'  /  '“...,” said Donna Brazile, the chairwoman.'
before:     'Mr Barrot echoed that sentiment, saying: “...”'  /  'according to Rush Limbaugh, “...”'
subject:    'British prime minister Keir Starmer accused Mr Putin of “standing in the way of peace”.'
introduced: 'The New York Times reports:' closing the paragraph before a block quote.
labelled:   '"PENCE: Well, look, ...' in a quoted transcript.
headlined:  "Novak: 'We will not back down'" over '“We will not back down,” the minister said.'
joint:      'In a joint statement, Norway and Iceland said they would “...”' -> both authors.
followed:   '“...”' / 'That was the message from union leader Marta Solberg.' in the paragraph after.
aside:      'among them Mitt Romney -- “It is disqualifying” -- and Fred Goldberg' -> Romney.
owned:      'Lenz’s forecast that Solberg would be “gone within a year”' -> Lenz.
together:   'Britain and France said the strikes were “...”' -> both (on what after, before and subject find).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import pairwise

from briefing.analysis.lexicon import gazetteer as gz
from briefing.analysis.statements.cues import TRANSCRIPT_LABEL, UNNAMED, clause_end, saying_verbs
from briefing.analysis.statements.quotes import Quote
from briefing.analysis.statements.references import JOINED_NAMES, NOBODY, SEGMENT, ReferenceResolver
from briefing.analysis.text.quoted_spans import quoted_spans
from briefing.analysis.text.segmentation import HEADLINE

# The last "according to" of a stretch (the greedy lead skips the earlier ones).
ACCORDING_LAST = re.compile(r"(?s:.*)\b[Aa]ccording to\s+")
# After 'said' in '“...,” said Rep. G.K. Butterfield': a name, a title, a pronoun or 'the/a <role>'.
INVERTED_START = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|he|she|one|another|two|three)\b"
    r"|(?!(?:that|to|in|on|at|it|they|we|this|these|those|if|when|as)\b)(?:[\w/.\-]+[ \t]+){0,4}[A-Z])"
)
INSTITUTION = re.compile(r"[\s,]*(?:the|its|their|a|an|his|her)\s+(?:[\w\-’']+\s+){0,3}?([a-z]+)\s*$")
# 'the city's mayor', 'the region's governor': a post owned by a common noun, whose holder no one named has (but
# 'the mayor's former strategist' is owned by a person's post: the aide may be the person just named).
OWNED_POST = re.compile(r"[\s,]*the\s+([a-z]+)['’]s\s")
BODIES = frozenset("""government military ministry statement report regime junta embassy cabinet announcer narrator
    voice caller crowd audience letter website site page post tweet message note memo ad advert advertisement
    commercial banner headline caption email document filing complaint lawsuit indictment ruling petition slogan
    placard sign chant chants video""".split())  # '“...,” the announcer said', '“...,” a letter read'
# ', before Dal shot back:' / '; Dal was blunter:' closing the stretch before a quote: a new clause introducing it.
ANSWERING = re.compile(r"(?:[,;]?\s+(?:before|while|whereupon|but|then|and\s+then)\s+|;\s*)([^,;:]+?):\s*$")
DASH_BEFORE = re.compile(r"\s*(?:--|—|–)\s*$")
DASH_AFTER = re.compile(r"[,.]?\s*(?:--|—|–)")
JOINT = re.compile(r"\bjoint\s+(?:statement|letter|declaration|communiqu[eé]|release|appeal)")
THE_STATEMENT = re.compile(r"\bthe\s+(?:statement|letter|declaration|communiqu[eé]|release|appeal)\b")
# 'A letter signed by ...', 'The city’s website', 'Hale’s letter': a sentence whose subject is a thing with words.
WRITTEN_SUBJECT = re.compile(r"\s*(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ne)\s+)?(?:[\w.\-]+['’]s?\s+)?"
                             r"(?:[\w\-]+\s+)??(?P<body>[a-z]+)\b")
# 'Lenz’s own forecast that', 'Trump’s claim that': a possessive, up to three words, a noun of words said or written.
OWNED_WORDS = re.compile(r"['’]s?\s+(?:[\w\-]+\s+){0,3}?(?:claim|statement|remark|comment|assertion|accusation|warning"
                         r"|promise|pledge|vow|forecast|prediction|letter|missive|message|post|tweet|memo|speech"
                         r"|testimony|argument|suggestion|insistence|description|complaint|boast|threat|verdict)s?\b")
OWNED_GAP = re.compile(r"(?:\s+[\w\-]+){0,3}?\s*(?:that\b|about\b|of\b|[:,—])")  # 'forecast last spring that'
# '“...,” as a Homeland Security memo put it' / 'as The New Yorker put it, “...”': the one who put it.
AS_PUT_IT = re.compile(r"[\s,]*as\s+((?:[\w.’'\-]+\s+){1,8}?)(?:put|puts|has\s+put|had\s+put)\s+it\b")
# 'The paper quoted a senior aide as saying she was “...”': the one quoted says it (a named one, or no one named).
QUOTED_AS_BEFORE = re.compile(
    r"\bquoted\s+(?P<who>[^.;:!?“”\"]{1,80}?)\s+as\s+(?:saying|telling\s+\w+)\b[^.;:!?“”\"]{0,60}$")
AS_PUT_IT_BEFORE = re.compile(r"\bas\s+((?:[\w.’'\-]+\s+){1,8}?)(?:put|puts|has\s+put|had\s+put)\s+it"
                              r"(?:\s+[^,:]{0,60})?[,:]?\s*$")
# 'greeted with chants of “Bobby!”', 'a T-shirt emblazoned with the words “I can't breathe”': the words of a crowd or a
# thing, no one's statement, and never the nearest name's.
CHANT_CUE = re.compile(r"\b(?:chants?\s+of|chanted|chanting|cries\s+of|shouts\s+of|signs?\s+(?:reading|saying)"
                       r"|placards?\s+(?:reading|saying)|banners?\s+(?:reading|saying)|emblazoned\s+with(?:\s+the\s+words)?"
                       r"|(?:t-shirts?|shirts?)\s+(?:reading|saying))\b", re.IGNORECASE)
CHANT_GAP = re.compile(r"[\s,:]*")
# '“Conti out!” the fans chanted', '“Bring them home!” the crowd shouted': a crowd after the quote.
CHANTED_AFTER = re.compile(r"[\s,]*(?:the\s+)?(?:crowds?|fans|protesters|protestors|demonstrators|supporters|mourners"
                           r"|students|they)\s+(?:chanted|chant|shouted|shout|sang|sing|yelled|roared|screamed)\b")
# '... Kyiv’s “incompetence,” a charge Koval called “shameful”': a noun in apposition to the quote, someone's view
# of the words, not who said them.
COMMENTED = re.compile(r"[\s,]*(?:a|an|the)\s+(?:[a-z]+\s+)?(?:charge|claim|accusation|allegation|assertion"
                       r"|characteri[sz]ation|description|label|remark|suggestion|phrase)s?\b")
# '“...” So says shopkeeper Anna Berg': an inverted attribution opening the sentence after the quote.
SO_SAYS = re.compile(r"\s*So\s+(?:says|said|say)\s+")
VISIBLE = re.compile(r"\S")  # looked for from a place on, not in a copy of the rest of the paragraph
# The paragraph after a quotation, naming who said it: 'That was the message from union leader Marta Solberg.'
NAMED_AFTER = re.compile(r"(?:(?:That|This|Those|These)\s+(?:was|were|is|are)\s+(?:the\s+)?(?:[a-z]+\s+)?"
                         r"(?:message|words|view|verdict|warning|assessment|reaction|response|plea|answer|promise)"
                         r"\s+(?:of|from)\s+|So\s+(?:says|said|say)\s+)")
NEW_CLAUSE = re.compile(r"[\s,;]*(?:while|whereas|although|though|but|and|because|since|when|as|if|unlike)\s")
COORDINATED = re.compile(r"\b(?:and|but)\s+$")
INTRODUCES_NEXT = re.compile(r"[,:]\s*$")  # 'Kuhn replied, “': a cue that runs into the next quote
VERB_REACH = 200  # characters either side of a quote searched for the verb its joined speakers are subjects of
# 'Moss and Kerr said', 'Britain and France jointly said', 'Moss and Kerr both said'
BESIDE_VERB = re.compile(r"\s+(?:(?:both|all|also|together|[a-z]+ly)\s+){0,2}")
SIGNED = re.compile(r"\s*[―—–]{1,2}\s*(?=[A-Z])")
AFTER_WORDS = 30
EARLIER_SENTENCES = 3  # how far back a role with no name looks for the person it is
WORD = re.compile(r"[\w’']+")
# The share of the longer quote's words the shorter must hold for a body quote to repeat the headline's.
REPEATED = 0.6


@dataclass(frozen=True)
class Attribution:
    """The speaker of one quote (an index into the actors, or None) and the sieve that found it; `also`: the
    other authors of a joint statement ('Norway and Iceland said in a joint statement')."""

    actor: int | None
    sieve: str
    also: tuple[int, ...] = ()


def after(refs: ReferenceResolver, q: Quote, limit: int) -> Attribution | None:
    """'“...,” Mr Trump told reporters' / '“...,” said adviser Mykhailo Podolyak' / '“...” ― Jo Diaz'."""
    end = clause_end(refs.text, q.mark_end, limit)
    signed = SIGNED.match(refs.text, q.mark_end, end)
    if signed:
        actor = refs.head(signed.end(), min(end, signed.end() + 80), last=False)
        return Attribution(actor, "after") if actor is not None else None
    window = refs.text[q.mark_end:end]
    so = SO_SAYS.match(window)
    if so:  # '“...” So says shopkeeper Anna Berg'
        actor = refs.head(q.mark_end + so.end(), end, last=False)
        return Attribution(actor, "after") if actor is not None else None
    if q.text.endswith(".") and window.lstrip()[:1].isupper():
        return None  # '... “the question is the timing.” Gov. Pat McCrory said ...': a new sentence
    opens_next = end == limit and INTRODUCES_NEXT.search(window) is not None
    if q.text.endswith(("?", "!")) and opens_next and window.lstrip()[:1].isupper():
        return None  # 'Dane asked him, “Where was the plan?” Kuhn replied, “...”': the cue opens the next quote
    put = AS_PUT_IT.match(window)
    if put:  # '“...,” as a Homeland Security memo put it'
        actor = refs.head(q.mark_end + put.start(1), q.mark_end + put.end(1), last=True)
        return Attribution(actor if actor is not None else NOBODY, "after")
    verb = refs.first_verb(q.mark_end, end)
    if verb is None:
        return None
    if verb.group() == "according":
        # '“walk-in” at 2,000 schools, according to the organizer Alliance to Reclaim Our Schools'
        if len(window[:verb.start() - q.mark_end].split()) > AFTER_WORDS // 2:
            return None
        source = refs.named_in(verb.end(), min(end, verb.end() + 84))
        actor = source if source is not None else refs.reference(verb.end() + 4, min(end, verb.end() + 84))
        return Attribution(actor, "after") if actor is not None else None
    at, to = verb.start() - q.mark_end, verb.end() - q.mark_end  # the verb's place in the window
    if len(window[:at].split()) > AFTER_WORDS:
        return None
    if NEW_CLAUSE.match(window) or COMMENTED.match(window):
        return None  # '“a disaster”, while Governor Hale called it ...': another clause, with its own subject
    if window[:at].strip(" ,\t\n—–-"):
        actor = refs.head(q.mark_end, verb.start(), last=True)
        if actor is None and _institution(window[:at]):
            actor = NOBODY  # '“...,” the army said in a statement': no one named, so not the last person named
        elif actor is None and _role_phrase(window[:at]):
            actor = _earlier_subject(refs, refs.sentence_at(q.mark_start))
    elif INVERTED_START.match(window, to):
        actor = refs.head(verb.end(), min(end, verb.end() + 80), last=False)
    else:
        return None  # '“unmistakably” suggests that ...': the verb has another subject
    return Attribution(actor, "after") if actor is not None else None


def _role_phrase(stretch: str) -> bool:
    """'Obama's former campaign strategist', 'the veteran senator': a person's role, with no name."""
    words = WORD.findall(stretch)
    return bool(words) and words[-1].lower() in gz.ROLE_NOUNS


def _earlier_subject(refs: ReferenceResolver, sentence: int) -> int | None:
    """'David Axelrod called on Dean to apologize.' / '“...,” Obama's former campaign strategist said in an interview
    with CNN's Wolf Blitzer.' -> Axelrod: a role with no name is the person the sentences before are about, not a
    name after the verb (the interviewer)."""
    for back in range(sentence - 1, max(-1, sentence - EARLIER_SENTENCES - 1), -1):
        found = refs.subjects[back]
        if found is not None:
            return found.actor if refs.actors[found.actor].kind == "person" else None
    return None


def listed_names(refs: ReferenceResolver) -> list[int]:
    """Where each name joined to the one before or after it by a comma or 'and' starts, found once a document: the
    only names `together` has to look at."""
    text, links = refs.text, refs.links
    joined = [JOINED_NAMES.fullmatch(text, a[1], b[0]) is not None for a, b in pairwise(links)]
    return [link[0] for i, link in enumerate(links) if (i and joined[i - 1]) or (i < len(joined) and joined[i])]


def together(refs: ReferenceResolver, q: Quote, found: Attribution, listed: list[int]) -> Attribution:
    """'Britain and France said the strikes were “a dangerous escalation”' and '“...,” Moss and Kerr said' -> both:
    a speaker found among names joined by 'and' right before a verb of saying of the quote's sentence (or right
    after it: 'said Moss and Kerr'), or, found as the sentence's subject, named in such a list ('The authors, who
    include the Harbour Institute and the Coast Trust, found that ... “...”'), says the quote with the others."""
    if found.actor is None or found.actor < 0 or found.also:
        return found
    s = refs.doc.sentences[refs.sentence_at(q.mark_start)]
    lo, hi = max(s.start, q.mark_start - VERB_REACH), min(s.end, q.mark_end + VERB_REACH)
    k = bisect.bisect_left(listed, lo)
    if k == len(listed) or listed[k] >= hi:
        return found  # no name of a list near the quote (`listed`: from `listed_names`)
    groups = [_joined_around(refs, _last_mention(refs, found.actor, lo, q.mark_start))] if found.sieve == "subject" \
        else []
    k = bisect.bisect_left(refs.verb_starts, lo)
    while k < len(refs.verbs) and refs.verbs[k].start() < hi:
        groups.append(_joined_at(refs, refs.verbs[k].start(), refs.verbs[k].end()))
        k += 1
    group = next((g for g in groups if found.actor in g), None)
    return Attribution(group[0], found.sieve, tuple(group[1:])) if group else found


def _last_mention(refs: ReferenceResolver, actor: int, start: int, end: int) -> int | None:
    """The index of the last link to `actor` in text[start:end], if any."""
    k = bisect.bisect_left(refs.link_starts, end) - 1
    while k >= 0 and refs.links[k][0] >= start:
        if refs.links[k][2] == actor:
            return k
        k -= 1
    return None


def _joined_at(refs: ReferenceResolver, verb_start: int, verb_end: int) -> list[int]:
    """The actors of the names joined by commas and 'and' that end right before a verb or start right after it
    ('Moss and Kerr said', 'said Moss and Kerr'); [] for one name or none."""
    text, links = refs.text, refs.links
    i = bisect.bisect_left(refs.link_starts, verb_start) - 1
    if i >= 0 and BESIDE_VERB.fullmatch(text, links[i][1], verb_start):
        return _joined_around(refs, i)
    j = bisect.bisect_left(refs.link_starts, verb_end)
    return _joined_around(refs, j) if j < len(links) and BESIDE_VERB.fullmatch(text, verb_end, links[j][0]) else []


def _joined_around(refs: ReferenceResolver, link: int | None) -> list[int]:
    """The actors of a list of names joined by commas and 'and' that holds the name `link` (an index into the
    links): 'the Harbour Institute and the Coast Trust'; [] for a name alone."""
    if link is None:
        return []
    text, links = refs.text, refs.links
    first = last = link
    while first > 0 and JOINED_NAMES.fullmatch(text, links[first - 1][1], links[first][0]):
        first -= 1
    while last + 1 < len(links) and JOINED_NAMES.fullmatch(text, links[last][1], links[last + 1][0]):
        last += 1
    if last == first or "and" not in text[links[last - 1][1]:links[last][0]].split():
        return []  # 'with Barbra Streisand, Clinton called', 'said Wasserman, House editor': no list without 'and'
    group = list(dict.fromkeys(links[n][2] for n in range(first, last + 1)))
    return group if len(group) > 1 else []


def followed(refs: ReferenceResolver, q: Quote) -> Attribution | None:
    """'“We will strike again on Monday.”' closing its paragraph, then 'That was the message from union leader Marta
    Solberg after the talks.' -> Solberg: the paragraph after a quotation names who said it."""
    paragraphs = refs.doc.paragraphs
    para = paragraphs[q.paragraph]
    if VISIBLE.search(refs.text, q.mark_end, para.end) or q.paragraph + 1 >= len(paragraphs):
        return None  # the quote does not close its paragraph
    following = paragraphs[q.paragraph + 1]
    named = NAMED_AFTER.match(refs.text, following.start, following.end)
    if named is None:
        return None
    end = refs.doc.sentences[refs.sentence_at(following.start)].end
    actor = refs.head(named.end(), end, last=False)
    return Attribution(actor, "followed") if actor is not None else None


def _institution(stretch: str) -> bool:
    """'the army', 'the foreign ministry', 'its statement': an unnamed body, not a person ('the 61-year-old'); and
    an unnamed holder of a common noun's post ('the city's mayor')."""
    found = INSTITUTION.match(stretch)
    return found is not None and (found.group(1) in gz.ORG_HEADS or found.group(1) in BODIES
                                  or (_owned_post(stretch) and found.group(1) in gz.ROLE_NOUNS))


def _owned_post(stretch: str) -> bool:
    """'the city's mayor': a post whose owner is a place or a body; not 'the mayor's former campaign strategist'."""
    owned = OWNED_POST.match(stretch)
    return owned is not None and owned.group(1) not in gz.ROLE_NOUNS


def _written(refs: ReferenceResolver, start: int, verb: int) -> int | None:
    """'A letter signed by forty shop owners and handed to Hale read: “...”' and 'The city's website says': a
    thing's words, so no one's (not the nearest name), unless a name owns it ('Hale's letter read')."""
    found = WRITTEN_SUBJECT.match(refs.text, start, verb)
    if found is None or found.group("body").lower() not in BODIES or _post_of_body(refs, found.end(), verb):
        return None
    if refs.text.startswith("ing", verb + len(WORD.match(refs.text, verb).group()) - 3) and any(
            end >= verb - 2 for end in refs.link_ends_between(found.end(), verb)):
        return None  # 'The ad uses footage of Hillary Clinton asking, “...”': the name before the participle asks
    owners = [a for a, is_owner in refs.named_in_stretch(start, found.start("body")) if is_owner]
    return owners[-1] if owners else NOBODY


def _post_of_body(refs: ReferenceResolver, start: int, verb: int) -> bool:
    """'Foreign ministry spokesperson Mao Ning told': the body's noun opens a title, and the person after it speaks."""
    first = bisect.bisect_left(refs.link_starts, start)
    if first >= len(refs.links) or refs.links[first][0] >= verb or refs.actors[refs.links[first][2]].kind != "person":
        return False
    words = refs.text[start:refs.links[first][0]].split()
    return 0 < len(words) <= 3 and all(w.islower() for w in words) and words[-1] in gz.TITLES


def before(refs: ReferenceResolver, q: Quote, floor: int) -> Attribution | None:
    """'Mr Barrot echoed that sentiment, saying: “...”' -> the subject before the saying verb."""
    window = refs.text[floor:q.mark_start]
    put = AS_PUT_IT_BEFORE.search(window)
    if put:  # 'as The New Yorker put it, “the operator.”'
        actor = refs.head(floor + put.start(1), floor + put.end(1), last=True)
        return Attribution(actor if actor is not None else NOBODY, "before")
    quoted = QUOTED_AS_BEFORE.search(window)
    if quoted:
        actor = refs.in_clause(floor + quoted.start("who"), floor + quoted.end("who"))
        return Attribution(actor if actor is not None else NOBODY, "before")
    verbs = [v for v in saying_verbs(window) if v.group() != "according"]
    according = ACCORDING_LAST.match(window)
    if according is not None and not (verbs and verbs[-1].start() > according.end()):
        # 'According to Rush Limbaugh, the move reeks of “fear”'; but in 'According to Yahoo News, spokesman Jesse
        # Lehrich said that “...”' the verb nearer the quote has its own subject.
        actor = refs.reference(floor + according.end(), floor + according.end() + 80)
        # 'According to police, the man “made clear threats”': a source no actor is, not the last person named
        return Attribution(actor if actor is not None else NOBODY, "before")
    if not verbs:
        return None
    verb = floor + verbs[-1].start()
    answer = _answered(refs, floor + verbs[-1].end(), q.mark_start)
    if answer is not None:
        return Attribution(answer, "before")
    if COORDINATED.search(refs.text, max(floor, verb - 8), verb):
        # 'Clinton, the former secretary, stressed ... sponsored by NBC News and said: “...”': the verb shares
        # the sentence's subject.
        own = refs.subjects[refs.sentence_at(q.mark_start)]
        if own is not None and own.position < verb:
            return Attribution(own.actor, "before")
    written = _written(refs, max(floor, refs.doc.sentences[refs.sentence_at(q.mark_start)].start), verb)
    if written is not None:
        return Attribution(written, "before")
    actor = refs.subject_before(floor, verb)
    if actor is None and UNNAMED.match(window):
        actor = NOBODY  # 'A Labour spokesperson said: “...”': someone unnamed, not the last person named
    return Attribution(actor, "before") if actor is not None else None


def _answered(refs: ReferenceResolver, start: int, end: int) -> int | None:
    """'“We will win,” Lind said, before Dal shot back: “...”': a clause of its own after the verb of saying, with a
    person for subject, introduces the quote with a colon; that person says it, not the verb's subject."""
    clause = ANSWERING.search(refs.text, start, end)
    if clause is None:
        return None
    actor = refs.in_clause(clause.start(1), clause.end(1))
    return actor if actor is not None and actor >= 0 and refs.actors[actor].kind == "person" else None


def statement_mentions(text: str) -> tuple[list[int], list[int]]:
    """Where a document mentions a joint statement, and 'the statement', found once for all its quotes."""
    return [m.start() for m in JOINT.finditer(text)], [m.start() for m in THE_STATEMENT.finditer(text)]


def _mentioned(positions: list[int], start: int, end: int) -> bool:
    k = bisect.bisect_left(positions, start)
    return k < len(positions) and positions[k] < end


def joint(refs: ReferenceResolver, q: Quote, mentions: tuple[list[int], list[int]]) -> Attribution | None:
    """'In a joint statement, Norway and Iceland said they would “...”', and '“...,” the statement said' after
    'The union and the owners issued a joint statement': all the authors the text names, not no one
    (`mentions`: from `statement_mentions`)."""
    joints, the_statements = mentions
    sentence = refs.sentence_at(q.mark_start)
    s = refs.doc.sentences[sentence]
    named = None
    if _mentioned(joints, s.start, s.end):
        named = sentence
    elif _mentioned(the_statements, s.start, s.end):
        named = next((k for k in range(sentence - 1, max(-1, sentence - 3), -1)
                      if _mentioned(joints, refs.doc.sentences[k].start, refs.doc.sentences[k].end)), None)
    if named is None:
        return None
    for k in range(named, max(-1, named - 3), -1):
        authors = refs.coordinated(refs.doc.sentences[k].start, refs.doc.sentences[k].end)
        if authors:
            return Attribution(authors[0], "joint", tuple(authors[1:]))
    return None


def aside(refs: ReferenceResolver, q: Quote) -> Attribution | None:
    """'Republicans have said the same, among them Mitt Romney -- “It is disqualifying” -- and Fred Goldberg': a quote
    set off by dashes right after a person's name is that person's."""
    dash = DASH_BEFORE.search(refs.text, max(0, q.mark_start - 6), q.mark_start)
    if dash is None or not DASH_AFTER.match(refs.text, q.mark_end):
        return None
    k = bisect.bisect_left(refs.link_starts, dash.start()) - 1
    if k < 0 or refs.links[k][1] != dash.start() or refs.actors[refs.links[k][2]].kind != "person":
        return None
    return Attribution(refs.links[k][2], "aside")


def chant_ends(text: str) -> set[int]:
    """Where each chant, sign or T-shirt cue of a document ends, found once for all its quotes."""
    return {m.end() + len(CHANT_GAP.match(text, m.end()).group()) for m in CHANT_CUE.finditer(text)}


def chanted(q: Quote, ends: set[int], text: str) -> Attribution | None:
    """'McAuliffe was greeted with chants of “Bobby!”' and '“Conti out!” the fans chanted' -> no one: a crowd's
    words, not McAuliffe's (`ends`: from `chant_ends`)."""
    return Attribution(NOBODY, "chanted") if q.mark_start in ends or CHANTED_AFTER.match(text, q.mark_end) else None


def owned(refs: ReferenceResolver, q: Quote, floor: int) -> Attribution | None:
    """'Lenz’s forecast that Solberg would be “gone within a year”' -> Lenz: the owner of words says them, not the
    person they are about (the name nearest the quote)."""
    found = None
    for m in OWNED_WORDS.finditer(refs.text, floor, q.mark_start):
        found = m
    if found is None or not OWNED_GAP.match(refs.text, found.end(), q.mark_start):
        return None
    if next(saying_verbs(refs.text, found.end(), q.mark_start), None) is not None:
        return None  # '... whose claim Lenz said was “false”': a later verb has its own subject
    owner = [a for a, is_owner in refs.named_in_stretch(max(floor, found.start() - 60), found.start() + 3) if is_owner]
    return Attribution(owner[-1], "owned") if owner else None


def subject(refs: ReferenceResolver, q: Quote, floor: int) -> Attribution | None:
    """'Cruz exhorted Republicans to “vote your conscience”' -> the sentence's person; in 'With leaders
    worried about Ms Ray, President Obama is rolling out a message: “...”' the clause next to the quote wins."""
    if q.mark_start <= floor:
        return None
    # 'defended Lenz, saying he “...”': who the reported words are about stands after the verb of saying
    verb = max((v.start() for v in saying_verbs(refs.text, floor, q.mark_start)), default=q.mark_start)
    pieces = [(m.start(), m.end()) for m in SEGMENT.finditer(refs.text, floor, verb) if m.group().strip()]
    owner = None
    for a, b in reversed(pieces[-5:]):
        actor = refs.in_clause(a, b, governed=True, objects_last=refs.text[b:b + 1] == ",")
        if actor is not None and actor != NOBODY:
            if not refs.owns_role(actor, a, b):
                return Attribution(actor, "subject")
            owner = owner if owner is not None else actor  # 'Cooper, McCrory's opponent, called ...': look on
    if owner is not None:
        return Attribution(owner, "subject")
    sentence = refs.sentence_at(q.mark_start)
    if refs.doc.sentences[sentence].start >= floor and refs.opens_nameless(sentence):
        return Attribution(NOBODY, "subject")  # 'Critics accused Lenz of “...”': the critics', not Lenz's
    return None


def labelled(refs: ReferenceResolver, q: Quote) -> Attribution | None:
    """'"WALLACE: Let’s start with the debate.' -> Chris Wallace: the person whose family name heads the quote;
    someone unknown when no actor has that name (not whoever the sentences around name)."""
    label = TRANSCRIPT_LABEL.match(q.text)
    if label is None:
        return None
    name = label.group(1).split()[-1].lower()
    for index, actor in enumerate(refs.actors):
        if actor.kind == "person" and any(form.split()[-1].lower() == name for form in (actor.name, *actor.aliases)):
            return Attribution(index, "labelled")
    return Attribution(NOBODY, "labelled")


def introduced(refs: ReferenceResolver, q: Quote) -> Attribution | None:
    """'The New York Times reports:' ending the paragraph before -> the Times says the quote below; with no verb of
    saying, the subject of that sentence: 'On July 6, Ms Lind made the following comment:'."""
    if not q.opens_paragraph or q.paragraph == 0:
        return None
    before = refs.doc.paragraphs[q.paragraph - 1]
    if not before.text.endswith(":"):
        return None
    sentence = refs.sentence_at(before.end - 1)
    actor = refs.sentence_speaker(sentence)
    if actor is None:
        actor = refs.subject_before(max(before.start, refs.doc.sentences[sentence].start), before.end - 1)
    return Attribution(actor, "introduced") if actor is not None else None



def headline_quotes(refs: ReferenceResolver) -> list[tuple[set[str], int]]:
    """(words, speaker) of each quote in a headline that names one person outside its quotes, by family name:
    "Novak: 'We will not back down'" -> ({'we', 'will', 'not', 'back', 'down'}, Ana Novak). Found once a story."""
    out: list[tuple[set[str], int]] = []
    for para in refs.doc.paragraphs:
        if para.kind != HEADLINE:
            continue
        starts, ends = quoted_spans(para.text, para.start)
        for a, b in zip(starts, ends, strict=True):
            named = set(WORD.findall(refs.text[para.start:a] + " " + refs.text[b:para.end]))
            people = [i for i, actor in enumerate(refs.actors)
                      if actor.kind == "person" and actor.name.split()[-1] in named]
            words = set(WORD.findall(refs.text[a:b].lower()))
            if words and len(people) == 1:
                out.append((words, people[0]))
    return out


def headlined(q: Quote, headline: list[tuple[set[str], int]]) -> Attribution | None:
    """'“We will not back down,” the trade minister told parliament.' under the headline "Novak: 'We will not back
    down'": a quote that repeats a headline's quote (`headline_quotes`) is said by the person the headline names."""
    said = set(WORD.findall(q.text.lower()))
    for words, actor in headline:
        if len(said & words) >= REPEATED * max(len(said), len(words)):
            return Attribution(actor, "headlined")
    return None
