"""The views across the library at scale: `briefing agenda`, `briefing actor`, `briefing conflicts` against
`briefing search` on the same warm index of N synthetic briefings (bench_library's, ~300 words each).

    .venv/bin/python benchmarks/bench_across.py [--n 10000] [--repeat 7] [--home DIR]

Runs the real CLI as subprocesses against temporary XDG dirs; the runs alternate, so a busy machine slows
each alike; figures are medians (and best), with each command's ratio to search (target <= 1.5x).
`--home DIR` keeps the library and its index in DIR (generated and indexed only the first time), so a
second run measures the same library without waiting for it again.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench_library import FIRST, LAST, generate, run, xdg


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="synthetic briefings (default 10000)")
    parser.add_argument("--repeat", type=int, default=7, help="warm runs per command (median and best)")
    parser.add_argument("--home", type=Path, help="keep the library here (default: a temporary folder)")
    args = parser.parse_args()
    script = Path(sys.executable).with_name("briefing")
    cli = [str(script)] if script.exists() else [sys.executable, "-m", "briefing"]
    commands = {
        "search ceasefire": [*cli, "search", "ceasefire", "--json"],
        "agenda": [*cli, "agenda", "--json"],
        "agenda --from --to (a month)": [*cli, "agenda", "--from", "2024-03-01", "--to", "2024-03-31", "--json"],
        f"agenda --actor '{FIRST[3]} {LAST[3]}'": [*cli, "agenda", "--actor", f"{FIRST[3]} {LAST[3]}", "--json"],
        f"actor '{FIRST[3]} {LAST[3]}'": [*cli, "actor", f"{FIRST[3]} {LAST[3]}", "--json"],
        "conflicts": [*cli, "conflicts", "--json"],
    }
    with tempfile.TemporaryDirectory(prefix="bench-across-") as tmp:
        home = args.home or Path(tmp)
        folder = home / "data" / "briefing" / "briefings"
        if not folder.exists():
            started = time.perf_counter()
            generate(folder, args.n)
            print(f"generated {args.n} briefings in {time.perf_counter() - started:.1f} s")
        first = run([*cli, "list", "--json"], xdg(home))
        print(f"first index (or a warm list): {first.seconds:.1f} s, peak RSS {first.rss_mb:.0f} MB")
        runs: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.repeat):
            for name, command in commands.items():
                runs[name].append(run(command, xdg(home)).seconds * 1000)
        search = statistics.median(runs["search ceasefire"])
        print(f"\nwarm, N={args.n}, median of {args.repeat}")
        for name, times in runs.items():
            median = statistics.median(times)
            print(f"{name:<40} {median:6.0f} ms (best {min(times):4.0f})   {median / search:.2f}x search "
                  f"(best {min(times) / min(runs['search ceasefire']):.2f}x)")


if __name__ == "__main__":
    main()
