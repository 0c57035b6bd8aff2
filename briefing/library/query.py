"""A search query as the user types it, made safe for SQLite FTS5.

Every word becomes a quoted FTS5 string, so `"`, `*`, `-`, `:`, `AND` or `NEAR(` are searched as
text (or dropped when they hold no letter or digit) and never read as FTS5 syntax. Two filters:
`actor:umerov` (items that involve the actor) and `section:statements`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.errors import BriefingError
from briefing.sections import SECTIONS, TEXT

# The sections a hit can be in: the four of the model, and "text" for a paragraph of the article.
SEARCH_SECTIONS = tuple(section.name for section in (*SECTIONS, TEXT))
SECTION_ALIASES = {alias: section.name for section in (*SECTIONS, TEXT) for alias in section.aliases}
FILTERS = ("actor", "section")

TOKEN = re.compile(r'(?P<key>[A-Za-z]+):(?:"(?P<quoted>[^"]*)"?|(?P<value>\S*))|"(?P<phrase>[^"]*)"?|(?P<word>\S+)')
WORD_CHAR = re.compile(r"\w")
CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class QueryError(BriefingError):
    """A query that asks nothing, or a filter with a bad value: one line for the user, exit 2."""

    def __init__(self, message: str) -> None:
        super().__init__("briefing search", message)


@dataclass(frozen=True)
class Query:
    """`umerov "peace talks" actor:fidan section:statements` -> words, actors, sections."""

    words: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()

    def match(self) -> str:
        """The FTS5 MATCH expression: every word and every actor must match (actors in `who` only)."""
        return " ".join([*map(_quote, self.words), *(f"who : {_quote(a)}" for a in self.actors)])


def parse_query(text: str) -> Query:
    """'actor:"Rustem Umerov" ceasefire' -> Query(words=('ceasefire',), actors=('Rustem Umerov',)).

    Raises QueryError when nothing is left to search for or a filter has no (or a wrong) value.
    """
    words: list[str] = []
    actors: list[str] = []
    sections: list[str] = []
    for m in TOKEN.finditer(CONTROL.sub(" ", text)):
        key = (m["key"] or "").lower()
        if key in FILTERS:
            value = (m["quoted"] if m["quoted"] is not None else m["value"]).strip()
            if not WORD_CHAR.search(value):
                raise QueryError(f"'{key}:' needs a value, e.g. {key}:{'umerov' if key == 'actor' else 'statements'}")
            if key == "actor":
                actors.append(value)
            else:
                sections.append(_section(value))
        else:
            words.append(m["phrase"] if m["phrase"] is not None else m[0])
    words = [w for w in words if WORD_CHAR.search(w)]
    if not words and not actors and not sections:
        raise QueryError("nothing to search for: give a word, actor:NAME or section:NAME")
    return Query(tuple(words), tuple(actors), tuple(dict.fromkeys(sections)))


def _section(value: str) -> str:
    folded = re.sub(r"[\s-]+", "_", value.lower())
    folded = SECTION_ALIASES.get(folded, folded)
    if folded not in SEARCH_SECTIONS:
        raise QueryError(f"no section '{value}' (sections: {', '.join(SEARCH_SECTIONS)})")
    return folded


def _quote(term: str) -> str:
    """Wrap in double quotes, doubling any inside: an FTS5 string, read as a phrase and never as syntax."""
    return '"' + term.replace('"', '""') + '"'
