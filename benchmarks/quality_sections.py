"""Precision and recall of casualties and next steps on hand-labelled articles (never reads real articles).

Each article NAME.txt in the folder has NAME.labels.json beside it:
  {"genre": "news" | "opinion",
   "casualties": [[kind, min, max], ...],    max null = open-ended; a 4th item "optional" = neither way
   "next_steps": [[cue], ...]}               a cue is the words a step must hold; "optional" as above
A casualty matches a label of its kind whose range holds its `min`; a next step matches a cue when it holds
at least 70% of the cue's words. Prints figures per genre and overall; -v lists every miss and false hit.
Run: python benchmarks/quality_sections.py [-v] [FOLDER]   (default: benchmarks/labelled)
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from briefing.analysis import analyse

DEFAULT = Path(__file__).resolve().parent / "labelled"
WORDS = re.compile(r"\w+")


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    def figures(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"P {p:.2f}  R {r:.2f}  F1 {f:.2f}  (tp {self.tp}, fp {self.fp}, fn {self.fn})"


def _words(text: str) -> Counter[str]:
    return Counter(WORDS.findall(text.lower()))


def _covers(cue: str, text: str) -> bool:
    wanted = _words(cue)
    return sum((wanted & _words(text)).values()) >= 0.7 * sum(wanted.values())


def _in_range(label: list, kind: str, low: int) -> bool:
    return label[0] == kind and label[1] <= low and (label[2] is None or low <= label[2])


def _score(tally: Tally, name: str, predicted: list[tuple[str, object]], labels: list[list], fits) -> None:
    """Greedy one-to-one matching in text order, required labels first; a prediction matching only optional
    labels costs nothing."""
    used: set[int] = set()
    order = sorted(range(len(labels)), key=lambda i: labels[i][-1] == "optional")
    for shown, key in predicted:
        hit = next((i for i in order if i not in used and fits(labels[i], key)), None)
        if hit is None:
            tally.fp += 1
            tally.misses.append(f"{name}: false hit {shown}")
            continue
        used.add(hit)
        if labels[hit][-1] != "optional":
            tally.tp += 1
    for i, label in enumerate(labels):
        if i not in used and label[-1] != "optional":
            tally.fn += 1
            tally.misses.append(f"{name}: missed {label[0]!r} {label[1:]}")


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    folder = Path(next((a for a in argv if a != "-v"), DEFAULT))
    tallies: dict[tuple[str, str], Tally] = {}
    for path in sorted(folder.glob("*.txt")):
        labels = json.loads(path.with_suffix(".labels.json").read_text(encoding="utf-8"))
        sections = analyse(path.read_text(encoding="utf-8"), {"actors", "casualties", "next_steps"})
        for genre in (labels["genre"], "all"):
            casualties = tallies.setdefault((genre, "casualties"), Tally())
            _score(casualties, path.stem, [(f"{c.kind} {c.min} {c.text!r}", (c.kind, c.min))
                                           for c in sections.casualties],
                   labels["casualties"], lambda label, key: _in_range(label, *key))
            steps = tallies.setdefault((genre, "next_steps"), Tally())
            _score(steps, path.stem, [(repr(s.text[:90]), s.text) for s in sections.next_steps],
                   [[cue[0], *cue[1:]] for cue in labels["next_steps"]], lambda label, text: _covers(label[0], text))
    for (genre, section), tally in sorted(tallies.items()):
        print(f"{genre:<8} {section:<11} {tally.figures()}")
        if verbose and genre == "all":
            for miss in tally.misses:
                print(f"    {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
