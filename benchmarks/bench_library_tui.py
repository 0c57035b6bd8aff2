"""The library screen at scale, in a real terminal (tmux): first paint and peak memory of `briefing`.

    .venv/bin/python benchmarks/bench_library_tui.py [--n 10000] [--starts 5] [--size 120x40]

With the bundled library alone, and with N synthetic briefings (bench_library's generator) in the user's
briefings folder; the index is warm (`briefing list` ran first). First title: from launching `briefing` in
a fresh tmux pane until a briefing's line shows; listed: until the status line says how many there are
(the list checked against the disk). Peak memory: VmHWM of the process. Starts alternate between the two
libraries; figures are medians.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_library import generate, xdg
from bench_tui import TMUX, Pane

ENTRY = re.compile(r"\d+ actors? · \d+ statements?")  # the second line of every briefing in the list
LISTED = "briefings · enter opens"


def start(command: list[str], env: dict[str, str], size: tuple[int, int]) -> tuple[float, float, float]:
    """Seconds until the first briefing shows, until the list is checked, and the peak MB."""
    pane = Pane(command, size, env)
    try:
        pane.wait_for(lambda text: bool(ENTRY.search(text)), timeout=120)
        first = time.perf_counter() - pane.started
        pane.wait_for(lambda text: LISTED in text, timeout=120)
        return first, time.perf_counter() - pane.started, pane.peak_memory_mb()
    finally:
        pane.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000, help="synthetic briefings (default 10000)")
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--size", default="120x40")
    args = parser.parse_args()
    if not shutil.which("tmux"):
        print("bench_library_tui: needs tmux to measure in a real terminal", file=sys.stderr)
        return 2
    size = (int(args.size.split("x")[0]), int(args.size.split("x")[1]))
    cli = str(Path(sys.executable).with_name("briefing"))
    subprocess.run([*TMUX, "new-session", "-d", "-s", "keep"], check=True)
    try:
        with tempfile.TemporaryDirectory(prefix="bench-library-tui-") as tmp:
            homes = {"bundled": Path(tmp) / "bundled", f"N={args.n}": Path(tmp) / "big"}
            generate(homes[f"N={args.n}"] / "data" / "briefing" / "briefings", args.n)
            envs = {}
            for label, home in homes.items():
                envs[label] = {k: v for k, v in xdg(home).items() if k.startswith("XDG_") or k == "PATH"}
                envs[label]["TERM"] = "xterm-256color"
                subprocess.run([cli, "list", "--json"], env=xdg(home), stdout=subprocess.DEVNULL, check=True)
            runs: dict[str, list[tuple[float, float, float]]] = {label: [] for label in homes}
            for _ in range(args.starts):
                for label in homes:
                    runs[label].append(start([cli], envs[label], size))
            print(f"library screen, warm index, terminal {size[0]}x{size[1]} (tmux), median of {args.starts} starts")
            print(f"{'':14}{'first title':>14}{'listed':>12}{'peak RSS':>12}")
            medians = {}
            for label, figures in runs.items():
                first, listed = (statistics.median(column) for column in list(zip(*figures, strict=True))[:2])
                medians[label] = first
                peak = max(r[2] for r in figures)
                print(f"{label:<14}{first * 1000:11.0f} ms{listed * 1000:9.0f} ms{peak:9.0f} MB")
            bundled, big = medians.values()
            print(f"first title, N={args.n} / bundled: {big / bundled:.2f}x "
                  "(target <= 1.5x; peak RSS target <= 250 MB)")
    finally:
        subprocess.run([*TMUX, "kill-server"], capture_output=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
