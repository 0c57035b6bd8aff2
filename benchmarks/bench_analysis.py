"""Speed of the analysis of actors and statements on synthetic text (never reads real articles).

Prints words per second at 25k, 50k and 100k words, and the time taken by pathological inputs:
200,000 quote marks, a 400,000-word single line, and "he said" 50,000 times. Each figure is the best of
`RUNS` runs, as CPU time of this process (one core: what a shared machine's load does not inflate) and as
wall time. The goals: >= 100,000 words/s of CPU at 100k words; every pathological input under 5 s.
Run: python benchmarks/bench_analysis.py [PATH ...]   (optional PATHs: also time those files)
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from briefing.analysis import analyse

FIRST = ["Anna", "Boris", "Carla", "David", "Elena", "Farid", "Grace", "Hakan", "Irina", "James"]
LAST = ["Kovalenko", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quinlan", "Rossi", "Sato", "Tanaka"]
ROLES = ["foreign minister", "spokesman", "defence minister", "senator", "adviser", "prime minister"]
FILLER = ("the talks in the capital were delayed again on Tuesday as delegations argued over the agenda "
          "and the order of the sessions while observers waited outside").split()


def article(words: int, seed: int = 7) -> str:
    """A wire story of about `words` words: named people, titles, quotes, 'he said', organizations."""
    rnd = random.Random(seed)
    paragraphs: list[str] = ["Talks resume as envoys meet in the capital"]
    count = 0
    while count < words:
        first, last = rnd.choice(FIRST), rnd.choice(LAST)
        role = rnd.choice(ROLES)
        filler = " ".join(rnd.choice(FILLER) for _ in range(rnd.randint(8, 20)))
        kind = rnd.randrange(5)
        if kind == 0:
            par = f"“We are ready to talk, {filler},” {role} {first} {last} told reporters in Geneva."
        elif kind == 1:
            par = f"Mr {last} said the Kremlin had not replied, and that {filler}."
        elif kind == 2:
            par = f"\"{filler.capitalize()},\" he said. \"Nothing is agreed until everything is agreed.\""
        elif kind == 3:
            par = f"{first} {last}, the {role}, accused Nato of \"{filler}\" on Monday, according to the UN."
        else:
            par = f"``{filler.capitalize()},'' said {last}, who called the plan a \"farce\"."
        paragraphs.append(par)
        count += len(par.split())
    return "\n\n".join(paragraphs)


RUNS = 3


def timed(text: str) -> tuple[float, float]:
    """The best CPU and the best wall seconds of `RUNS` analyses of `text`."""
    cpu, wall = [], []
    for _ in range(RUNS):
        start, start_cpu = time.perf_counter(), time.process_time()
        analyse(text)
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start)
    return min(cpu), min(wall)


def main(argv: list[str]) -> int:
    analyse(article(1_000))  # tables and patterns compiled before the first figure
    for size in (25_000, 50_000, 100_000):
        text = article(size)
        words = len(text.split())
        cpu, wall = timed(text)
        print(f"{words:>7} words  cpu {cpu:6.2f} s  {words / cpu:>9,.0f} words/s"
              f"   wall {wall:6.2f} s  {words / wall:>9,.0f} words/s")
    pathological = {
        "200,000 quote marks": "“" * 100_000 + " said Mr Novak " + "”" * 100_000,
        "200,000 straight quotes": '"a" ' * 100_000,
        "200,000 single quotes and apostrophes": "'a' don't " * 100_000,
        "200,000 NYT '' marks": "''" * 200_000,
        "400,000-word single line": article(400_000).replace("\n\n", " "),
        "400,000 words, a name and a quote every 5": " ".join(["Mr Petrov said the talks “would resume”"] * 80_000),
        "'he said' 50,000 times": " ".join(["he said"] * 50_000),
        "50,000 names in one sentence": " ".join(["Anna Kovalenko,"] * 50_000),
    }
    for name, text in pathological.items():
        cpu, wall = timed(text)
        print(f"{name:<44} cpu {cpu:6.2f} s   wall {wall:6.2f} s")
    for path in argv:
        text = Path(path).read_text(encoding="utf-8")
        cpu, wall = timed(text)
        print(f"{path}: {len(text.split())} words  cpu {cpu:.3f} s   wall {wall:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
