"""The statuses of next steps are one list: the model's, which curated files are checked against, and the
cue table's, which the analysis assigns from, name the same statuses, and the filters speak of no other."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil

import briefing.analysis.next_steps
from briefing.analysis.next_steps.cues import STATUSES
from briefing.model import STEP_STATUSES

FAMILY = [importlib.import_module(info.name)
          for info in pkgutil.iter_modules(briefing.analysis.next_steps.__path__, "briefing.analysis.next_steps.")]


def test_the_cue_table_assigns_every_status_of_the_model_and_no_other():
    assert sorted(STATUSES) == sorted(STEP_STATUSES)
    assert len(STATUSES) == len(set(STATUSES))


def _status_words() -> set[str]:
    """Strings the family compares a status with ('status == "ruled out"', 'status in ("demanded", ...)') or
    keeps in a table named for statuses ('PAST_PERFECT_STATUSES')."""
    words: set[str] = set()
    for module in FAMILY:
        for node in ast.walk(ast.parse(inspect.getsource(module))):
            if isinstance(node, ast.Compare) and "status" in ast.unparse(node.left).lower():
                parts = node.comparators
            elif isinstance(node, ast.Assign) and any(ast.unparse(t).endswith("STATUSES") for t in node.targets):
                parts = [node.value]
            else:
                continue
            words |= {c.value for part in parts for c in ast.walk(part)
                      if isinstance(c, ast.Constant) and isinstance(c.value, str)}
    return words


def test_the_filters_speak_only_of_statuses_the_model_knows():
    words = _status_words()
    assert {"ruled out", "demanded", "possible"} <= words  # the scan sees the comparisons it is there for
    assert sorted(words - set(STEP_STATUSES)) == []
