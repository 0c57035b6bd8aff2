"""Reader speed, measured in a real terminal (tmux), side by side with a minimal Textual app (a `Log` showing
the same file) started in the same run.

    .venv/bin/python benchmarks/bench_tui.py [--words 200000] [--statements 2000] [--size 120x40] [--starts 3]
                                             [--open-only | --paint-only]

Opening (what issue 13 asks), each figure the median of `--starts` cold starts, measured to the reader's own
content, never to a loading line:
- the bundled Istanbul briefing: until the tab line and the overview's counts show;
- a 200,000-word article with people and quotes and no sections stated (all four are analysed): until the
  tab line shows; until its first paragraph shows after `t` typed at once; until the sections are filled;
  page-down latency while they are found; and a second open (the kept analysis) until the sections show.
The cache dir is emptied before each cold start, so no run profits from the one before.

Then, on a curated 200,000-word briefing (actors and statements stated, casualties and next steps analysed):
first paint, the text shown, every section shown; once every section is in, page-down and key latency, from
`tmux send-keys` until the pane shows a changed screen (polled every ~2 ms, so figures include one poll); peak
memory (VmHWM) of the reader and of the process its analysis runs in.
To measure another checkout (the code before a change), put it first on PYTHONPATH: the panes inherit it.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
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


ISTANBUL = Path(__file__).resolve().parent.parent / "briefing" / "content" / "istanbul-talks-2025-05.md"
ARTICLE_TITLE = "Synthetic long article for the benchmark"
FILLED = re.compile(r"Statements \d")  # the tab line once the statements are found
COMPLETE = re.compile(r"Casualties \d+.*Next steps \d+")  # ... and the last two sections


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


def make_article(folder: Path, words: int, seed: int = 11) -> tuple[Path, str]:
    """A plain article (no sections stated): `words` words, a name in every sentence, a quote in every
    paragraph. Returns its path and the start of its first paragraph."""
    rng = random.Random(seed)
    lines = ["---", f"title: {ARTICLE_TITLE}", "date: 2031-05-01", "place: Port Avel", "---", ""]
    written, first = 0, ""
    while written < words:
        sentences = []
        for _ in range(rng.randint(3, 6)):
            sentence = [rng.choice(WORDS) for _ in range(rng.randint(8, 20))]
            sentence.insert(rng.randint(0, len(sentence)), rng.choice(NAMES))
            sentences.append(sentence_case(" ".join(sentence)) + ".")
            written += len(sentence) + 1
        said = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14)))
        sentences.append(f"“{sentence_case(said)},” said {rng.choice(NAMES)}.")
        written += len(said.split()) + 4
        paragraph = " ".join(sentences)
        first = first or paragraph[:40]
        lines += [paragraph, ""]
    path = folder / "synthetic-article.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path, first


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
        self.pid = subprocess.run([*TMUX, "display-message", "-p", "-t", self.name, "#{pane_pid}"],
                                  capture_output=True, text=True).stdout.strip()
        # The analysis of a long text runs in a child process: its memory is watched beside the reader's.
        self.children_mb = 0.0
        self._closed = threading.Event()
        threading.Thread(target=self._watch_children, daemon=True).start()

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

    def send(self, key: str) -> None:
        subprocess.run([*TMUX, "send-keys", "-t", self.name, key], check=True)

    def key_latency(self, key: str) -> float:
        """Seconds from sending `key` until the screen changes."""
        before = self.screen()
        subprocess.run([*TMUX, "send-keys", "-t", self.name, key], check=True)
        sent = time.perf_counter()
        self.wait_for(lambda text: text != before, timeout=10)
        return time.perf_counter() - sent

    def peak_memory_mb(self) -> float:
        return _peak_mb(self.pid)

    def _watch_children(self) -> None:
        """Every 5 ms until closed: the largest peak memory of a child of the pane's process so far."""
        while not self._closed.wait(0.005):
            for children in Path(f"/proc/{self.pid}/task").glob("*/children"):
                with contextlib.suppress(OSError):
                    for child in children.read_text().split():
                        self.children_mb = max(self.children_mb, _peak_mb(child))

    def close(self) -> None:
        self._closed.set()
        subprocess.run([*TMUX, "kill-session", "-t", self.name], capture_output=True)


def _peak_mb(pid: str) -> float:
    """VmHWM of process `pid` in MB; 0 once it has gone."""
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _quote(part: str) -> str:
    return "'" + part.replace("'", "'\\''") + "'"


def first_paint(command: list[str], size: tuple[int, int], env: dict[str, str],
                *stages: Callable[[str], bool]) -> tuple[list[float], float, Pane]:
    """Seconds until the title shows and then until each of `stages` holds too, peak MB, and the pane. A cold
    start: the cache dir (the analysis kept from the last open) is emptied first."""
    shutil.rmtree(env["XDG_CACHE_HOME"], ignore_errors=True)
    pane = Pane(command, size, env)
    start = pane.started
    seconds = []
    for stage in (lambda text: True, *stages):
        pane.wait_for(lambda text, stage=stage: TITLE in text and stage(text), timeout=120)
        seconds.append(time.perf_counter() - start)
    return seconds, pane.peak_memory_mb(), pane


Opened = tuple[dict[str, float], list[float], tuple[float, float]]


def opening(command: list[str], size: tuple[int, int], env: dict[str, str], marks: dict[str, Callable[[str], bool]],
            first_key: str = "", pages_until: str = "") -> Opened:
    """Launch `command` (typing `first_key` at once) and time each of `marks` from the launch; while the screen
    lacks `pages_until`, also time page-downs (sent once every mark but that one has shown). Also the peak
    memory (MB) of the app's process and of its largest child (the analysis of a long text)."""
    shutil.rmtree(env["XDG_CACHE_HOME"], ignore_errors=True)
    return reopening(command, size, env, marks, first_key, pages_until)


def reopening(command: list[str], size: tuple[int, int], env: dict[str, str], marks: dict[str, Callable[[str], bool]],
              first_key: str = "", pages_until: str = "") -> Opened:
    """As `opening`, keeping the cache dir (a second open)."""
    pane = Pane(command, size, env)
    if first_key:
        pane.send(first_key)
    seen: dict[str, float] = {}
    pages: list[float] = []
    deadline = pane.started + 60
    try:
        while len(seen) < len(marks) and time.perf_counter() < deadline:
            text = pane.screen()
            now = time.perf_counter() - pane.started
            for name, ready in marks.items():
                if name not in seen and ready(text):
                    seen[name] = now
            if pages_until and pages_until not in seen and len(seen) == len(marks) - 1 and len(pages) < 10:
                pages.append(pane.key_latency("PageDown"))
            time.sleep(0.002)
        memory = (pane.peak_memory_mb(), pane.children_mb)
    finally:
        pane.close()
    return {name: seen.get(name, float("nan")) for name in marks}, pages, memory


def open_figures(args: argparse.Namespace, size: tuple[int, int], python: str, briefing_cmd: str,
                 folder: Path, env: dict[str, str]) -> None:
    """The opening figures of issue 13, each a median of `args.starts` cold starts, beside a minimal app's."""
    article, first = make_article(folder, args.words)
    minimal = folder / "minimal_app.py"
    minimal.write_text(MINIMAL_APP, encoding="utf-8")
    words = len(article.read_text(encoding="utf-8").split())
    print(f"opening, {size[0]}x{size[1]}, median of {args.starts} cold starts (cache emptied before each):")
    base_istanbul, base_article, istanbul, cold, warm, pages, memories = [], [], [], [], [], [], []
    for _ in range(args.starts):
        base_istanbul.append(opening([python, str(minimal), str(ISTANBUL)], size, env,
                                     {"paint": lambda t: "title: Ukraine" in t})[0]["paint"])
        istanbul.append(opening([briefing_cmd, str(ISTANBUL)], size, env,
                                {"reader": lambda t: "Overview" in t and "In this briefing:" in t})[0]["reader"])
        if args.paint_only:
            continue
        base_article.append(opening([python, str(minimal), str(article)], size, env,
                                    {"paint": lambda t: ARTICLE_TITLE in t})[0]["paint"])
        marks = {"reader": lambda t: "Overview" in t and "Text" in t and ARTICLE_TITLE in t,
                 "first paragraph": lambda t: first in t, "sections": lambda t: bool(FILLED.search(t))}
        seen, paged, memory = opening([briefing_cmd, str(article)], size, env, marks, first_key="t",
                                      pages_until="sections")
        cold.append(seen)
        pages += paged
        memories.append(memory)
        warm.append(reopening([briefing_cmd, str(article)], size, env,
                              {"sections": lambda t: bool(FILLED.search(t))})[0]["sections"])
    paint = statistics.median(base_istanbul)

    def row(label: str, seconds: float, base: float, target: str) -> None:
        if seconds != seconds:  # NaN: never shown within the minute (a key typed during the load was dropped)
            print(f"  {label:44}   never   (target {target})")
            return
        print(f"  {label:44}{seconds * 1000:8.0f} ms   {seconds / base:5.2f}x the minimal app   (target {target})")

    print(f"  {'minimal Textual app, Istanbul briefing':44}{paint * 1000:8.0f} ms")
    row("briefing PATH, Istanbul: tab line + overview", statistics.median(istanbul), paint, "<= 1.3x")
    print(f"  {'  each start, ms (minimal / briefing PATH)':44}  "
          + "  ".join(f"{a * 1000:.0f}/{b * 1000:.0f}" for a, b in zip(base_istanbul, istanbul, strict=True)))
    if args.paint_only:
        print()
        return
    paint_article = statistics.median(base_article)
    print(f"  {f'minimal Textual app, {words:,}-word article':44}{paint_article * 1000:8.0f} ms")
    for name, target in (("reader", "<= 2x"), ("first paragraph", "<= 2.5x, t typed at once")):
        row(f"briefing PATH, article: {name}", statistics.median(s[name] for s in cold), paint_article, target)
    filled = statistics.median(s["sections"] for s in cold)
    print(f"  {'briefing PATH, article: sections filled':44}{filled * 1000:8.0f} ms   (target <= 5 s)")
    if pages:
        print(f"  {'page-down while the sections are found':44}{statistics.median(pages) * 1000:8.0f} ms median, "
              f"{max(pages) * 1000:.0f} ms worst of {len(pages)}   (target <= 100 ms)")
    else:
        print(f"  {'page-down while the sections are found':44}    none: the text never showed before the sections")
    row("second open: sections shown", statistics.median(warm), paint_article, "<= 2x")
    reader_mb, analysis_mb = (max(values) for values in zip(*memories, strict=True))
    apart = f"its analysis process: {analysis_mb:.0f} MB" if analysis_mb else "(analysed in the reader)"
    print(f"  {'peak memory (VmHWM), article: the reader':44}{reader_mb:8.0f} MB   {apart}")
    print()


def open_from_index(folder: Path, path: Path, env: dict[str, str]) -> tuple[float, float]:
    """Seconds to get the briefing as the library screen does (from a warm index), and by reading the file."""
    os.environ.update(env)  # the index goes in the temporary cache dir
    from briefing.document.load import load_briefing
    from briefing.library.index import Library
    from briefing.tui.catalog import indexed_briefing

    with Library([folder]) as library:
        library.refresh()  # the library screen did this when it listed the file
    start = time.perf_counter()
    indexed_briefing([folder], path, lambda draft: None)
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
    parser.add_argument("--open-only", action="store_true", help="only the opening figures")
    parser.add_argument("--paint-only", action="store_true",
                        help="only the Istanbul briefing's first paint beside the minimal app's (implies --open-only)")
    args = parser.parse_args()
    if not shutil.which("tmux"):
        print("bench_tui: needs tmux to measure in a real terminal", file=sys.stderr)
        return 2
    size = tuple(int(n) for n in args.size.split("x"))
    python = sys.executable
    compile_bytecode(python)
    briefing_cmd = str(Path(python).with_name("briefing"))
    subprocess.run([*TMUX, "new-session", "-d", "-s", "keep"], check=True)
    try:
        return measure(args, size, python, briefing_cmd)
    finally:
        subprocess.run([*TMUX, "kill-server"], capture_output=True)


def compile_bytecode(python: str) -> None:
    """Write the bytecode of the checkout measured, as `pip install` does. With PYTHONDONTWRITEBYTECODE set (these
    sessions set it) an editable checkout was compiled from source at every start: ~50 ms of each first paint."""
    subprocess.run([python, "-c", "import briefing, compileall, os; "
                    "compileall.compile_dir(os.path.dirname(briefing.__file__), quiet=1)"], check=True)


def measure(args: argparse.Namespace, size: tuple[int, int], python: str, briefing_cmd: str) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        home = folder / "home"
        env = {f"XDG_{kind}_HOME": str(home / kind.lower()) for kind in ("DATA", "CONFIG", "CACHE")}
        env["TERM"] = "xterm-256color"
        if os.environ.get("PYTHONPATH"):
            env["PYTHONPATH"] = os.environ["PYTHONPATH"]
        open_figures(args, size, python, briefing_cmd, folder, env)
        if args.open_only or args.paint_only:
            return 0
        path = make_briefing(folder, args.words, args.statements)
        minimal = folder / "minimal_app.py"
        minimal.write_text(MINIMAL_APP, encoding="utf-8")
        words = len(path.read_text(encoding="utf-8").split())
        print(f"briefing: {path.stat().st_size / 1e6:.1f} MB, {words:,} words, {args.statements:,} statements; "
              f"terminal {size[0]}x{size[1]} (tmux)")
        print()
        print(f"{'':28}{'briefing PATH':>22}{'minimal Textual (Log)':>26}")
        # First paint varies with the machine's load: the median of a few cold starts, each app in turn.
        # Ours in two stages: the text and the stated sections, then every section (the analysed ones too).
        stated = f"Statements {args.statements}"
        stages = {"ours": ([briefing_cmd, str(path)], (lambda t: stated in t, lambda t: stated in t and
                                                        bool(COMPLETE.search(t)))),
                  "base": ([python, str(minimal), str(path)], (lambda t: "id:" in t, lambda t: "id:" in t))}
        runs = {"ours": [], "base": []}
        for _ in range(args.starts):
            for name, (command, ready) in stages.items():
                seconds, memory, pane = first_paint(command, size, env, *ready)
                pane.close()
                runs[name].append((*seconds, memory))
        ours_paint, ours_ready, ours_done, ours_mem = (statistics.median(values)
                                                       for values in zip(*runs["ours"], strict=True))
        base_paint, base_ready, _, base_mem = (statistics.median(values) for values in zip(*runs["base"], strict=True))
        # The keys are timed once every section is in, as they were before the reader opened in stages (paging
        # while the analysis runs is the opening's figure above).
        command, ready = stages["ours"]
        _, _, ours = first_paint(command, size, env, *ready)
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
            analysis_mem = ours.children_mb
        finally:
            ours.close()
        command, ready = stages["base"]
        _, _, base = first_paint(command, size, env, *ready)
        try:
            base_pages = [base.key_latency("PageDown") for _ in range(args.presses)]
            base_mem = max(base_mem, base.peak_memory_mb())
        finally:
            base.close()
        print(f"{'first paint (median)':28}{ours_paint * 1000:19.0f} ms{base_paint * 1000:23.0f} ms"
              f"   ratio {ours_paint / base_paint:.2f}x (target <= 1.5x)")
        print(f"{'reader ready (text)':28}{ours_ready * 1000:19.0f} ms{base_ready * 1000:23.0f} ms"
              "   (ours: the text and the stated sections)")
        print(f"{'  every section':28}{ours_done * 1000:19.0f} ms   (casualties and next steps analysed)")
        print(f"{'peak memory (VmHWM)':28}{ours_mem:19.0f} MB{base_mem:23.0f} MB")
        if analysis_mem:
            print(f"{'  its analysis process':28}{analysis_mem:19.0f} MB   (casualties and next steps, found apart)")
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
