"""Front-matter values the format forbids: one line naming file, line and fix, the same in every command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def briefing(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True, text=True, timeout=60)


def write(folder: Path, front: str, name: str = "bad.md") -> Path:
    path = folder / name
    path.write_text(f"---\ntitle: Talks\n{front}\n---\nThe talks resumed on Friday.\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("front", "message"), [
    ("date: 2026-02-30", "bad.md:3: date '2026-02-30' is not a real date; fix: YYYY-MM-DD"),
    ("date: 2026-13-45", "bad.md:3: date '2026-13-45' is not a real date; fix: YYYY-MM-DD"),
    ("date: 2026-01-05T25:00:00", "bad.md:3: date '2026-01-05T25:00:00' is not a real date; fix: YYYY-MM-DD"),
    ("date: tomorrow", "bad.md:3: date 'tomorrow' is not a date; fix: YYYY-MM-DD"),
    ("sources: 5", "bad.md:3: sources must be a list of names, not 5; fix: sources: [Harbour Wire, "
                   "https://example.org/report]"),
    ("tags: {a: 1}", "bad.md:3: tags must be a list of names, not a mapping; fix: tags: [talks, ports]"),
])
@pytest.mark.parametrize("command", [["sections"], ["sections", "--json"], []])
def test_a_forbidden_value_is_one_line_and_exit_2(tmp_path: Path, front: str, message: str,
                                                 command: list[str]) -> None:
    path = write(tmp_path, front)
    out = briefing(*command, str(path))
    assert out.returncode == 2
    assert out.stderr == f"{path.parent}/{message}\n"
    assert out.stdout == ""


def test_check_reports_every_problem_of_every_file(tmp_path: Path) -> None:
    write(tmp_path, "date: 2026-02-30\nsources: 5\nfictional: maybe")
    write(tmp_path, "tags: [talks, [nested]]", "other.md")
    out = briefing("check", str(tmp_path))
    assert out.returncode == 1
    assert out.stdout.splitlines() == [
        f"{tmp_path}/bad.md:3: date '2026-02-30' is not a real date; fix: YYYY-MM-DD",
        f"{tmp_path}/bad.md:4: sources must be a list of names, not 5; fix: sources: [Harbour Wire, "
        "https://example.org/report]",
        f"{tmp_path}/bad.md:5: fictional must be true or false, not 'maybe'; fix: fictional: true",
        f"{tmp_path}/other.md:3: tags item 2 must be a name, not a list; fix: tags: [talks, ports]",
    ]
    assert "4 problems in 2 files" in out.stderr


def test_list_skips_the_file_and_check_names_the_problem(tmp_path: Path) -> None:
    path = write(tmp_path, "date: 2026-02-30")
    listed = briefing("list", str(tmp_path))
    assert listed.returncode == 0
    assert f"{path}:3: date '2026-02-30' is not a real date" in listed.stderr
    assert briefing("check", str(path)).returncode == 1


@pytest.mark.parametrize("front", ["date: 2026-05-01", "date: '2026-05-01'", "date: 2026-05-01T10:30:00",
                                   "date: 2026-05-01 10:30:00+02:00", "title: 2025", "sources: Wire, Agency",
                                   "tags:", "fictional: false"])
def test_values_the_format_allows_load(tmp_path: Path, front: str) -> None:
    out = briefing("check", str(write(tmp_path, front)))
    assert (out.returncode, out.stdout) == (0, "")
