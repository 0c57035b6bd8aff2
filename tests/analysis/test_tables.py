"""The phrase tables of every analysis family, checked as data.

A word list entry is lower case with single spaces and is written once; a pattern compiles on its own; two
lists that must not share a word ('former' is a title word, so it is no demonym) share none.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from collections import Counter
from collections.abc import Iterator
from types import ModuleType

import pytest

import briefing.analysis
from briefing.analysis.lexicon import gazetteer as gz
from briefing.analysis.lexicon import given_names as gn

MODULES = [importlib.import_module(info.name)
           for info in pkgutil.walk_packages(briefing.analysis.__path__, "briefing.analysis.")]
# A string holding one of these is a regular expression, not a word ('u.s', 'no-one', '$' and a set of
# characters such as ' \t"(' are words).
PATTERN_MARKS = ("\\", "(?", "|", "[", "{")

# Lists that must not share an entry, and why.
EXCLUSIVE = (
    ("DEMONYMS", "TITLES", "a title word ('former', 'deputy') is cut from a name's front as a title, not a demonym"),
    ("FIRST_NAMES", "FUNCTION_WORDS", "a function word never opens a name"),
    ("FIRST_NAMES", "NOT_NAMES", "a word that is never a name cannot open one"),
    ("FIRST_NAMES", "HONORIFICS", "'Mr' is no given name"),
    ("FIRST_NAMES", "DEMONYMS", "'Russian' is no given name"),
    ("FIRST_NAMES", "SPEECH_VERBS", "'said' is no given name"),
    ("FEMALE_ONLY_FIRST_NAMES", "MALE_FIRST_NAMES", "a name of both genders belongs in the unisex list"),
)
# Shared entries the lexicon's own clean-up (issue 11, family 'lexicon') is to remove; each must still be shared,
# so the list only shrinks.
PENDING_LEXICON_CLEANUP: dict[tuple[str, str], frozenset[str]] = {}
# Lists whose repeats the lexicon's clean-up is to remove (issue 11, family 'lexicon').
PENDING_REPEATS = frozenset({"briefing.analysis.lexicon.gazetteer.FIRST_NAMES"})


def _own_names(module: ModuleType) -> Iterator[str]:
    """The names a module binds at its top level (not those it imports)."""
    for node in ast.parse(inspect.getsource(module)).body:
        if isinstance(node, ast.AnnAssign):
            node = ast.Assign(targets=[node.target])
        for target in node.targets if isinstance(node, ast.Assign) else []:
            yield from (n.id for n in ast.walk(target) if isinstance(n, ast.Name))


def _strings(value: object) -> Iterator[str]:
    """Every string in a table: the items of sets, tuples and lists (nested), the keys and values of dicts."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, (frozenset, set, tuple, list)):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)


def _tables() -> Iterator[tuple[str, object]]:
    """('briefing.analysis.lexicon.gazetteer.TITLES', frozenset(...)) for every table a module defines."""
    for module in MODULES:
        for name in dict.fromkeys(_own_names(module)):
            if name.startswith("__"):  # __all__ lists exported names, not words
                continue
            value = getattr(module, name, None)
            if isinstance(value, (str, frozenset, set, tuple, list, dict, re.Pattern)):
                yield f"{module.__name__}.{name}", value


TABLES = dict(_tables())


def _is_pattern(text: str) -> bool:
    return any(mark in text for mark in PATTERN_MARKS)


def test_every_family_has_tables():
    """The walk reaches every family (a package the walk missed would go unchecked)."""
    families = {name.split(".")[2] for name in TABLES}
    assert families >= {"text", "lexicon", "actors", "statements", "casualties", "next_steps"}


def test_word_entries_are_lower_case_with_single_spaces():
    bad = [(name, word) for name, table in TABLES.items() if not isinstance(table, (str, re.Pattern, dict))
           for word in _strings(table) if not _is_pattern(word) and word != " ".join(word.lower().split())]
    assert bad == []


def test_patterns_compile():
    """Each pattern string compiles alone: a table of fragments ('STATUS_CUES') breaks where it is written."""
    bad = []
    for name, table in TABLES.items():
        if isinstance(table, re.Pattern):
            continue  # compiled at import
        for text in _strings(table):
            if _is_pattern(text):
                try:
                    re.compile(text)
                except re.error as error:
                    bad.append((name, text[:60], str(error)))
    assert bad == []


def _literal_lists(module: ModuleType) -> Iterator[tuple[str, list[str]]]:
    """The word lists written in a module's top-level assignments, by the name they are bound to: set, tuple and
    list literals of strings, dict keys, and a string that is split into words ('a b c'.split(), or a comma list
    handed to a function such as `_words`)."""
    for statement in ast.parse(inspect.getsource(module)).body:
        if not isinstance(statement, ast.Assign):
            continue
        name = ", ".join(ast.unparse(target) for target in statement.targets)
        for node in ast.walk(statement.value):
            if isinstance(node, (ast.Set, ast.Tuple, ast.List)) and node.elts and all(
                    isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
                yield name, [e.value for e in node.elts]
            elif isinstance(node, ast.Dict) and node.keys and all(isinstance(k, ast.Constant) for k in node.keys):
                yield name, [k.value for k in node.keys]
            elif isinstance(node, ast.Call):
                func, args = node.func, node.args
                if isinstance(func, ast.Attribute) and func.attr == "split" and not args:
                    args = [func.value]
                for arg in args:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and not _is_pattern(arg.value):
                        words = arg.value.replace("\n", ",").split(",") if "," in arg.value else arg.value.split()
                        yield name, [w.strip() for w in words if w.strip()]


def test_word_lists_have_no_repeats():
    repeats: dict[str, list[str]] = {}
    for module in MODULES:
        for name, words in _literal_lists(module):
            again = [word for word, count in Counter(words).items() if count > 1]
            if again:
                repeats.setdefault(f"{module.__name__}.{name}", []).extend(again)
    for name in PENDING_REPEATS:
        assert name in repeats, f"fixed, drop from PENDING_REPEATS: {name}"
        del repeats[name]
    assert repeats == {}


@pytest.mark.parametrize(("first", "second", "why"), EXCLUSIVE, ids=[f"{a}-{b}" for a, b, _ in EXCLUSIVE])
def test_exclusive_lists_share_no_entry(first, second, why):
    shared = getattr(gz, first) & getattr(gz, second)
    pending = PENDING_LEXICON_CLEANUP.get((first, second), frozenset())
    assert pending <= shared, f"fixed, drop from PENDING_LEXICON_CLEANUP: {sorted(pending - shared)}"
    assert sorted(shared - pending) == [], why


def test_given_names_of_both_genders_are_unisex():
    assert sorted(gn.MALE & gn.FEMALE - gn.UNISEX) == []
