"""Precision and recall of casualties and next steps on hand-labelled articles (never reads real articles).

Each article NAME.txt in a folder has NAME.labels.json beside it:
  {"genre": "news" | "opinion",
   "casualties": [[kind, min, max], ...],    max null = open-ended; a last item "optional" = neither way
   "next_steps": [[cue, status], ...]}       a cue is the words a step must hold; "optional" as above
A casualty matches a label of its kind whose range holds its `min`; a next step matches a cue when it holds
at least 70% of the cue's words, and its status agrees when it is the label's.
Two sets: `labelled/` (the rules were tuned on it) and `labelled/held-out/` (no rule is fixed against it).
Prints figures per set, genre and section; -v lists every miss, false hit and status disagreement;
--write puts the figures in benchmarks/RESULTS.md, which tests/analysis/test_quality_floor.py holds the
analysis to.
Run: python benchmarks/quality_sections.py [-v] [--write] [FOLDER]   (default: both sets)
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from briefing.analysis import analyse

HERE = Path(__file__).resolve().parent
SETS = {"labelled": HERE / "labelled", "held-out": HERE / "labelled" / "held-out"}
RESULTS = HERE / "RESULTS.md"
WORDS = re.compile(r"\w+")
OPTIONAL = "optional"


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    same_status: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def status(self) -> float:
        """The share of matched next steps whose status is the label's."""
        return self.same_status / self.tp if self.tp else 1.0

    def figures(self, with_status: bool) -> str:
        status = f"  status {self.status:.2f}" if with_status else ""
        return (f"P {self.precision:.2f}  R {self.recall:.2f}  F1 {self.f1:.2f}{status}"
                f"  (tp {self.tp}, fp {self.fp}, fn {self.fn})")


def _words(text: str) -> Counter[str]:
    return Counter(WORDS.findall(text.lower()))


def _covers(cue: str, text: str) -> bool:
    wanted = _words(cue)
    return sum((wanted & _words(text)).values()) >= 0.7 * sum(wanted.values())


def _in_range(label: list, kind: str, low: int) -> bool:
    return label[0] == kind and label[1] <= low and (label[2] is None or low <= label[2])


def _score(tally: Tally, name: str, predicted: list[tuple[str, object]], labels: list[list],
           fits: Callable[[list, object], bool], agrees: Callable[[list, object], bool]) -> None:
    """Greedy one-to-one matching in text order, required labels first; a prediction matching only optional
    labels costs nothing."""
    used: set[int] = set()
    order = sorted(range(len(labels)), key=lambda i: labels[i][-1] == OPTIONAL)
    for shown, key in predicted:
        hit = next((i for i in order if i not in used and fits(labels[i], key)), None)
        if hit is None:
            tally.fp += 1
            tally.misses.append(f"{name}: false hit {shown}")
            continue
        used.add(hit)
        if labels[hit][-1] != OPTIONAL:
            tally.tp += 1
            if agrees(labels[hit], key):
                tally.same_status += 1
            else:
                tally.misses.append(f"{name}: status of {shown}, labelled {labels[hit][1]!r}")
    for i, label in enumerate(labels):
        if i not in used and label[-1] != OPTIONAL:
            tally.fn += 1
            tally.misses.append(f"{name}: missed {label[0]!r} {label[1:]}")


def measure(folder: Path) -> dict[tuple[str, str], Tally]:
    """(genre, section) -> tally over the labelled articles of one folder; genre 'all' sums them."""
    tallies: dict[tuple[str, str], Tally] = {}
    for path in sorted(folder.glob("*.txt")):
        labels = json.loads(path.with_suffix(".labels.json").read_text(encoding="utf-8"))
        sections = analyse(path.read_text(encoding="utf-8"), {"actors", "casualties", "next_steps"})
        for genre in (labels["genre"], "all"):
            _score(tallies.setdefault((genre, "casualties"), Tally()), path.stem,
                   [(f"{c.kind} {c.min} {c.text!r}", (c.kind, c.min)) for c in sections.casualties],
                   labels["casualties"], lambda label, key: _in_range(label, *key), lambda label, key: True)
            _score(tallies.setdefault((genre, "next_steps"), Tally()), path.stem,
                   [(f"{s.status} {s.text[:90]!r}", s) for s in sections.next_steps], labels["next_steps"],
                   lambda label, step: _covers(label[0], step.text), lambda label, step: label[1] == step.status)
    return tallies


def results_table(measured: dict[str, dict[tuple[str, str], Tally]]) -> str:
    """The figures as benchmarks/RESULTS.md holds them."""
    lines = [
        "# Quality of the analysis on the hand-labelled articles",
        "",
        "Written by `python benchmarks/quality_sections.py --write` (do not edit by hand). `labelled` is the set",
        "the rules were tuned on, `held-out` the set no rule is fixed against. `status` is the share of matched",
        "next steps whose status is the label's. `tests/analysis/test_quality_floor.py` fails when a P, R or",
        "status figure below falls more than 0.02; after a change that raises them, write them again.",
        "",
        "| set | genre | section | P | R | F1 | status | tp | fp | fn |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, tallies in measured.items():
        for (genre, section), t in sorted(tallies.items()):
            status = f"{t.status:.2f}" if section == "next_steps" else "-"
            lines.append(f"| {name} | {genre} | {section} | {t.precision:.2f} | {t.recall:.2f} | {t.f1:.2f} "
                         f"| {status} | {t.tp} | {t.fp} | {t.fn} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    verbose, write = "-v" in argv, "--write" in argv
    folders = [Path(a) for a in argv if not a.startswith("-")]
    if write and folders:
        print("quality_sections: --write measures the two sets of benchmarks/, give no FOLDER", file=sys.stderr)
        return 2
    sets = {str(f): f for f in folders} if folders else SETS
    measured = {name: measure(folder) for name, folder in sets.items()}
    for name, tallies in measured.items():
        for (genre, section), tally in sorted(tallies.items()):
            print(f"{name:<9} {genre:<8} {section:<11} {tally.figures(section == 'next_steps')}")
            if verbose and genre == "all":
                for miss in tally.misses:
                    print(f"    {miss}")
    if write:
        RESULTS.write_text(results_table(measured), encoding="utf-8")
        print(f"wrote {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
