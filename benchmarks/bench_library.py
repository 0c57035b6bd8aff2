"""Library at scale: first index, warm `briefing list`, warm `briefing search`, first paint of the library.

    .venv/bin/python benchmarks/bench_library.py [--n 10000] [--repeat 7] [--starts 5] [--size 120x40]
                                                 [--busy] [--interrupt-after SECONDS] [--library DIR] [--keep DIR]

Runs the real CLI as subprocesses against temporary XDG dirs: with the bundled library alone, and with
N synthetic briefings (~300 words; curated .md and plain .txt mixed) in the user's briefings folder.
Warm runs of the two alternate, so a busy machine slows both alike; figures are medians (and best), and
each ratio is N's over the bundled library's, same run. Peak RSS is the largest of the command and its
worker processes. `--busy` keeps a spinning process of its own running throughout (the second core
busy); the first index is interrupted after `--interrupt-after` seconds (ctrl+c; 0: not) and the run
that resumes it timed, the first index being the two together. Then the change checks: a file added,
edited in place (its folder's mtime unchanged) and deleted, each followed by the next `briefing search`,
which must see the change. Last, every figure of issue 15's "Done when" against its goal.

`--library DIR` generates the N briefings in DIR once (kept, and reused by later runs with the same N) and
links the user's briefings folder to it; `--keep DIR` keeps the two homes (the indexes) in DIR.

First paint (needs tmux): `briefing` launched in a fresh tmux pane on the warm index, timed until a
briefing's line shows; "listed" until the status line says how many there are (the list checked against
the disk); peak memory is the process's VmHWM.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench_tui import TMUX, Pane

FIRST = ("Amara Bilal Cosmin Daria Eskil Farida Goran Halina Idris Jovana Kasimir Leyla Marek Nadia Oskar Petra "
         "Quentin Rasa Stellan Tamsin Umar Vesna Wilhelm Xenia Yusuf Zofia Anselm Brisa Cyrus Dorota Emeric Fenna "
         "Gideon Hedda Ilkin Jarek Kalina Lorcan Mireille Niklas").split()
LAST = ("Abelard Brannock Castellan Dervish Elkhov Falconer Gravesend Halloran Ibarra Jaskowiak Kettering Lindqvist "
        "Marchetti Novotny Okonkwo Petrescu Quillan Rostova Sandoval Tiernan Urbanek Valtonen Wexley Yardley "
        "Zelinski Ambrose Brightwater Corvino Dunmore Esterhazy Fairbairn Gorecki Hawthorne Ivanek Jessup "
        "Kowalczyk Lacroix Morrow Nystrom Ostrander").split()
PLACES = ("Valdora Kessen Marrow Bay Ostrel Tarnhill Lysk Corvane Brenmoor Halvik Siret Pellan Drossa Umberfield "
          "Kastor Velmont Irsk Norrin Faldo Gresh").split()
ROLES = ("foreign minister", "defence minister", "army spokesperson", "UN envoy", "mayor", "regional governor",
         "negotiator", "aid coordinator", "police chief", "opposition leader")
VERBS = ("said", "told reporters", "warned", "insisted", "added")
TOPICS = ("ceasefire", "prisoner exchange", "grain corridor", "border crossing", "aid convoy", "power grid",
          "evacuation", "peace talks", "sanctions", "water supply")
FILLER = ("Officials in {place} described the situation as tense but stable after a night of heavy shelling. "
          "Residents queued for water and bread while engineers worked to restore the {topic}. "
          "Diplomats said the next round would depend on guarantees that neither side has yet offered. "
          "The {topic} has become the main test of whether either government can keep its word. "
          "Local volunteers counted {n} damaged homes on the eastern edge of {place}. "
          "Observers from three countries were expected to arrive before the weekend. ").split(". ")


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def paragraph(rng: random.Random, place: str, topic: str, sentences: int) -> str:
    chosen = rng.sample(FILLER, k=min(sentences, len(FILLER)))
    return ". ".join(s.strip().format(place=place, topic=topic, n=rng.randint(3, 900)) for s in chosen if s) + "."


def curated(rng: random.Random, number: int) -> str:
    place, topic = rng.choice(PLACES), rng.choice(TOPICS)
    people = [person(rng) for _ in range(rng.randint(2, 4))]
    lines = ["---", f"title: {topic.capitalize()} in {place}, day {number}", f"date: 20{rng.randint(20, 25)}-"
             f"{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", f"place: {place}", "---", ""]
    lines += [paragraph(rng, place, topic, 6), "", paragraph(rng, place, topic, 5), ""]
    lines += ["## Actors", ""] + [f"- **{p}** — {rng.choice(ROLES)}; aka: Mr {p.split()[1]}" for p in people]
    lines += ["", "## Statements", ""] + [
        f"- **{p}**: “The {topic} in {place} must hold, and we expect {rng.randint(2, 90)} more trucks.” — briefing"
        for p in people]
    lines += ["", "## Casualties", "", f"- **killed**: at least {rng.randint(1, 60)} civilians; place: {place}",
              f"- **injured**: {rng.randint(5, 200)} people; place: {place}"]
    lines += ["", "## Next steps", "", f"- Talks on the {topic} resume; when: {rng.choice(['Friday', 'next week'])}; "
              f"who: {', '.join(people[:2])}; status: planned", ""]
    return "\n".join(lines)


def plain(rng: random.Random, number: int) -> str:
    place, topic = rng.choice(PLACES), rng.choice(TOPICS)
    parts = [f"{topic.capitalize()} stalls near {place} (report {number})", ""]
    for _ in range(5):
        who = person(rng)
        parts += [f"“We will not accept delays on the {topic},” {who}, the {rng.choice(ROLES)}, "
                  f"{rng.choice(VERBS)} on {rng.choice(['Monday', 'Tuesday', 'Thursday'])}. "
                  + paragraph(rng, place, topic, 4), ""]
    parts.append(f"At least {rng.randint(2, 80)} people were killed and {rng.randint(5, 300)} injured in {place}.")
    return "\n".join(parts)


def generate(folder: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for number in range(n):
        sub = folder / f"batch-{number // 500:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        if number % 2:
            (sub / f"report-{number:05d}.txt").write_text(plain(rng, number), encoding="utf-8")
        else:
            (sub / f"briefing-{number:05d}.md").write_text(curated(rng, number), encoding="utf-8")


@dataclass(frozen=True)
class Run:
    seconds: float
    rss_mb: float
    said: str = ""  # its stderr
    cpu: float = 0.0  # CPU seconds of the command and the worker processes it waited for


def run(command: list[str], env: dict[str, str]) -> Run:
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    said = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode:
        sys.exit(f"{' '.join(command)} failed ({proc.returncode}): {said}")
    return Run(seconds, usage.ru_maxrss / 1024, said, usage.ru_utime + usage.ru_stime)


def xdg(home: Path) -> dict[str, str]:
    env = {**os.environ, "XDG_DATA_HOME": str(home / "data"), "XDG_CACHE_HOME": str(home / "cache"),
           "XDG_CONFIG_HOME": str(home / "config")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: pip compiles the modules when it installs them
    return env


def warm(commands: dict[str, list[str]], homes: dict[str, Path], repeat: int) -> dict[tuple[str, str], list[Run]]:
    """Each command `repeat` times on each home, interleaved, so a busy machine slows both sides alike."""
    runs: dict[tuple[str, str], list[Run]] = {}
    for _ in range(repeat):
        for figure, command in commands.items():
            for label, home in homes.items():
                runs.setdefault((figure, label), []).append(run(command, xdg(home)))
    return runs


PROGRESS_TOTAL = re.compile(r"indexing [\d,]+/([\d,]+) files")
ENTRY = re.compile(r"\d+ actors? · \d+ statements?")  # the second line of every briefing in the list
LISTED = "briefings · enter opens"


def first_paint(cli: str, home: Path, size: tuple[int, int]) -> tuple[float, float, float]:
    """Seconds until the first briefing shows, until the list is checked, and the peak MB."""
    env = {k: v for k, v in xdg(home).items() if k.startswith("XDG_") or k == "PATH"}
    pane = Pane([cli], size, {**env, "TERM": "xterm-256color"})
    try:
        pane.wait_for(lambda text: bool(ENTRY.search(text)), timeout=120)
        first = time.perf_counter() - pane.started
        pane.wait_for(lambda text: LISTED in text, timeout=120)
        return first, time.perf_counter() - pane.started, pane.peak_memory_mb()
    finally:
        pane.close()


def paint_figures(cli: str, homes: dict[str, Path], starts: int, size: tuple[int, int]) -> tuple[float, float]:
    """The library screen's first paint, starts alternating between the libraries; medians."""
    subprocess.run([*TMUX, "new-session", "-d", "-s", "keep"], check=True)
    try:
        runs: dict[str, list[tuple[float, float, float]]] = {label: [] for label in homes}
        for _ in range(starts):
            for label, home in homes.items():
                runs[label].append(first_paint(cli, home, size))
    finally:
        subprocess.run([*TMUX, "kill-server"], capture_output=True)
    print(f"\nlibrary screen, warm index, terminal {size[0]}x{size[1]} (tmux), median of {starts} starts")
    medians = []
    for label, figures in runs.items():
        first, listed = (statistics.median(column) for column in list(zip(*figures, strict=True))[:2])
        medians.append(first)
        print(f"{label:<14} first title {first * 1000:5.0f} ms   listed {listed * 1000:5.0f} ms"
              f"   peak RSS {max(r[2] for r in figures):4.0f} MB")
    print(f"first paint ratio: {medians[1] / medians[0]:.2f}x (target <= 1.5x; peak RSS target <= 250 MB)")
    return medians[1] / medians[0], max(r[2] for r in runs[list(homes)[1]])


def spinner() -> subprocess.Popen[bytes]:
    """A process that keeps one core busy until killed."""
    return subprocess.Popen([sys.executable, "-c", "while True: pass"])


def first_index(cli: list[str], home: Path, label: str, interrupt_after: float) -> tuple[float, bool]:
    """Time the first index; if `interrupt_after`, ctrl+c it then, and time the run that resumes. The seconds
    of both together, and whether the second resumed (read fewer files than there are)."""
    interrupted = interrupted_cpu = 0.0
    if interrupt_after:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu_before = usage.ru_utime + usage.ru_stime
        started = time.perf_counter()
        # ctrl+c as a terminal sends it; SIGINT as it should be, though a shell may have started us ignoring it.
        proc = subprocess.Popen([*cli, "list", "--json"], env=xdg(home), stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        time.sleep(interrupt_after)
        proc.send_signal(signal.SIGINT)
        _, said = proc.communicate()
        interrupted = time.perf_counter() - started
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # its workers', as the one child reaped so far
        interrupted_cpu = usage.ru_utime + usage.ru_stime - cpu_before
        lines = said.decode().replace("\r", "\n").strip().splitlines()
        print(f"first index, {label}: interrupted after {interrupted:.1f} s (exit {proc.returncode}); "
              f"its last lines: {' | '.join(lines[-2:]) or '(nothing said)'}")
    first = run([*cli, "list", "--json"], xdg(home))
    lines = first.said.replace("\r", "\n").strip().splitlines()
    print(f"first index, {label}{' (resumed)' if interrupt_after else ''}: {first.seconds:.1f} s, "
          f"peak RSS {first.rss_mb:.0f} MB, index {index_size(home):.1f} MB"
          + (f"; progress: {lines[0]} ... {lines[-1]}" if lines else ""))
    cpu = interrupted_cpu + first.cpu
    if label != "bundled":
        print(f"first index, {label}: {interrupted + first.seconds:.0f} s in all; CPU {cpu:.0f} s (workers included): "
              f"{cpu / 2:.0f} s on two free cores")
    totals = [int(m[1].replace(",", "")) for m in map(PROGRESS_TOTAL.search, lines[:1]) if m]
    return interrupted + first.seconds, bool(interrupt_after) and bool(totals) and totals[0] < files_in(home)


def hits_in(cli: list[str], home: Path, word: str) -> tuple[set[str], float]:
    started = time.perf_counter()
    out = subprocess.run([*cli, "search", word, "--json"], env=xdg(home), capture_output=True, text=True,
                         check=True).stdout
    return {hit["path"] for hit in json.loads(out)}, time.perf_counter() - started


def change_checks(cli: list[str], home: Path, n: int) -> dict[str, bool]:
    """Add, edit in place, delete: does the next search see each, and how long does it take?"""
    folder = home / "data" / "briefing" / "briefings" / "batch-000"
    seen: dict[str, bool] = {}
    print(f"\nchanges at N={n}, each followed by the next `briefing search`:")
    added = folder / "zz-added.md"
    added.write_text("# Added late\n\nThe quartermaster signed the ledger.\n", encoding="utf-8")
    paths, seconds = hits_in(cli, home, "quartermaster")
    seen["added"] = str(added) in paths
    print(f"  file added:                         seen {seen['added']}   ({seconds * 1000:.0f} ms)")
    os.utime(folder, (time.time() - 3600,) * 2)  # as between two commands: not just written
    hits_in(cli, home, "ledger")
    mtime = folder.stat().st_mtime_ns
    added.write_text(added.read_text(encoding="utf-8").replace("quartermaster", "harbourmaster"), encoding="utf-8")
    print(f"  edited in place (folder mtime the same: {folder.stat().st_mtime_ns == mtime}):")
    paths, seconds = hits_in(cli, home, "quartermaster")
    seen["edited in place"] = str(added) not in paths
    print(f"    the removed word's hit gone:      {str(added) not in paths}   ({seconds * 1000:.0f} ms)")
    paths, seconds = hits_in(cli, home, "harbourmaster")
    seen["edited in place"] &= str(added) in paths
    print(f"    the new word found:               {str(added) in paths}   ({seconds * 1000:.0f} ms)")
    added.write_text(added.read_text(encoding="utf-8") + "\nA lighthouse keeper waved.\n", encoding="utf-8")
    started = time.perf_counter()
    searches, paths = 0, set()
    while str(added) not in paths and time.perf_counter() - started < 120:
        paths, _ = hits_in(cli, home, "lighthouse")
        searches += 1
    print(f"    a word added where no hit looks:  seen by search #{searches}, "
          f"{time.perf_counter() - started:.1f} s after the edit (the background sweep)")
    added.unlink()
    paths, seconds = hits_in(cli, home, "harbourmaster")
    seen["deleted"] = str(added) not in paths
    print(f"  file deleted:                       gone {seen['deleted']}   ({seconds * 1000:.0f} ms)")
    return seen


def files_in(home: Path) -> int:
    return sum(1 for _ in (home / "data" / "briefing" / "briefings").rglob("*.*"))


def index_size(home: Path) -> float:
    return sum(p.stat().st_size for p in (home / "cache").rglob("*") if p.is_file()) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="synthetic briefings (default 10000)")
    parser.add_argument("--repeat", type=int, default=7, help="warm runs per figure (median and best)")
    parser.add_argument("--starts", type=int, default=5, help="TUI starts per library for the first paint (0: skip)")
    parser.add_argument("--size", default="120x40", help="terminal size for the first paint")
    parser.add_argument("--busy", "--spin", action="store_true", help="keep the second core busy with a spinner")
    parser.add_argument("--interrupt-after", type=float, default=20, metavar="S",
                        help="ctrl+c the first index after S seconds (default 20; 0: never), then time the resume")
    parser.add_argument("--library", type=Path, metavar="DIR", help="generate the briefings here once, and reuse")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep the homes (and their indexes) here")
    args = parser.parse_args()
    spinning = spinner() if args.busy else None
    try:
        measure(args)
    finally:
        if spinning:
            spinning.kill()


GOALS = {"first index": 600.0, "ratio": 1.5, "peak TUI MB": 250.0}


def briefings_folder(home: Path, n: int, library: Path | None) -> None:
    """The user's briefings folder of `home`: N generated there, or a link to `library` (generated once)."""
    folder = home / "data" / "briefing" / "briefings"
    folder.parent.mkdir(parents=True, exist_ok=True)
    if library is None:
        generate(folder, n)
        return
    done = library / f".generated-{n}"
    if not done.exists():
        shutil.rmtree(library, ignore_errors=True)
        generate(library, n)
        done.touch()
    folder.symlink_to(library.resolve(), target_is_directory=True)


def measure(args: argparse.Namespace) -> None:
    script = Path(sys.executable).with_name("briefing")
    cli = [str(script)] if script.exists() else [sys.executable, "-m", "briefing"]
    commands = {"warm list --json": [*cli, "list", "--json"], "warm list --limit 50": [*cli, "list", "--limit", "50"]}
    for query in ("ceasefire", f"actor:{LAST[3]}", "section:statements trucks"):
        commands[f"warm search {query!r}"] = [*cli, "search", query, "--json"]
    with tempfile.TemporaryDirectory(prefix="bench-library-") as tmp:
        top = args.keep or Path(tmp)
        homes = {"bundled": top / "bundled", f"N={args.n}": top / "big"}
        for home in homes.values():
            shutil.rmtree(home, ignore_errors=True)
        big = homes[f"N={args.n}"]
        started = time.perf_counter()
        briefings_folder(big, args.n, args.library)
        print(f"generated {args.n} briefings in {time.perf_counter() - started:.1f} s"
              + (f" (in {args.library}, kept)" if args.library else ""))
        print(f"second core {'busy (a spinner of our own)' if args.busy else 'as the machine has it'}")
        first_index(cli, homes["bundled"], "bundled", 0)
        index_seconds, resumed = first_index(cli, big, f"N={args.n}", args.interrupt_after)
        runs = warm(commands, homes, args.repeat)
        print(f"\n{'':<36}" + "".join(f"{label:>24}" for label in homes) + "   ratio (median)")
        ratios: dict[str, float] = {}
        for figure in commands:
            cells, medians = [], []
            for label in homes:
                times = [r.seconds * 1000 for r in runs[figure, label]]
                medians.append(statistics.median(times))
                cells.append(f"{medians[-1]:6.0f} ms (best {min(times):4.0f})")
            rss = max(r.rss_mb for label in homes for r in runs[figure, label])
            ratios[figure] = medians[1] / medians[0]
            print(f"{figure:<36}" + "".join(f"{c:>24}" for c in cells) + f"   {ratios[figure]:.2f}x"
                  f"   peak RSS {rss:.0f} MB")
        paint: tuple[float, float] | None = None
        if args.starts and shutil.which("tmux") and script.exists():
            width, height = (int(n) for n in args.size.split("x"))
            paint = paint_figures(str(script), homes, args.starts, (width, height))
        elif args.starts:
            print("\nfirst paint: skipped (needs tmux and the briefing script)")
        seen = change_checks(cli, big, args.n)
        done_when(args, index_seconds, resumed, ratios, paint, seen)
        if not args.keep:
            shutil.rmtree(big, ignore_errors=True)


def done_when(args: argparse.Namespace, index_seconds: float, resumed: bool, ratios: dict[str, float],
              paint: tuple[float, float] | None, seen: dict[str, bool]) -> None:
    """Issue 15's "Done when", each figure against its goal."""
    def line(what: str, figure: str, ok: bool) -> None:
        print(f"  {'ok  ' if ok else 'MISS'} {what:<50} {figure}")

    print(f"\ndone when (N={args.n}, second core {'busy' if args.busy else 'as the machine has it'}):")
    line("first index <= 600 s", f"{index_seconds:.0f} s", index_seconds <= GOALS["first index"])
    if args.interrupt_after:
        line("a second run after an interrupt resumes", str(resumed), resumed)
    for figure, ratio in ratios.items():
        if "search" in figure or "--limit" in figure:
            line(f"{figure.removeprefix('warm ')} <= 1.5x", f"{ratio:.2f}x", ratio <= GOALS["ratio"])
    if paint:
        line("library first paint <= 1.5x", f"{paint[0]:.2f}x", paint[0] <= GOALS["ratio"])
        line("TUI peak memory <= 250 MB", f"{paint[1]:.0f} MB", paint[1] <= GOALS["peak TUI MB"])
    for change, ok in seen.items():
        line(f"next search after a file {change} sees it", str(ok), ok)


if __name__ == "__main__":
    main()
