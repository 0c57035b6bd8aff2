"""Time the document layer on the 200,000-word benchmark briefing (bench_tui's): Markdown into plain text,
headings, links and curated sections, everything `load_briefing` does but the analysis.

    .venv/bin/python benchmarks/bench_markdown.py [--words 200000] [--statements 2000] [--runs 5] [FILE...]

The analysis is left out (it is timed by bench_analysis.py) so the figure is the Markdown reading alone.
Prints the median of the runs for each file: the synthetic briefing, then any FILE given.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_tui import make_briefing

import briefing.document.load as load
from briefing.model import Sections


def timed(path: Path, runs: int) -> float:
    """The median seconds of `runs` reads of `path`, the analysis replaced by one that finds nothing."""
    data = path.read_bytes()
    analyse = load.analyse
    load.analyse = lambda *args, **kwargs: Sections()  # type: ignore[assignment]
    try:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            load.parse_bytes(data, path)
            times.append(time.perf_counter() - start)
    finally:
        load.analyse = analyse
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--statements", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        synthetic = make_briefing(Path(folder), args.words, args.statements)
        for path in (synthetic, *args.files):
            words = len(path.read_text(encoding="utf-8").split())
            print(f"{path.name}: {words:,} words  {timed(path, args.runs) * 1000:7.1f} ms (median of {args.runs})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
