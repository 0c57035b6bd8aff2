"""Statements: quoted words with their speakers, less scare quotes and titles; reported speech besides."""

from __future__ import annotations

import bisect
import re

from briefing.analysis.actors.find import Cast
from briefing.analysis.statements.cues import TRANSCRIPT_LABEL, first_saying, quotes_joined
from briefing.analysis.statements.quotes import Quote, find_quotes
from briefing.analysis.statements.references import NOBODY, ReferenceResolver
from briefing.analysis.statements.sieves import REPEATED, Attribution
from briefing.analysis.statements.speakers import attribute
from briefing.analysis.statements.titles import titled
from briefing.analysis.text.segmentation import BODY, Doc, Sentence
from briefing.model import Actor, Statement

WORDS = re.compile(r"[\w’'\-]+")
NAME_BEFORE = re.compile(r"\b[A-Z][\w.]*[ \t]$")
NAME_AFTER = re.compile(r"[ \t][A-Z]")
TITLE_SMALL_WORDS = frozenset("the and for with from into onto over upon that this than your their about after".split())
# '... called the pageant winner “': a verb of naming (never a noun, as 'calls' can be), the word before it, up
# to eight words of object (a name quoted before counts: 'called her “Miss Piggy” and “').
CALLING_BEFORE = re.compile(r"\b([\w\-]+)\s+(?:called|dubbed|nicknamed|branded|labeled|labelled)\s+"
                            r"(?:[\w’'\-“”\"]+\s+){0,8}$")
NAMING = re.compile(r"called|dubbed|nicknamed|branded|label")
WORKS = frozenset("book film movie song album report show program programme series play documentary article essay "
                  "column paper study novel poem exhibition podcast website group company band a an the".split())
# Nouns and forms of saying that the verbs of saying leave out, read only to tell a short quote from a scare quote.
CHARACTERIZING = re.compile(r"\b(?:claim|claims|statement|remarks|comments|words|description|assertion|accusation"
                            r"|warning|promise|pledge|vow|describing|calling|stressing|citing|cited|referenced"
                            r"|referencing|touting|touted|dubbing|labeling|labelling|branding)\b[^.;“”\"]{0,80}$")
CITED_AFTER = re.compile(r"\s+(?:he|she|they|[A-Z][\w.’'\-]*(?:\s+[A-Z][\w’'\-]*)?)\s+(?:has\s+|had\s+)?"
                         r"(?:cited|mentioned|described|promised|proposed|invoked|quoted|coined|listed)\b")
AS_LABEL = re.compile(r"\s+as\s+(?:an?\s+)?$")  # 'pounding Trump as a “'
TERM_BEFORE = re.compile(r"\b(?:known|referred\s+to)\s+as\s+(?:the\s+|an?\s+)?$")
OPENING_ACCORDING = re.compile(r"\W*According\s+to\b")
SAYING_REACH = 300  # characters either side of a quote searched for its verb of saying
HEADLINE_QUOTES = 4  # a first paragraph with more quotes than this is the story, not its headline
RESUME_WORDS = 8  # the longest attribution between two parts of one speaker's quote
RESUMING = re.compile(r"[.,:]\s*$")  # '..., she said, “' / '..., she said. “': the attribution ends, the quote resumes
SHORT = 3  # a quote of up to this many words needs a verb of saying to count as a statement
# "Mr Peskov said Mr Putin has no plans to travel" (no quote marks): the reported clause after the verb.
REPORTED = re.compile(r"\b(?:said|says|told\s+\w+|announced|warned|insisted|argued|added)\s+(?:that\s+)?(?=\S)")


# 'The prime minister, Keith Orme, said he accepted it' and 'Mike Johnson, R-La., told reporters the House would
# vote': a pronoun after the verb, or an auxiliary in the tail, opens a reported clause (no inverted attribution).
CLAUSE_SUBJECT = re.compile(r"(?:he|she|they|it|we|i|you|there)\b|.*\b(?:would|will|was|were|is|are|had|has|have|"
                            r"could|should|can|may|might|must|did|does)\b", re.IGNORECASE)
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got)\s+$")  # 'Moss was warned that': she hears it
DATELINE_LEAD = re.compile(r"[A-Z][A-Z .'’\-]+(?:,\s*[A-Z][\w .]{0,30})?\s*(?:\([^)]{1,30}\))?\s*(?:—|–|--?)\s+")
# '..., his office said.' closing a sentence: who said it, after the last comma.
SAID_LAST = re.compile(r",\s+(?P<who>[^,;:“”\"]{2,60}?)\s+(?:said|says|added|announced|reported|confirmed)"
                       r"(?:\s+on\s+\w+)?\s*[.!]?\s*$")
PRONOUN_ONLY = re.compile(r"he|she", re.IGNORECASE)
OFFICE = re.compile(r"(his|her)\s+office", re.IGNORECASE)
# 'said on Wednesday the toll had risen', 'said in a statement last week that': when and how it was said, before the
# reported clause ('said in a video posted on X that' and 'he told me on Friday, is that' are no such lead).
_WHEN = (r"(?:on|late\s+on|early\s+on|last|this|earlier|later)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
         r"|week|month|year|night|morning|evening|afternoon|weekend)(?:\s+(?:night|morning|evening|afternoon))?")
_HOW = (r"in\s+an?\s+(?:statement|interview|post|letter|briefing|speech|tweet|video)"
        r"|on\s+(?:Twitter|Facebook|Telegram|X|television|radio)")
SAID_WHEN = re.compile(rf"(?:(?:{_WHEN}|{_HOW})\s+)+that\s+|{_WHEN}\s+(?!that\b)(?=[A-Za-z])")
PREPOSITION_START = re.compile(r"(?:in|on|at|during|after|before|while|from|to|with|by|of|for)\b")


def find_statements(doc: Doc, cast: Cast) -> tuple[Statement, ...]:
    """Direct quotes with speakers, then indirect statements, in text order; `cast` gives the actors and the
    name mentions linked to them (found once, by the actors pass)."""
    actors, links = cast.actors, list(cast.links)
    quotes = find_quotes(doc)
    refs = ReferenceResolver(doc, actors, links, quotes)
    attributions = attribute(refs)
    sentences = _quote_sentences(doc, quotes)
    verbs = refs.verb_starts
    kept = [
        (is_statement(q, a, _has_saying(doc, n, q, verbs) or _characterized(doc.text, q) or _cited(doc.text, q))
         or _name_calling(doc.text, q) or _labelling(refs, q))
        and not _nickname(doc.text, q) and not _term(doc.text, q) and not titled(doc.text, q.mark_start)
        for q, a, n in zip(quotes, attributions, sentences, strict=True)
    ]
    for k in range(1, len(quotes)):
        same_sentence = sentences[k - 1] == sentences[k]
        if not kept[k] and kept[k - 1] and same_sentence and _joined(doc.text, quotes[k - 1], quotes[k]):
            kept[k], attributions[k] = True, attributions[k - 1]
        elif not kept[k] and kept[k - 1] and _resumed(doc.text, quotes[k - 1], quotes[k]):
            kept[k] = not titled(doc.text, quotes[k].mark_start)
    for k in _echoed_in_the_story(quotes):
        kept[k] = False
    direct = [_statement(q, a, actors) for q, a, keep in zip(quotes, attributions, kept, strict=True) if keep]
    indirect = _reported(refs, _covered(doc, quotes, sentences))
    return tuple(sorted(direct + indirect, key=lambda s: s.start or 0))


def _has_saying(doc: Doc, sentence: int, q: Quote, verbs: list[int]) -> bool:
    """Whether the sentence around a quote has a verb of saying near it, outside it (`verbs`: positions)."""
    if not doc.sentences:
        return False
    s = doc.sentences[sentence]
    if OPENING_ACCORDING.match(doc.text, s.start, q.mark_start):
        return True  # 'According to police, the man “made threats.”': the capital hides it from the verbs of saying
    for lo, hi in ((max(s.start, q.mark_start - SAYING_REACH), q.mark_start),
                   (q.mark_end, min(s.end, q.mark_end + SAYING_REACH))):
        k = bisect.bisect_left(verbs, lo)
        if k < len(verbs) and verbs[k] < hi:
            return True
    return False


def _characterized(text: str, q: Quote) -> bool:
    """'Trump’s claim that there have been “thousands of shootings”', 'is calling the candidate “extremely
    physically fit”': a noun or form of saying shortly before a short quote makes it someone's words."""
    return CHARACTERIZING.search(text, max(0, q.mark_start - 100), q.mark_start) is not None


def _cited(text: str, q: Quote) -> bool:
    """'The four “loopholes” he cited are ...', 'the “reforms” Lind promised': words a relative clause right after
    the quote says someone used are that person's."""
    return CITED_AFTER.match(text, q.mark_end) is not None


def _labelling(refs: ReferenceResolver, q: Quote) -> bool:
    """'Reid has been pounding Trump as a “con artist”': a person labelled with quoted words is someone's statement
    ('appointed four officials as “experts”' labels no one named)."""
    found = AS_LABEL.search(refs.text, max(0, q.mark_start - 12), q.mark_start)
    return found is not None and found.start() in refs.link_ends_between(max(0, q.mark_start - 80), found.start())


def _term(text: str, q: Quote) -> bool:
    """'a version of what has become known as the “Buffett rule”': the name of a thing, no one's words."""
    if len(q.text.split()) > SHORT:
        return False
    return TERM_BEFORE.search(text, max(0, q.mark_start - 30), q.mark_start) is not None


def _joined(text: str, first: Quote, second: Quote) -> bool:
    """'a “human leech who will bleed the country” and a “spoiled brat.”': a short quote joined by 'and' or 'or'
    to a statement of its sentence is the same speaker's words."""
    return len(second.text.split()) <= SHORT and quotes_joined(text, first.mark_end, second.mark_start)


def _echoed_in_the_story(quotes: tuple[Quote, ...]) -> list[int]:
    """The quotes of a first paragraph that a later paragraph repeats: 'Trump questions the moderators; Talk compared
    to 'working the referees'' over '... Kall compared Trump to a coach who is “working the referees”' is a headline
    and its deck, not segmented as such, echoing the story, where the words are said (and by whom)."""
    first = [k for k, q in enumerate(quotes) if q.paragraph == 0]
    if not first or len(first) > HEADLINE_QUOTES or len(first) == len(quotes):
        return []
    later = [set(WORDS.findall(q.text.lower())) for q in quotes[len(first):]]
    out = []
    for k in first:
        words = set(WORDS.findall(quotes[k].text.lower()))
        if any(len(words & other) >= REPEATED * max(len(words), len(other)) for other in later):
            out.append(k)
    return out


def _resumed(text: str, first: Quote, second: Quote) -> bool:
    """'“Here comes Big Daddy,” she said, clapping. “The Donald. Big Daddy.”': a quote resumed right after the
    attribution of the one before, in its paragraph, goes on with the same speaker's words, whatever it looks like."""
    between = text[first.mark_end:second.mark_start]
    return (first.paragraph == second.paragraph and len(between.split()) <= RESUME_WORDS
            and RESUMING.search(between) is not None and first_saying(between) is not None)


def _statement(q: Quote, a: Attribution, actors: tuple[Actor, ...]) -> Statement:
    """A direct Statement from a quote and its attribution; an unnamed source has no speaker."""
    speaker = " and ".join(actors[k].name for k in (a.actor, *a.also)) if a.actor is not None and a.actor != NOBODY \
        else None  # a joint statement's authors, 'Norway and Iceland', are its speaker together
    label = TRANSCRIPT_LABEL.match(q.text) if a.sieve == "labelled" and speaker else None
    skip = label.end() if label else 0  # '"PENCE: Well, look, ...' says 'Well, look, ...' (a label no one bears stays)
    text = q.text[skip:]
    words = text.rstrip(",;:")  # '“So far, it has not,” Mr Sybiha said': the comma is the sentence's, not his
    return Statement(text=words, speaker=speaker, direct=True, start=q.start + skip, end=q.start + skip + len(words))


def is_statement(q: Quote, a: Attribution, saying: bool) -> bool:
    """Scare quotes and titles are not statements.

    'appointed four officials as “experts”' (short, no verb of saying in the sentence) -> False;
    'a radio programme, “Keepin' It Real”' (a title in capitals) -> False;
    '“So far, it has not,” Mr Sybiha said' and '“We deserve better.”' (a whole sentence) -> True.
    """
    words = WORDS.findall(q.text)
    if not words or _title_like(q.text, words) or (q.text[0] == "(" and q.text.rstrip(".")[-1] == ")"):
        return False  # a title, or a transcript note: '(CROSSTALK.)'
    sentence = q.text[0].isupper() and q.text[-1] in ".!?"
    return len(words) > SHORT or saying or sentence or q.opens_paragraph or a.sieve in ("after", "before")


def _name_calling(text: str, q: Quote) -> bool:
    """'Trump called the pageant winner “Miss Piggy”': a name someone calls another is their statement, though it
    looks like a title ('a book called “How to Win”' is a title: a work is named, no one is called)."""
    if len(q.text.split()) > SHORT or not NAMING.search(text, max(0, q.mark_start - 80), q.mark_start):
        return False  # the literal look first: the full pattern backtracks at every position
    calling = CALLING_BEFORE.search(text, max(0, q.mark_start - 80), q.mark_start)
    return calling is not None and calling.group(1).lower() not in WORKS


def _nickname(text: str, q: Quote) -> bool:
    """'Rep. Robert C. “Bobby” Scott': one capitalised word quoted between two parts of a name."""
    if " " in q.text or not q.text[:1].isupper():
        return False
    before = NAME_BEFORE.search(text, max(0, q.mark_start - 30), q.mark_start)
    return bool(before and NAME_AFTER.match(text, q.mark_end))


def _title_like(quote: str, words: list[str]) -> bool:
    """'How to Foster Long-Term Innovation Investment' or 'Fox News Sunday,': every content word capitalised.

    A quote that ends a sentence needs three words for that ('We're America.' is speech).
    """
    stopped = quote[-1] in ".!?;:,"
    if len(words) < (3 if stopped else 2) or quote[-1] in "!?":
        return False
    content = [w for w in words if len(w) > 2 and w.lower() not in TITLE_SMALL_WORDS]
    return len(content) >= 2 and all(w[0].isupper() for w in content)


def _quote_sentences(doc: Doc, quotes: tuple[Quote, ...]) -> list[int]:
    """The index of the sentence each quote opens in (quotes and sentences are both in text order)."""
    out: list[int] = []
    k = 0
    for q in quotes:
        while k + 1 < len(doc.sentences) and doc.sentences[k + 1].start <= q.mark_start:
            k += 1
        out.append(k)
    return out


def _covered(doc: Doc, quotes: tuple[Quote, ...], opening: list[int]) -> set[int]:
    """Sentences a quote touches: a quote of three sentences covers all three."""
    out: set[int] = set()
    for q, k in zip(quotes, opening, strict=True):
        while k < len(doc.sentences) and doc.sentences[k].start < q.mark_end:
            out.add(k)
            k += 1
    return out


Reported = tuple[int | None, int, str]  # (speaker, where the reported words start, the words)


def _said_last(refs: ReferenceResolver, s: Sentence, verb: re.Match[str] | None) -> Reported | None:
    """'Erdogan is expected to visit the area on Thursday, his office said.' and '..., the disaster agency AFAD
    said.': the speaker after the sentence's last comma, the clause before it."""
    found = SAID_LAST.search(refs.text, s.start, s.end)
    if found is None:
        return None
    who = found.start("who")
    end = found.end("who")
    office = OFFICE.fullmatch(refs.text, who, end)
    if office:  # 'Erdogan will visit on Thursday, his office said': the man the sentence is about
        actor = refs.pronoun_owner(who, office.group(1))
    elif PRONOUN_ONLY.fullmatch(refs.text, who, end):  # 'People like Scott, he said': not Scott, named in the words
        actor = refs.earlier_referent(who, refs.text[who:end])
    else:
        actor = refs.head(who, end, last=True)
    start = _after_dateline(refs.text, s.start, found.start())
    return actor, start, refs.text[start:found.start()]


def _said_then_named(refs: ReferenceResolver, s: Sentence, verb: re.Match[str] | None) -> Reported | None:
    """'Mr Zelenskyy will only meet Mr Putin, said adviser Mykhailo Podolyak.': the speaker named after the verb."""
    if verb is None:
        return None
    tail = refs.text[verb.end():s.end]
    comma = refs.text.rfind(",", s.start, verb.start())
    if len(tail.split()) > 8 or comma <= s.start or CLAUSE_SUBJECT.match(tail):
        return None
    start = _after_dateline(refs.text, s.start, comma)
    return refs.head(verb.end(), s.end, last=False), start, refs.text[start:comma]


def _after_dateline(text: str, start: int, end: int) -> int:
    """Where a sentence's words begin after a dateline: 'MALATYA, Turkey (Wire) — A magnitude 6.8 earthquake ...'."""
    found = DATELINE_LEAD.match(text, start, end)
    return found.end() if found else start


def _subject_said(refs: ReferenceResolver, s: Sentence, verb: re.Match[str] | None) -> Reported | None:
    """'Mr Peskov said Mr Putin has no plans to travel' and 'The governor, Hulusi Sahin, said on Wednesday (that)
    the toll had risen': the subject before the verb, the clause after it less when and where it was said."""
    if verb is None:
        return None
    lead = SAID_WHEN.match(refs.text, verb.end(), s.end)
    start = lead.end() if lead else verb.end()
    tail = refs.text[start:s.end]
    if PREPOSITION_START.match(tail):
        return None  # 'he said in a visit to Tirana': no reported clause
    return refs.subject_before(s.start, verb.start()), start, tail.rstrip(" .")


# The shapes of reported speech, most certain first.
REPORTED_SHAPES = (
    ("said last", _said_last),
    ("said then named", _said_then_named),
    ("subject said", _subject_said),
)


def _reported(refs: ReferenceResolver, quoted: set[int]) -> list[Statement]:
    """'Mr Peskov said Mr Putin has no plans to travel.' -> indirect statement by Dmitry Peskov (REPORTED_SHAPES)."""
    doc, actors = refs.doc, refs.actors
    out: list[Statement] = []
    for n, s in enumerate(doc.sentences):
        if n in quoted or doc.paragraphs[s.paragraph].kind != BODY:
            continue
        verb = REPORTED.search(doc.text, s.start, s.end)
        if verb is not None and (not first_saying(verb.group()) or PASSIVE_BEFORE.search(doc.text, s.start,
                                                                                         verb.start())):
            continue
        found = next((r for _, shape in REPORTED_SHAPES if (r := shape(refs, s, verb)) is not None), None)
        if found is None:
            continue
        actor, start, clause = found
        if actor is None or actor < 0 or len(clause.split()) < 3:
            continue
        out.append(Statement(text=clause, speaker=actors[actor].name, direct=False, start=start,
                             end=start + len(clause)))
    return out
