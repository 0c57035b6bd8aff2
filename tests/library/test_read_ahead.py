"""`briefing PATH` reads a short file in a child process while Textual imports: what comes back is what reading
the file here gives, its error is the same one line, and a child that gives out is never the user's problem.

Each case runs in a fresh interpreter: a fork copies the process, and the test process may have threads."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

HARBOUR = Path(__file__).resolve().parent.parent / "tui" / "fixtures" / "harbour-talks.md"
PRELUDE = """\
import os, shutil, time
from pathlib import Path
import briefing.library.opening as opening
from briefing.errors import BriefingError
from briefing.library.read_ahead import ReadAheadFailed, read_ahead
"""


def run(code: str, cache: Path, path: Path = HARBOUR) -> str:
    """The last line `code` prints, run in a fresh interpreter with `path` bound (the read-ahead imported)."""
    script = PRELUDE + f"path = Path({str(path)!r})\n" + textwrap.dedent(code)
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    return done.stdout.strip().splitlines()[-1]


def test_a_short_file_comes_back_as_reading_it_here_gives_it(tmp_path: Path) -> None:
    assert run("""
        drafts = []
        here = opening.open_in_stages(path, drafts.append)
        shutil.rmtree(os.environ["XDG_CACHE_HOME"])  # nothing kept: the child reads the file
        ahead = read_ahead(path)
        draft, whole = ahead.first()
        print(not whole, draft == drafts[0], ahead.rest(path, None, lambda: True) == here)
    """, tmp_path / "cache") == "True True True"


def test_a_file_opened_before_comes_back_whole(tmp_path: Path) -> None:
    assert run("""
        here = opening.open_in_stages(path)  # kept in the cache dir
        ahead = read_ahead(path)
        briefing, whole = ahead.first()
        print(whole, briefing == here, ahead.rest(path, None, lambda: True) == here)
    """, tmp_path / "cache") == "True True True"


def test_a_bad_file_raises_its_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "open.md"
    bad.write_text("---\ntitle: never closed\n", encoding="utf-8")
    said = run("""
        try:
            read_ahead(path).first()
        except BriefingError as exc:
            print(repr(exc.render()))
    """, tmp_path / "cache", bad)
    assert str(bad) in said and "front matter is not closed" in said


def test_a_child_that_gives_out_leaves_the_file_to_be_read_here(tmp_path: Path) -> None:
    # A bug in the child (not a bad file): the parent is told, and `rest` reads the file itself.
    assert run("""
        real = opening.open_in_stages
        opening.open_in_stages = lambda path, show_draft=None: 1 / 0
        ahead = read_ahead(path)
        try:
            ahead.first()
        except ReadAheadFailed:
            opening.open_in_stages = real
            print("failed;", ahead.rest(path, None, lambda: True).title)
    """, tmp_path / "cache") == "failed; Ministers meet at the harbour conference"


def test_a_long_file_is_not_read_ahead(tmp_path: Path) -> None:
    long = tmp_path / "long.md"
    long.write_text("# Long\n\n" + "The talks went on. " * 20_000, encoding="utf-8")
    assert run("print(read_ahead(path))", tmp_path / "cache", long) == "None"


def test_no_child_is_left_behind_when_the_reader_closes_before_the_analysis_ends(tmp_path: Path) -> None:
    assert run("""
        opening.complete = lambda draft: time.sleep(60)  # an analysis that would take a minute
        ahead = read_ahead(path)
        ahead.first()
        start = time.monotonic()
        ahead.stop()
        try:
            os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            print("reaped", time.monotonic() - start < 5)
    """, tmp_path / "cache") == "reaped True"


def test_the_analysis_waits_until_the_rest_is_asked_for(tmp_path: Path) -> None:
    # The parent asks after its first paint: on a busy machine the analysis would share the CPU with it.
    marker = tmp_path / "analysed"
    assert run(f"""
        real = opening.complete
        def complete(draft):
            Path({str(marker)!r}).touch()
            return real(draft)
        opening.complete = complete
        ahead = read_ahead(path)
        ahead.first()
        time.sleep(0.5)
        before = Path({str(marker)!r}).exists()
        ahead.rest(path, None, lambda: True)
        print(before, Path({str(marker)!r}).exists())
    """, tmp_path / "cache") == "False True"
