"""The views across the library at scale: `briefing agenda`, `briefing actor`, `briefing conflicts` against
`briefing search` on the same warm index of N synthetic briefings (bench_library's, ~300 words each).

    .venv/bin/python benchmarks/bench_across.py [--n 10000] [--repeat 7] [--home DIR]

Runs the real CLI as subprocesses against temporary XDG dirs; the runs alternate, so a busy machine slows
each alike; figures are medians (and best), with each command's ratio to search (target <= 1.5x), in wall
time and in CPU time (user + system: what a loaded machine disturbs least).
`--home DIR` keeps the library and its index in DIR (generated and indexed only the first time), so a
second run measures the same library without waiting for it again.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_library import FIRST, LAST, generate, run, xdg


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall, CPU) milliseconds of one run of `command`, its output thrown away."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status):
        sys.exit(f"{' '.join(command)} failed")
    return (time.perf_counter() - started) * 1000, (usage.ru_utime + usage.ru_stime) * 1000


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
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(args.repeat):
            for name, command in commands.items():
                runs[name].append(timed(command, xdg(home)))
        print(f"\nwarm, N={args.n}, median of {args.repeat} (load average {os.getloadavg()[0]:.1f})")
        print(f"{'':<40} {'wall ms':>8} {'best':>5} {'x search':>9}   {'CPU ms':>7} {'x search':>9}")
        wall = statistics.median(w for w, _ in runs["search ceasefire"])
        cpu = statistics.median(c for _, c in runs["search ceasefire"])
        for name, times in runs.items():
            walls, cpus = [w for w, _ in times], [c for _, c in times]
            median, median_cpu = statistics.median(walls), statistics.median(cpus)
            print(f"{name:<40} {median:8.0f} {min(walls):5.0f} {median / wall:8.2f}x"
                  f"   {median_cpu:7.0f} {median_cpu / cpu:8.2f}x")


if __name__ == "__main__":
    main()
