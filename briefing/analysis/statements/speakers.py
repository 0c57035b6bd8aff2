"""Speakers: who said each quote, by two ordered tables of named sieves, most certain cue first.

Cues next to the quote (CUE_SIEVES), tried for every quote in text order:
  chanted     'greeted with chants of “Bobby!”': a crowd's or a thing's words, no one's.
  labelled    '"PENCE: Well, look, ...' in a quoted transcript.
  joint       'In a joint statement, Norway and Iceland said ...' -> both authors.
  listed      'as Hale went on about “A” and “B,” Ruiz said yes' -> B is Hale's, like A.
  after       '“So far, it has not,” Mr Sybiha said.'
  followed    '“...”' / 'That was the message from union leader Marta Solberg.' in the paragraph after.
  aside       'among them Mitt Romney -- “It is disqualifying” -- and ...' -> Romney.
  before      'Mr Barrot echoed that, saying: “...”'
  sentence    'called it “A” and “B”, Mr X said' -> both quotes of the sentence are Mr X's.
  owned       'Lenz’s forecast that Solberg would be “gone within a year”' -> Lenz.
  subject     'Keir Starmer accused Mr Putin of “standing in the way of peace”.'
  introduced  'The New York Times reports:' closing the paragraph before a block quote.
Then, for quotes still without a speaker, their context (CONTEXT_SIEVES):
  paragraph   '“A,” Mr Obama said. “B.”' -> B is Mr Obama's too.
  continued   '“A ...' (no closing mark) / '“... B,” said Ms Lind.' -> A is Ms Lind's: a quotation's later paragraph
              names its speaker.
  headlined   a quote the headline gives to someone ("Novak: 'We will not back down'").
  carried     a paragraph that continues a quotation, or follows one, keeps its speaker.
  opening     the story's first quote after 'Union leader Marta Solberg said ...'.
A speaker the after, before or subject sieve finds among names joined by 'and' says the quote with the others
('Britain and France said ...': sieves.together).
Every sieve has one signature, (Attributing, quote index) -> Attribution | None, and the name of the sieve that
decided is recorded on the attribution.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from briefing.analysis.statements.carry_over import carried, continued_later, latest_subject, paragraph_neighbours
from briefing.analysis.statements.cues import quotes_joined
from briefing.analysis.statements.quotes import Quote
from briefing.analysis.statements.references import ReferenceResolver
from briefing.analysis.statements.sieves import (
    Attribution,
    after,
    aside,
    before,
    chant_ends,
    chanted,
    followed,
    headline_quotes,
    headlined,
    introduced,
    joint,
    labelled,
    listed_names,
    owned,
    statement_mentions,
    subject,
    together,
)


@dataclass(frozen=True)
class Site:
    """Where a quote stands: the stretch before it in its sentence and paragraph (`floor`), the stretch after
    it up to the next quote of the paragraph (`limit`), and whether a quote before it shares its sentence."""

    floor: int
    limit: int
    shares_sentence: bool


@dataclass(frozen=True)
class Attributing:
    """One document's quotes, where each stands, and the attributions made so far (filled in as the tables run)."""

    refs: ReferenceResolver
    sites: tuple[Site, ...]
    cued: list[Attribution | None] = field(default_factory=list)  # by the cue sieves
    nearest: list[Attribution | None] = field(default_factory=list)  # paragraph neighbours of the cued
    continued: list[Attribution | None] = field(default_factory=list)  # the cue of a quotation's later paragraph
    headline: list[tuple[set[str], int]] = field(default_factory=list)
    chants: set[int] = field(default_factory=set)
    listed: list[int] = field(default_factory=list)  # where names of lists start ('Norway and Iceland')
    statements: tuple[list[int], list[int]] = field(default_factory=lambda: ([], []))
    final: list[Attribution] = field(default_factory=list)

    @property
    def quotes(self) -> tuple[Quote, ...]:
        return self.refs.quotes


Sieve = Callable[[Attributing, int], "Attribution | None"]


def _chanted(a: Attributing, n: int) -> Attribution | None:
    return chanted(a.quotes[n], a.chants, a.refs.text)


def _labelled(a: Attributing, n: int) -> Attribution | None:
    return labelled(a.refs, a.quotes[n])


def _joint(a: Attributing, n: int) -> Attribution | None:
    return joint(a.refs, a.quotes[n], a.statements)


# The sieves whose cue stands before a quote: a list of quotes after it shares that cue.
CUED_BEFORE = frozenset(("before", "subject", "owned", "listed"))


def _listed(a: Attributing, n: int) -> Attribution | None:
    """'as Hale went on about “the rigged courts,” and “our forgotten towns,” Ruiz said yes': a quote joined by 'and'
    to the one before it, said by a cue before the list, is the same speaker's, whatever name follows the list."""
    previous = a.cued[n - 1] if n else None
    if previous is None or previous.sieve not in CUED_BEFORE or not a.sites[n].shares_sentence:
        return None
    return previous if quotes_joined(a.refs.text, a.quotes[n - 1].mark_end, a.quotes[n].mark_start) else None


def _after(a: Attributing, n: int) -> Attribution | None:
    return after(a.refs, a.quotes[n], a.sites[n].limit)


def _followed(a: Attributing, n: int) -> Attribution | None:
    return followed(a.refs, a.quotes[n])


def _aside(a: Attributing, n: int) -> Attribution | None:
    return aside(a.refs, a.quotes[n])


def _before(a: Attributing, n: int) -> Attribution | None:
    return before(a.refs, a.quotes[n], a.sites[n].floor)


def _sentence(a: Attributing, n: int) -> Attribution | None:
    """'called it “A” and “B”, Mr X said': a quote sharing its sentence with one said by a verb next to it."""
    previous = a.cued[n - 1] if n else None
    if a.sites[n].shares_sentence and previous is not None and previous.sieve in ("after", "before"):
        return previous
    return None


def _owned(a: Attributing, n: int) -> Attribution | None:
    return owned(a.refs, a.quotes[n], a.sites[n].floor)


def _subject(a: Attributing, n: int) -> Attribution | None:
    return subject(a.refs, a.quotes[n], a.sites[n].floor)


def _introduced(a: Attributing, n: int) -> Attribution | None:
    return introduced(a.refs, a.quotes[n])


def _paragraph(a: Attributing, n: int) -> Attribution | None:
    return a.nearest[n]


def _continued(a: Attributing, n: int) -> Attribution | None:
    return a.continued[n]


def _headlined(a: Attributing, n: int) -> Attribution | None:
    return headlined(a.quotes[n], a.headline)


def _carried(a: Attributing, n: int) -> Attribution | None:
    return carried(a.refs, a.quotes[n], a.final[-1], a.quotes[n - 1]) if n else None


def _opening(a: Attributing, n: int) -> Attribution | None:
    return None if n else latest_subject(a.refs, a.refs.sentence_at(a.quotes[n].mark_start))


CUE_SIEVES: tuple[tuple[str, Sieve], ...] = (
    ("chanted", _chanted),
    ("labelled", _labelled),
    ("joint", _joint),
    ("listed", _listed),
    ("after", _after),
    ("followed", _followed),
    ("aside", _aside),
    ("before", _before),
    ("sentence", _sentence),
    ("owned", _owned),
    ("subject", _subject),
    ("introduced", _introduced),
)
CONTEXT_SIEVES: tuple[tuple[str, Sieve], ...] = (
    ("paragraph", _paragraph),
    ("continued", _continued),
    ("headlined", _headlined),
    ("carried", _carried),
    ("opening", _opening),
)


# The sieves whose speaker is the subject of a verb of saying: 'Moss and Kerr said' makes it both.
BY_VERB = frozenset(("after", "before", "subject"))


def _first(table: tuple[tuple[str, Sieve], ...], a: Attributing, n: int) -> Attribution | None:
    """The first sieve of the table that attributes quote n, its name recorded on what it found."""
    for name, sieve in table:
        found = sieve(a, n)
        if found is not None:
            found = Attribution(found.actor, name, found.also)
            return together(a.refs, a.quotes[n], found, a.listed) if name in BY_VERB else found
    return None


def sites(refs: ReferenceResolver) -> tuple[Site, ...]:
    """Where each quote stands in its sentence and paragraph."""
    doc, quotes = refs.doc, refs.quotes
    out = []
    for n, q in enumerate(quotes):
        para = doc.paragraphs[q.paragraph]
        previous = quotes[n - 1] if n and quotes[n - 1].paragraph == q.paragraph else None
        following = quotes[n + 1] if n + 1 < len(quotes) and quotes[n + 1].paragraph == q.paragraph else None
        sentence_start = doc.sentences[refs.sentence_at(q.mark_start)].start
        floor = max(sentence_start, para.start, previous.mark_end if previous else para.start)
        limit = following.mark_start if following else para.end
        out.append(Site(floor, limit, previous is not None and previous.mark_end > sentence_start))
    return tuple(out)


def prepare(refs: ReferenceResolver) -> Attributing:
    """What the sieves read of a document, found once: where each quote stands, where chants end, where names of
    lists start, where joint statements are mentioned."""
    return Attributing(refs, sites(refs), chants=chant_ends(refs.text), listed=listed_names(refs),
                       statements=statement_mentions(refs.text))


def attribute(refs: ReferenceResolver) -> list[Attribution]:
    """Run the cue sieves over every quote, then the context sieves over those still without a speaker."""
    a = prepare(refs)
    for n in range(len(refs.quotes)):
        a.cued.append(_first(CUE_SIEVES, a, n))
    a.nearest.extend(paragraph_neighbours(refs.quotes, a.cued))
    a.continued.extend(continued_later(refs.quotes, a.cued))
    a.headline.extend(headline_quotes(refs))
    for n in range(len(refs.quotes)):
        a.final.append(a.cued[n] or _first(CONTEXT_SIEVES, a, n) or Attribution(None, "none"))
    return a.final
