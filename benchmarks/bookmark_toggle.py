"""How long a bookmark key press takes to be on disk: `python benchmarks/bookmark_toggle.py [FOLDER] [N]`.

Prints the latency of `BookmarkStore.toggle` (each one a committed, fsynced transaction) and of the
reads the reader makes when it opens a briefing, on a store in FOLDER (default: a temporary folder).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from briefing.bookmarks import BookmarkStore
from briefing.model import Briefing, Statement


def timed_ms(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def report(name: str, samples: list[float]) -> None:
    ordered = sorted(samples)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    print(f"{name:<22} n={len(samples):<5} median {statistics.median(samples):7.2f} ms   "
          f"p95 {p95:7.2f} ms   max {ordered[-1]:7.2f} ms")


def main(folder: Path, n: int) -> None:
    briefing = Briefing(id="bench", title="Benchmark", path="/nowhere/bench.md")
    statements = [Statement(text=f"Statement number {i}.", speaker="Ana", id=f"s{i}") for i in range(n)]
    opened = time.perf_counter()
    store = BookmarkStore(folder / "bookmarks.sqlite3")
    print(f"open (create)          {(time.perf_counter() - opened) * 1000:7.2f} ms")
    try:
        report("toggle on", [timed_ms(lambda s=s: store.toggle(briefing, s)) for s in statements])
        report("bookmarked_ids", [timed_ms(lambda: store.bookmarked_ids("bench")) for _ in range(100)])
        report("all", [timed_ms(store.all) for _ in range(20)])
        report("toggle off", [timed_ms(lambda s=s: store.toggle(briefing, s)) for s in statements])
    finally:
        store.close()


if __name__ == "__main__":
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    if len(sys.argv) > 1:
        main(Path(sys.argv[1]), count)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            main(Path(tmp), count)
