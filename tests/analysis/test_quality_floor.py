"""The analysis holds its quality: on the hand-labelled articles (the tuned set and the held-out set), no
precision, recall or status figure falls more than 0.02 below the one committed in benchmarks/RESULTS.md."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
TOLERANCE = 0.02
ROW = re.compile(r"^\| (?P<set>[\w-]+) \| all \| (?P<section>\w+) \| (?P<P>[\d.]+) \| (?P<R>[\d.]+) \| [\d.]+ "
                 r"\| (?P<status>[\d.]+|-) \|", re.M)


def _quality_script():
    spec = importlib.util.spec_from_file_location("quality_sections", BENCHMARKS / "quality_sections.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


QUALITY = _quality_script()
COMMITTED = {(m["set"], m["section"]): m for m in ROW.finditer((BENCHMARKS / "RESULTS.md").read_text())}


def test_results_hold_every_set_and_section():
    assert set(COMMITTED) == {(name, section) for name in QUALITY.SETS for section in ("casualties", "next_steps")}


@pytest.mark.parametrize("name", list(QUALITY.SETS))
def test_no_figure_falls_below_the_committed_one(name):
    measured = QUALITY.measure(QUALITY.SETS[name])
    fallen = []
    for section in ("casualties", "next_steps"):
        tally, committed = measured[("all", section)], COMMITTED[(name, section)]
        figures = {"P": tally.precision, "R": tally.recall, "status": tally.status}
        for figure, value in figures.items():
            if committed[figure] != "-" and value < float(committed[figure]) - TOLERANCE:
                fallen.append(f"{section} {figure} {value:.3f} < {committed[figure]}")
    assert fallen == []
