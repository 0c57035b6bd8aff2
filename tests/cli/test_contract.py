"""The CLI contract other tools rely on: JSON shapes, exit codes, one-line errors on stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

CURATED = """---
id: demo
title: Demo talks
date: 2025-05-16
place: Istanbul
---
## Actors
- **Hakan Fidan** — Turkish foreign minister; aka: Mr Fidan

## Statements
- **Hakan Fidan**: “A window of opportunity.” — in Antalya

## Casualties
- **killed**: at least 5 civilians; period: the past day

## Next steps
- Talks resume; when: Friday; who: Hakan Fidan; status: planned
"""


def briefing(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=60)


@pytest.fixture
def curated(tmp_path: Path) -> Path:
    path = tmp_path / "demo.md"
    path.write_text(CURATED, encoding="utf-8")
    return path


def test_version() -> None:
    out = briefing("--version")
    assert out.returncode == 0 and out.stdout.startswith("briefing ")


def test_sections_json_shape(curated: Path) -> None:
    out = briefing("sections", str(curated), "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) == {"actors", "statements", "casualties", "next_steps"}
    assert {"id", "name", "kind", "role", "aliases"} <= set(data["actors"][0])
    assert {"id", "speaker", "text", "direct"} <= set(data["statements"][0])
    assert {"kind", "min", "max", "group", "place", "period", "source", "text"} <= set(data["casualties"][0])
    assert {"text", "actors", "when"} <= set(data["next_steps"][0])
    assert data["statements"][0]["speaker"] == "Hakan Fidan"
    assert (data["casualties"][0]["min"], data["casualties"][0]["max"]) == (5, None)


def test_sections_text_is_readable(curated: Path) -> None:
    out = briefing("sections", str(curated))
    assert out.returncode == 0
    assert "Hakan Fidan: “A window of opportunity.”" in out.stdout
    assert "killed: at least 5 civilians" in out.stdout


def test_list_json(curated: Path) -> None:
    out = briefing("list", str(curated.parent), "--json")
    assert out.returncode == 0, out.stderr
    (entry,) = json.loads(out.stdout)
    assert entry["title"] == "Demo talks" and entry["path"] == str(curated)
    assert entry["counts"] == {"actors": 1, "statements": 1, "casualties": 1, "next_steps": 1}


def test_list_skips_bad_files_and_says_how_many(tmp_path: Path, curated: Path) -> None:
    (tmp_path / "binary.md").write_bytes(b"\x00\x01\x02")
    out = briefing("list", str(tmp_path), "--json")
    assert out.returncode == 0
    assert len(json.loads(out.stdout)) == 1
    assert "skipped 1 file" in out.stderr


@pytest.mark.parametrize("args", [("sections", "{missing}"), ("sections", "{binary}"), ("list", "{missing}"),
                                  ("check", "{missing}"), ("sections",), ("frobnicate", "x")])
def test_bad_input_is_one_line_exit_2(tmp_path: Path, args: tuple[str, ...]) -> None:
    binary = tmp_path / "b.md"
    binary.write_bytes(b"\x00\xff\x00")
    real = [a.format(missing=tmp_path / "missing.md", binary=binary) for a in args]
    out = briefing(*real)
    assert out.returncode == 2
    assert out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert "Traceback" not in out.stderr
    if "{missing}" in args or "{binary}" in args:
        assert str(tmp_path) in lines[0]


def test_check_ok_and_findings(tmp_path: Path, curated: Path) -> None:
    assert briefing("check", str(curated)).returncode == 0
    bad = tmp_path / "bad.md"
    bad.write_text("## Actors\n- **Ann** — mayor; colour: red\n", encoding="utf-8")
    out = briefing("check", str(bad), str(curated))
    assert out.returncode == 1
    assert out.stdout.strip() == f"{bad}:2: unknown field 'colour' in an actor item (known: kind, aka, role)"


def test_control_characters_never_reach_the_terminal(tmp_path: Path) -> None:
    path = tmp_path / "evil.md"
    path.write_text("---\ntitle: \"Evil \\e[31mred \\x9b2J\"\n---\n## Statements\n- **Eve**: “\x1b]0;pwned\x07”\n",
                    encoding="utf-8")
    for args in (("sections", str(path)), ("sections", str(path), "--json"), ("list", str(tmp_path))):
        out = briefing(*args)
        assert out.returncode == 0, out.stderr
        assert not any(ch in out.stdout for ch in "\x1b\x07\x9b"), args


def test_check_suggests_the_fix(tmp_path: Path) -> None:
    bad = tmp_path / "typos.md"
    bad.write_text("---\ntitel: T\n---\n## Casualties\n- **kiled**: 3 soldiers\n## Next steps\n- Vote; whn: Friday\n"
                   "## Actors\n- Ann Lee — mayor\n", encoding="utf-8")
    lines = briefing("check", str(bad)).stdout.splitlines()
    assert lines == [
        f"{bad}:2: unknown front matter key 'titel'; fix: did you mean 'title'?",
        f"{bad}:5: unknown casualty kind 'kiled' (known: killed, injured, missing, captured, detained, displaced); "
        "fix: did you mean 'killed'?",
        f"{bad}:7: unknown field 'whn' in a next step item (known: when, who, status); fix: did you mean 'when'?",
        f"{bad}:9: an actor item must start with a **bold** name; fix: write '- **Name** — role'",
    ]
