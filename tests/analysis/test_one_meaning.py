"""One meaning per name across the analysis families: a public module-level name ('STATES', 'CUE') that two
families bind to different things reads as one thing and is not; a new one fails here."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from collections import defaultdict

import briefing.analysis


def _families_by_name() -> dict[str, set[str]]:
    """'STATES' -> {'lexicon', 'next_steps'}: the families whose modules bind each public top-level name."""
    families: dict[str, set[str]] = defaultdict(set)
    for info in pkgutil.walk_packages(briefing.analysis.__path__, "briefing.analysis."):
        module = importlib.import_module(info.name)
        if info.ispkg:
            continue  # a family's __init__ names the family, it binds no tables
        for node in ast.parse(inspect.getsource(module)).body:
            if isinstance(node, ast.Assign):
                names = [n.id for target in node.targets for n in ast.walk(target) if isinstance(n, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names = [node.name]
            else:
                continue
            for name in names:
                if not name.startswith("_"):
                    families[name].add(info.name.split(".")[2])
    return families


def test_no_new_name_means_two_things_in_two_families():
    shared = {name: sorted(fams) for name, fams in _families_by_name().items() if len(fams) > 1}
    assert shared == {}
