"""Titles of works: the quoted name of a book, a show, a song or an op-ed is no one's statement, whatever its case.

'his book “Lines in the Sand”', 'the documentary “13th.”', 'Mr. King's show, ''Politicking.''', 'an op-ed titled
“why we were not ready”', 'appeared on “Meet the Press”' -> titles; 'wrote in a column, “The city is broken.”' is
someone's words (a verb of saying before the noun makes it the medium, not the work named).
"""

from __future__ import annotations

import re

from briefing.analysis.statements.cues import first_saying

# Nouns of works that a quoted title follows: 'the song “Imagine”', 'Mr. King's show, ''Politicking'''.
WORK_NOUNS = frozenset("""book books memoir novel biography film films movie movies documentary docuseries series
    show shows sitcom programme program podcast episode song songs anthem album hymn ballad poem play musical opera
    painting exhibition column op-ed commentary essay editorial headline clip trailer""".split())
# Nouns of a work's showing that take its title after 'of': 'a preview clip of ‘The 411’', 'her rendition of “...”'
# ('a series of “errors”' and 'a show of “unity”' name no work).
OF_WORK = frozenset("clip clips trailer rendition recording performance version cover screening premiere".split())
# Nouns that are also verbs taking a quote ('Polls show “a dead heat”'): a work only after a determiner, an owner or a
# modifier ('his show', 'Mr. King's show', 'Apple Music show', 'preview clip').
VERBS_TOO = frozenset("show shows play plays book film clip".split())
NOUN_LEAD = frozenset("""the a an his her their its our my your this that whose new latest upcoming hit talk radio
    television tv cable preview viral""".split())
# Words that name what follows as a title, after any noun: 'a paper titled “...”', 'a report entitled “...”'.
TITLING = re.compile(r"\b(?:titled|entitled)\s*,?\s*$")
# Where a show is named without its noun: 'appeared on “Meet the Press”', 'an episode of “Shark Tank”'.
APPEARANCE = re.compile(r"\b(?:appeared|appearing|appearance|appears)\s+on\s+(?:[A-Z][\w.]*['’]s?\s+)?$"
                        r"|\b(?:episode|edition|broadcast|installment|instalment|season)\s+of\s+$")
# The work noun right before the title: 'book “', 'show, “', 'clip of “', 'a book called “'.
WORK_BEFORE = re.compile(r"(?:\b([\w’'\-]+)\s+)?\b([a-z][a-z\-]+)(\s*,|\s+of|\s+(?:called|named))?\s*$")
MEDIUM = re.compile(r"\b(?:in|on|during|at)\s+(?:[\w’'\-]+\s+){0,3}$")  # 'in a', 'on his', 'in Mr. King's'
NAMING_AFTER = re.compile(r"\s+(?:of|called|named)\b")  # 'a clip of “...”' names the work whatever comes before
WORD = re.compile(r"[\w’'\-]+")
# Every word the patterns above need among the last three before a title.
CUE_WORDS = WORK_NOUNS | OF_WORK | frozenset("""titled entitled appeared appearing appearance appears episode edition
    broadcast installment instalment season""".split())
NOUN_REACH = 60  # characters before the quote read for its noun
MEDIUM_REACH = 40  # characters before the noun read for a verb of saying ('wrote in a column, “')


def titled(text: str, mark_start: int) -> bool:
    """Whether the quote whose opening mark is at `mark_start` is the title of a work (see the module's examples)."""
    lo = max(0, mark_start - NOUN_REACH)
    if not any(w.lower().rstrip(",") in CUE_WORDS for w in text[lo:mark_start].split()[-3:]):
        return False  # the set look first: most quotes follow none of the words a title does
    if TITLING.search(text, lo, mark_start) or APPEARANCE.search(text, lo, mark_start):
        return True
    work = WORK_BEFORE.search(text, lo, mark_start)
    if work is None or work.group(2) not in (OF_WORK if (work.group(3) or "").strip() == "of" else WORK_NOUNS):
        return False
    if work.group(2) in VERBS_TOO and not _leads_noun(text, work.start(1) if work.group(1) else work.start(2)):
        return False
    return not _medium(text, work.start(2), work.end(2))


def _medium(text: str, start: int, end: int) -> bool:
    """'wrote in a column, “The city is broken.”', 'said on his show, “We are done.”': the work noun at start:end is
    where someone said the words (a verb of saying, then 'in' or 'on' before the noun), not a title's noun."""
    lo = max(0, start - MEDIUM_REACH)
    lo = max(lo, text.rfind(". ", lo, start) + 1)  # the verb must be in the noun's sentence
    place = MEDIUM.search(text, lo, start)
    return (place is not None and not NAMING_AFTER.match(text, end)
            and first_saying(text, lo, place.start()) is not None)


def _leads_noun(text: str, start: int) -> bool:
    """'his', 'Mr. King's', 'Music', 'preview': the word at `start`, before 'show', makes it a noun (a capital only
    inside a sentence: 'Polls show “...”' opens one)."""
    word = WORD.match(text, start)
    if word is None:
        return False
    w = word.group()
    inside = text[max(0, start - 2):start].strip()[-1:].isalnum()
    return w.lower() in NOUN_LEAD or (w[:1].isupper() and inside) or w.endswith(("'s", "’s", "s'", "s’"))
