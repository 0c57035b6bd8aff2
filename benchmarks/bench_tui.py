"""Reader speed on a 200,000-word briefing, measured in a real terminal (tmux), side by side with a minimal
Textual app (a `Log` showing the same file).

    .venv/bin/python benchmarks/bench_tui.py [--words 200000] [--statements 2000] [--size 120x40]

First paint: from launching the command in a fresh tmux pane until `tmux capture-pane` shows the title;
reader ready: until the sections are drawn too (the reader reads the file in a thread after painting).
Page-down and key latency: from `tmux send-keys` until the pane shows a changed screen (polled every ~2 ms,
so figures include one poll). Peak memory: VmHWM of the process, read before it is killed.
The briefing is synthetic, generated here in a temporary folder (curated sections plus a long text).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

TITLE = "Synthetic long briefing for the benchmark"
NAMES = ["Ilse Varga", "Tomas Brenner", "Mira Castell", "Oskar Lund", "Petra Holm", "Yusuf Demir"]
WORDS = ("the talks delegation harbour ministers agreed ports cargo council envoy said statement week ships "
         "inspection rules border valley river dam ruling arbitration convoy aid shelter evening morning "
         "government officials reported meeting proposal ceasefire observers agreement region").split()

MINIMAL_APP = '''
import sys
from textual.app import App, ComposeResult
from textual.widgets import Log

class Minimal(App):
    def compose(self) -> ComposeResult:
        yield Log()

    def on_mount(self) -> None:
        with open(sys.argv[1], encoding="utf-8") as handle:
            self.query_one(Log).write_lines(handle.read().splitlines(), scroll_end=False)

Minimal().run()
'''


def sentence_case(words: str) -> str:
    """'the talks Ilse Varga' -> 'The talks Ilse Varga' (str.capitalize would lower the names)."""
    return words[:1].upper() + words[1:]


def make_briefing(folder: Path, words: int, statements: int, seed: int = 7) -> Path:
    """A curated briefing: front matter, actors, `statements` statements, and `words` words of text."""
    rng = random.Random(seed)
    lines = ["---", "id: synthetic-long", f"title: {TITLE}", "date: 2031-05-01", "place: Port Avel",
             "sources: [Bench Wire]", "---", "", "## Actors"]
    lines += [f"- **{name}** — delegate number {n}" for n, name in enumerate(NAMES, start=1)]
    lines += ["", "## Statements"]
    for n in range(statements):
        said = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 30)))
        lines.append(f"- **{rng.choice(NAMES)}**: “{sentence_case(said)} ({n}).”")
    lines += ["", "## Text"]
    written = sum(len(line.split()) for line in lines)
    while written < words:
        paragraph = []
        for _ in range(rng.randint(3, 7)):
            sentence = [rng.choice(WORDS) for _ in range(rng.randint(8, 24))]
            sentence.insert(rng.randint(0, len(sentence)), rng.choice(NAMES))
            paragraph.append(sentence_case(" ".join(sentence)) + ".")
            written += len(sentence) + 1  # a name is two words
        lines += [" ".join(paragraph), ""]
    path = folder / "synthetic-long.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


# A tmux server of our own, kept alive by an idle session, so panes never race a server shutting down.
TMUX = ["tmux", "-L", f"bench-tui-{os.getpid()}"]


class Pane:
    """One command in a detached tmux session of a fixed size."""

    def __init__(self, command: list[str], size: tuple[int, int], env: dict[str, str]) -> None:
        self.name = "pane"
        self.started = time.perf_counter()
        shell = "exec " + " ".join(_quote(part) for part in command)
        subprocess.run([*TMUX, "new-session", "-d", "-s", self.name, "-x", str(size[0]), "-y", str(size[1]),
                        "env", *(f"{k}={v}" for k, v in env.items()), "sh", "-c", shell], check=True)

    def screen(self) -> str:
        return subprocess.run([*TMUX, "capture-pane", "-p", "-e", "-t", self.name], capture_output=True,
                              text=True).stdout

    def wait_for(self, ready: Callable[[str], bool], timeout: float = 60) -> float:
        """Seconds from now until the screen satisfies `ready`."""
        start = time.perf_counter()
        while time.perf_counter() - start < timeout:
            if ready(self.screen()):
                return time.perf_counter() - start
            time.sleep(0.002)
        raise TimeoutError("the screen never showed what was expected")

    def key_latency(self, key: str) -> float:
        """Seconds from sending `key` until the screen changes."""
        before = self.screen()
        subprocess.run([*TMUX, "send-keys", "-t", self.name, key], check=True)
        sent = time.perf_counter()
        self.wait_for(lambda text: text != before, timeout=10)
        return time.perf_counter() - sent

    def peak_memory_mb(self) -> float:
        pid = subprocess.run([*TMUX, "display-message", "-p", "-t", self.name, "#{pane_pid}"],
                             capture_output=True, text=True).stdout.strip()
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    def close(self) -> None:
        subprocess.run([*TMUX, "kill-session", "-t", self.name], capture_output=True)


def _quote(part: str) -> str:
    return "'" + part.replace("'", "'\\''") + "'"


def first_paint(command: list[str], size: tuple[int, int], env: dict[str, str],
                ready: str) -> tuple[float, float, float, Pane]:
    """Seconds until the title shows, until `ready` shows too (all drawn), peak MB, and the pane."""
    pane = Pane(command, size, env)
    start = pane.started
    pane.wait_for(lambda text: TITLE in text, timeout=120)
    painted = time.perf_counter() - start
    pane.wait_for(lambda text: TITLE in text and ready in text, timeout=120)
    return painted, time.perf_counter() - start, pane.peak_memory_mb(), pane


def open_from_index(folder: Path, path: Path, env: dict[str, str]) -> tuple[float, float]:
    """Seconds to get the briefing as the library screen does (from a warm index), and by reading the file."""
    os.environ.update(env)  # the index goes in the temporary cache dir
    from briefing.document.load import load_briefing
    from briefing.library.index import Library
    from briefing.tui.catalog import indexed_briefing

    with Library([folder]) as library:
        library.refresh()  # the library screen did this when it listed the file
    start = time.perf_counter()
    indexed_briefing([folder], path)
    opened = time.perf_counter() - start
    start = time.perf_counter()
    load_briefing(path)
    return opened, time.perf_counter() - start


def median_ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:7.1f} ms (max {max(values) * 1000:.1f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--statements", type=int, default=2_000)
    parser.add_argument("--size", default="120x40")
    parser.add_argument("--presses", type=int, default=15)
    parser.add_argument("--starts", type=int, default=3, help="cold starts of each app for first paint")
    args = parser.parse_args()
    if not shutil.which("tmux"):
        print("bench_tui: needs tmux to measure in a real terminal", file=sys.stderr)
        return 2
    size = tuple(int(n) for n in args.size.split("x"))
    python = sys.executable
    briefing_cmd = str(Path(python).with_name("briefing"))
    subprocess.run([*TMUX, "new-session", "-d", "-s", "keep"], check=True)
    try:
        return measure(args, size, python, briefing_cmd)
    finally:
        subprocess.run([*TMUX, "kill-server"], capture_output=True)


def measure(args: argparse.Namespace, size: tuple[int, int], python: str, briefing_cmd: str) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        home = folder / "home"
        env = {f"XDG_{kind}_HOME": str(home / kind.lower()) for kind in ("DATA", "CONFIG", "CACHE")}
        env["TERM"] = "xterm-256color"
        path = make_briefing(folder, args.words, args.statements)
        minimal = folder / "minimal_app.py"
        minimal.write_text(MINIMAL_APP, encoding="utf-8")
        words = len(path.read_text(encoding="utf-8").split())
        print(f"briefing: {path.stat().st_size / 1e6:.1f} MB, {words:,} words, {args.statements:,} statements; "
              f"terminal {size[0]}x{size[1]} (tmux)")
        print()
        print(f"{'':28}{'briefing PATH':>22}{'minimal Textual (Log)':>26}")
        # First paint varies with the machine's load: the median of a few cold starts, each app in turn.
        runs = {"ours": [], "base": []}
        for _ in range(args.starts):
            for name, command, ready in (("ours", [briefing_cmd, str(path)], f"Statements {args.statements}"),
                                         ("base", [python, str(minimal), str(path)], "id:")):
                painted, drawn, memory, pane = first_paint(command, size, env, ready)
                pane.close()
                runs[name].append((painted, drawn, memory))
        ours_paint, ours_ready, ours_mem = (statistics.median(values) for values in zip(*runs["ours"], strict=True))
        base_paint, base_ready, base_mem = (statistics.median(values) for values in zip(*runs["base"], strict=True))
        _, _, _, ours = first_paint([briefing_cmd, str(path)], size, env, f"Statements {args.statements}")
        try:
            ours_pages = []
            ours.key_latency("t")
            for _ in range(args.presses):
                ours_pages.append(ours.key_latency("PageDown"))
            keys = {name: [] for name in ("End (text)", "Home (text)", "s (section)", "j (next statement)",
                                          "1 (actor card)", "t (text)")}
            for _ in range(5):
                keys["End (text)"].append(ours.key_latency("End"))
                keys["Home (text)"].append(ours.key_latency("Home"))
                keys["s (section)"].append(ours.key_latency("s"))
                keys["j (next statement)"].append(ours.key_latency("j"))
                keys["1 (actor card)"].append(ours.key_latency("1"))
                keys["t (text)"].append(ours.key_latency("t"))
            ours_mem = max(ours_mem, ours.peak_memory_mb())
        finally:
            ours.close()
        _, _, _, base = first_paint([python, str(minimal), str(path)], size, env, "id:")
        try:
            base_pages = [base.key_latency("PageDown") for _ in range(args.presses)]
            base_mem = max(base_mem, base.peak_memory_mb())
        finally:
            base.close()
        print(f"{'first paint (median)':28}{ours_paint * 1000:19.0f} ms{base_paint * 1000:23.0f} ms"
              f"   ratio {ours_paint / base_paint:.2f}x (target <= 1.5x)")
        print(f"{'reader ready (sections)':28}{ours_ready * 1000:19.0f} ms{base_ready * 1000:23.0f} ms"
              "   (ours: the file read and parsed in full)")
        print(f"{'peak memory (VmHWM)':28}{ours_mem:19.0f} MB{base_mem:23.0f} MB")
        print(f"{'page-down, median':28}{statistics.median(ours_pages) * 1000:19.1f} ms"
              f"{statistics.median(base_pages) * 1000:23.1f} ms")
        print(f"{'page-down, worst':28}{max(ours_pages) * 1000:19.1f} ms{max(base_pages) * 1000:23.1f} ms")
        print()
        opened, parsed = open_from_index(folder, path, env)
        print(f"{'open from the library':28}{opened * 1000:19.0f} ms   (index holds it; reading the file: "
              f"{parsed * 1000:.0f} ms)")
        print()
        print("key-press repaint latency in the reader (target <= 50 ms):")
        for name, values in keys.items():
            print(f"  {name:26}{median_ms(values)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
