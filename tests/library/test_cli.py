"""`briefing list` and `briefing search` as a user runs them: JSON shapes, exit codes, messages."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli.indexing import ProgressLine
from briefing.library.index import Library
from briefing.library.progress import rate_and_left
from briefing.paths import bundled_content, cache_dir, config_dir, user_briefings

HIT_KEYS = {"briefing", "path", "section", "item", "snippet", "score"}


def briefing(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True, text=True, timeout=120,
                          env=os.environ.copy())


@pytest.fixture
def users_shelf(shelf: Path) -> Path:
    """The test briefings dropped into the user's briefings folder."""
    user_briefings().mkdir(parents=True, exist_ok=True)
    for path in shelf.iterdir():
        (user_briefings() / path.name).write_bytes(path.read_bytes())
    return user_briefings()


def test_list_shows_the_bundled_and_the_users_briefings(users_shelf: Path) -> None:
    out = briefing("list", "--json")
    assert out.returncode == 0, out.stderr
    paths = {e["path"] for e in json.loads(out.stdout)}
    assert str(users_shelf / "talks.md") in paths
    assert any(p.startswith(str(bundled_content())) for p in paths)
    assert out.stderr == ""  # a small library indexes silently


def test_a_bundled_briefing_the_user_has_a_copy_of_is_listed_once_as_the_copy() -> None:
    """`e` on a bundled briefing makes the user's copy (tui/editing.py): the library shows that, not both."""
    before = json.loads(briefing("list", "--json").stdout)
    welcome = [e["path"] for e in before if Path(e["path"]).name == "welcome.md"]
    assert welcome == [str(bundled_content() / "welcome.md")]
    user_briefings().mkdir(parents=True, exist_ok=True)
    (user_briefings() / "welcome.md").write_bytes((bundled_content() / "welcome.md").read_bytes())
    after = json.loads(briefing("list", "--json").stdout)
    assert [e["path"] for e in after if Path(e["path"]).name == "welcome.md"] == [str(user_briefings() / "welcome.md")]
    assert len(after) == len(before)


def test_list_includes_folders_from_the_config(shelf: Path) -> None:
    config_dir().mkdir(parents=True, exist_ok=True)
    (config_dir() / "config.toml").write_text(f"folders = [{json.dumps(str(shelf))}]\n", encoding="utf-8")
    titles = {e["title"] for e in json.loads(briefing("list", "--json").stdout)}
    assert {"Talks in Istanbul", "Flood on the river", "Harbour strike ends"} <= titles


def test_a_folder_given_is_listed_alone_and_does_not_join_the_library(shelf: Path) -> None:
    given = json.loads(briefing("list", str(shelf), "--json").stdout)
    assert sorted(e["id"] for e in given) == ["flood", "harbour", "talks"]
    library = json.loads(briefing("list", "--json").stdout)
    assert not any(e["path"].startswith(str(shelf)) for e in library)


def test_search_json_shape_best_first(users_shelf: Path) -> None:
    out = briefing("search", "ceasefire", "--json")
    assert out.returncode == 0, out.stderr
    hits = json.loads(out.stdout)
    assert hits and all(set(h) == HIT_KEYS for h in hits)
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
    mine = [h for h in hits if h["path"] == str(users_shelf / "talks.md")]
    assert {h["section"] for h in mine} == {"statements", "text"}


def test_search_filters_and_limit(users_shelf: Path) -> None:
    hits = json.loads(briefing("search", "actor:umerov", "section:statements", "--json", "--limit", "5").stdout)
    said = "Rustem Umerov: We came for a ceasefire. — after the session"
    assert [(h["briefing"], h["snippet"]) for h in hits] == [("talks", said)]
    assert len(json.loads(briefing("search", "the", "--json", "--limit", "1").stdout)) == 1


def test_search_text_output_marks_the_match(users_shelf: Path) -> None:
    out = briefing("search", "levee", "section:statements")
    assert out.returncode == 0
    assert "The [levee] held where it was repaired." in out.stdout
    assert str(users_shelf / "flood.md") in out.stdout


def test_no_hits_is_not_an_error(users_shelf: Path) -> None:
    out = briefing("search", "zeppelin", "--json")
    assert (out.returncode, json.loads(out.stdout)) == (0, [])


@pytest.mark.parametrize("args", [("search", "*"), ("search", "section:quotez", "x"), ("search", "actor:"),
                                  ("search", "x", "--limit", "0"), ("search",)])
def test_a_bad_query_is_one_line_and_exit_2(args: tuple[str, ...]) -> None:
    out = briefing(*args)
    assert out.returncode == 2
    assert out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr


def test_fts5_syntax_in_a_query_is_no_error(users_shelf: Path) -> None:
    for query in ('"ceasefire', "NEAR(ceasefire", "ceasefire*", "-levee", "a:b AND"):
        out = briefing("search", "--json", "--", query)  # '--': a query may start with '-'

        assert out.returncode == 0, (query, out.stderr)


def test_a_corrupt_index_is_rebuilt_silently(users_shelf: Path) -> None:
    assert briefing("list").returncode == 0
    index = cache_dir() / "index.sqlite3"
    assert index.exists()
    index.write_bytes(b"\x00garbage" * 512)
    out = briefing("list", "--json")
    assert out.returncode == 0, out.stderr
    assert str(users_shelf / "talks.md") in {e["path"] for e in json.loads(out.stdout)}


def test_skipped_files_are_counted_for_search_too(users_shelf: Path) -> None:
    (users_shelf / "empty.md").write_text("", encoding="utf-8")
    out = briefing("search", "levee", "--json")
    assert out.returncode == 0
    assert "skipped 1 file that could not be read" in out.stderr


def test_list_leaves_the_index_warm_so_the_next_start_parses_nothing(users_shelf: Path) -> None:
    assert briefing("list").returncode == 0
    with Library() as library:
        done = library.refresh()
    assert done.files >= 3 and done.parsed == 0


def test_slow_indexing_says_how_far_how_fast_and_how_long_is_left() -> None:
    stream = io.StringIO()
    progress = ProgressLine(stream)
    progress(10, 100)
    assert stream.getvalue() == ""  # the first second stays quiet
    progress.started -= 2
    for done in range(20, 101, 10):
        progress(done, 100)
    progress.finish()
    first, last = stream.getvalue().splitlines()  # in a log: a line now and then, and the last one
    assert first == "briefing: indexing 20/100 files · 10 files/s, 8 s left"
    assert last.startswith("briefing: indexing 100/100 files")
    small = io.StringIO()
    quiet = ProgressLine(small)
    quiet.started -= 2
    quiet(6, 6)
    assert small.getvalue() == ""  # a small library indexes silently, however slow the machine


def test_time_left_in_minutes() -> None:
    assert rate_and_left(1_000, 100_000, 10.0) == "100 files/s, 16 min 30 s left"


def test_search_sees_a_file_edited_in_place_and_one_deleted(users_shelf: Path) -> None:
    assert json.loads(briefing("search", "levee", "--json").stdout)  # the index is warm now
    os.utime(users_shelf, (0, 0))  # an old folder, as between two commands of a day
    talks = users_shelf / "talks.md"
    talks.write_text(talks.read_text(encoding="utf-8").replace("Observers", "drawbridge"),
                     encoding="utf-8")  # rewritten in place: the folder stays as it was
    assert users_shelf.stat().st_mtime == 0
    assert json.loads(briefing("search", "observers", "--json").stdout) == []  # the hit's file is checked
    hits = json.loads(briefing("search", "drawbridge", "--json").stdout)
    assert {h["path"] for h in hits} == {str(users_shelf / "talks.md")}
    (users_shelf / "talks.md").unlink()
    assert json.loads(briefing("search", "drawbridge", "--json").stdout) == []


def test_list_limit_gives_the_newest(users_shelf: Path) -> None:
    every = json.loads(briefing("list", "--json").stdout)
    newest = json.loads(briefing("list", "--json", "--limit", "2").stdout)
    assert newest == every[:2] and len(every) > 2
    assert briefing("list", "--limit", "0").returncode == 2


def test_a_search_starts_a_sweep_that_the_next_search_uses(users_shelf: Path) -> None:
    assert json.loads(briefing("search", "levee", "--json").stdout)
    os.utime(users_shelf, (0, 0))
    flood = users_shelf / "flood.md"
    flood.write_text(flood.read_text(encoding="utf-8").replace("levee", "dyke"), encoding="utf-8")
    env = {**os.environ, "BRIEFING_SWEEP_SECONDS": "0"}
    hits: list[dict[str, object]] = []
    for _ in range(100):  # each search starts a sweep in the background; a later one sees what it found
        hits = json.loads(subprocess.run([sys.executable, "-m", "briefing", "search", "dyke", "--json"],
                                         capture_output=True, text=True, timeout=120, env=env).stdout)
        if hits:
            break
    assert {h["path"] for h in hits} == {str(flood)}
