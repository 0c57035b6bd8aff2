"""Who a name given on the command line is, across the library: the actors of every briefing who are
that one person (or organization), from the index's `people` and `forms` tables.

'José Ortega', 'Jose Ortega' and 'the UN envoy Ortega' are one; so is a misspelt 'Jose Ortego' (a fuzzy
match, rapidfuzz, of names that share a surname's start); 'Mr Ortega' joins them only when no other
Ortega is known, so that two people who share a surname stay two.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from briefing.errors import BriefingError
from briefing.library.across import names
from briefing.library.naming import fold, surname

# How alike two folded full names must be (0-100) to be one person spelt two ways.
SAME_PERSON = 90
# Words of a role that tell nobody apart.
ROLE_FILLER = frozenset({"the", "a", "an", "of", "for", "to", "and", "in", "on", "at", "official", "spokesman",
                         "mr", "mrs", "ms", "dr", "sir"})
# Names whose surnames share this many first letters are compared at all (an indexed range, not a scan).
STEM = 4


@dataclass(frozen=True)
class Member:
    """One briefing's actor that is the person sought."""

    file_id: int
    actor: str
    name: str
    kind: str
    role: str
    aliases: tuple[str, ...]
    key: str


@dataclass(frozen=True)
class Identity:
    name: str  # the name most briefings give
    kind: str
    aliases: tuple[str, ...]
    members: tuple[Member, ...]

    def parties(self) -> dict[int, frozenset[str]]:
        """file id -> the names this actor goes by there: what a step's `actors` name them by."""
        out: dict[int, set[str]] = {}
        for m in self.members:
            out.setdefault(m.file_id, set()).update((m.name, *m.aliases))
        return {file_id: frozenset(found) for file_id, found in out.items()}

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "kind": self.kind, "aliases": list(self.aliases)}


class UnknownActor(BriefingError):
    def __init__(self, name: str, message: str, hint: str = "") -> None:
        super().__init__("briefing actor", message, hint=hint)


PEOPLE = "SELECT file_id, actor, name, kind, role, aliases, key FROM people"


def identify(conn: sqlite3.Connection, name: str) -> Identity:
    """The actor `name` is across the library; raises UnknownActor if none is, or if it could be several.

    The name is looked up as written, then without its first words, one by one ('the UN envoy Ortega',
    'UN envoy Ortega', ... 'Ortega'): the longest that an actor goes by is the one asked for.
    """
    words = fold(name).split()
    asked, found = "", []
    for start in range(len(words)):
        asked = " ".join(words[start:])
        found = _members(conn, f"{PEOPLE} WHERE (file_id, actor) IN (SELECT file_id, actor FROM forms "
                               f"WHERE form = ?)", [asked])
        if found:
            break
    else:  # nobody by any of those: a spelling a little off ('Jose Ortego'), without its title if it has one
        asked = " ".join(words[-2:])
        found = _near(conn, asked) if asked else []
    if not found:
        raise UnknownActor(name, f"no actor named '{name}' in the library",
                           hint="`briefing search actor:NAME` finds a part of a name")
    full = {m.key for m in found if " " in m.key}
    for last in {m.key for m in found if " " not in m.key}:  # 'Ortega' alone: every full-named Ortega may be it
        full |= {k for k in _stem_keys(conn, last) if " " in k and surname(k) == last}
    people = [_with_surname_only(conn, _members_of(conn, keys), keys) for keys in _same_people(full)]
    # A name with a description ('the UN envoy Ortega', not 'Mr Ortega'): its actors, as written, decide.
    described = bool(_words(name) - set(words[-1:]))
    alone = {m for m in found if " " not in m.key and fold(m.name) == fold(name)} if described else set()
    if len(people) > 1 and alone:  # 'the UN envoy Ortega' found as written: the Ortega whose role fits
        people = [p for p in people if alone & set(p)] or people
    if len(people) > 1:
        shown = ", ".join(sorted(_identity(p).name for p in people))
        raise UnknownActor(name, f"'{name}' could be {len(people)} actors: {shown}", hint="give the full name")
    return _identity(people[0] if people else _members_of(conn, {found[0].key}))


def _members(conn: sqlite3.Connection, sql: str, params: list[object]) -> list[Member]:
    return [Member(file_id, actor, n, kind, role, tuple(names(aliases)), key)
            for file_id, actor, n, kind, role, aliases, key in conn.execute(sql, params)]


def _stem_keys(conn: sqlite3.Connection, key: str) -> set[str]:
    """Every full-name key whose surname starts as `key`'s does ('ortega' -> 'jose ortega', 'maria ortega')."""
    stem = surname(key)[:STEM]
    rows = conn.execute("SELECT DISTINCT key FROM people WHERE surname >= ? AND surname < ?",
                        (stem, stem + "\uffff"))
    return {k for (k,) in rows}


def _near(conn: sqlite3.Connection, key: str) -> list[Member]:
    """Actors whose name is `key` spelt a little differently ('Jose Ortego' -> 'jose ortega')."""
    keys = {k for k in _stem_keys(conn, key) if fuzz.ratio(key, k) >= SAME_PERSON}
    return _members_of(conn, keys) if keys else []


def _same_people(keys: set[str]) -> list[set[str]]:
    """Full names grouped into people: 'jose ortega' with 'jose ortego', apart from 'maria ortega'."""
    groups: list[set[str]] = []
    for key in sorted(keys):
        home = next((g for g in groups if any(fuzz.ratio(key, k) >= SAME_PERSON for k in g)), None)
        if home is None:
            groups.append({key})
        else:
            home.add(key)
    return groups


def _members_of(conn: sqlite3.Connection, keys: set[str]) -> list[Member]:
    near = {k for key in keys if " " in key for k in _stem_keys(conn, key)
            if any(fuzz.ratio(k, key) >= SAME_PERSON for key in keys)}
    every = sorted(keys | near)
    return _members(conn, f"{PEOPLE} WHERE key IN ({', '.join('?' * len(every))})", every)


def _with_surname_only(conn: sqlite3.Connection, members: list[Member], keys: set[str]) -> list[Member]:
    """Add the actors known only as 'Mr Ortega' when every full-named Ortega of the library is this one,
    or when only this one's role fits theirs ('the UN envoy Ortega' and José Ortega, UN envoy, apart from
    Maria Ortega of the Red Cross)."""
    for last in sorted({surname(k) for k in keys if " " in k}):
        others = {k for (k,) in conn.execute("SELECT DISTINCT key FROM people WHERE surname = ?", (last,))
                  if " " in k}
        alone = _members(conn, f"{PEOPLE} WHERE key = ?", [last])
        if len(_same_people(others | keys)) == 1:
            members += alone
            continue
        roles = {m.key: _words(m.role) for m in _members_of(conn, others | keys)}
        for m in alone:
            said = _words(f"{m.name} {m.role}") - {last}
            fits = {k for k, words in roles.items() if said & words}
            if fits and fits <= keys:
                members.append(m)
    return members


def _words(text: str) -> set[str]:
    """The telling words of a role: 'the UN envoy' -> {'un', 'envoy'}."""
    return {w for w in fold(text).split() if len(w) > 1 and w not in ROLE_FILLER}


def _identity(members: list[Member]) -> Identity:
    full = [m for m in members if " " in m.key] or members
    # The name most briefings give; among equals the one with the most letters kept ('José' over 'Jose').
    counts = Counter(m.name for m in full)
    name = max(counts, key=lambda n: (counts[n], sum(not c.isascii() for c in n), len(n)))
    kind = Counter(m.kind for m in members).most_common(1)[0][0]
    aliases = sorted({n for m in members for n in (m.name, *m.aliases)} - {name}, key=str.casefold)
    return Identity(name, kind, tuple(aliases), tuple(sorted(set(members), key=lambda m: (m.file_id, m.actor))))
