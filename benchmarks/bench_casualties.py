"""Speed of the count, casualty and next-step passes: words per second, and pathological inputs.

Usage: python benchmarks/bench_casualties.py [ARTICLE...]   (without files, a synthetic article is used)
Prints words/s over a long document made of the articles (target >= 50,000 words/s for the whole
analysis), then the time of each pathological input (target < 5 s each).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from briefing.analysis.casualties.find import find_casualties
from briefing.analysis.next_steps.find import find_next_steps
from briefing.analysis.text.segmentation import segment
from briefing.model import Actor

SAMPLE = (
    "At least seven villagers were killed and 31 injured in the shelling of Dornville on Tuesday, officials said.\n\n"
    "The ministers have postponed the vote until the afternoon, and Ms Lind will meet Mr Haddad next week.\n\n"
    "“We will not give up,” Mr Haddad said. The war has killed tens of thousands of fighters since 2019.\n\n"
    "The convoy travelled 400 kilometres in 2022 and cost $5 million, according to the ministry.\n\n"
)
ACTORS = (Actor("Maria Lind", aliases=("Ms Lind",)), Actor("Omar Haddad", aliases=("Mr Haddad",)))


def run(text: str) -> None:
    doc = segment(text)
    find_casualties(doc)
    find_next_steps(doc, ACTORS)


def timed(fn: Callable[[], object]) -> float:
    """CPU seconds of one call (steadier than wall time on a shared machine)."""
    start = time.process_time()
    fn()
    return time.process_time() - start


def main(paths: list[str]) -> None:
    base = "\n\n".join(Path(p).read_text(encoding="utf-8") for p in paths) if paths else SAMPLE
    text = "\n\n".join([base] * max(1, 300_000 // max(1, len(base.split()))))
    words = len(text.split())
    doc = segment(text)
    for name, fn in (("segment", lambda: segment(text)), ("casualties", lambda: find_casualties(doc)),
                     ("next steps", lambda: find_next_steps(doc, ACTORS))):
        seconds = timed(fn)
        print(f"{name}: {words} words in {seconds:.2f} s = {words / seconds:,.0f} words/s")
    pathological = {
        "200,000 quote marks": "“" * 100_000 + "”" * 100_000,
        "400,000-word single line": " ".join(["will killed 5 people at least"] * 80_000),
        "'he said' 50,000 times": "he said. " * 50_000,
        "50,000 counts": "five killed, " * 50_000,
        "50,000 future sentences": "They will meet next week. " * 50_000,
        "400,000 words of guesses in one sentence": " ".join(["prices could rise again and"] * 80_000),
    }
    for name, sample in pathological.items():
        print(f"{name}: {timed(lambda s=sample: run(s)):.2f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
