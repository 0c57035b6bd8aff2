"""The bundled briefings, as a user gets them from the real command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from briefing.document.load import load_briefing

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "briefing" / "content"


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing", *args], cwd=ROOT, capture_output=True, text=True,
                          check=False)


def sections(name: str) -> dict[str, Any]:
    result = run_cli("sections", str(CONTENT / name), "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_bundled_briefings_pass_check() -> None:
    result = run_cli("check", str(CONTENT))
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(list(CONTENT.glob("*.md"))) >= 3


def test_istanbul_briefing_has_full_sections() -> None:
    s = sections("istanbul-talks-2025-05.md")
    persons = [a for a in s["actors"] if a["kind"] == "person" and a["role"]]
    assert len(persons) >= 12
    assert {"state", "organization"} <= {a["kind"] for a in s["actors"]}
    statements = s["statements"]
    assert len(statements) >= 10
    assert sum(1 for st in statements if st["speaker"]) >= 0.9 * len(statements)
    assert any(st["direct"] for st in statements) and any(not st["direct"] for st in statements)
    assert len(s["casualties"]) >= 3
    assert all(c["min"] is not None or c["max"] is not None for c in s["casualties"])
    assert len(s["next_steps"]) >= 6
    assert all(n["status"] for n in s["next_steps"])


def test_every_speaker_in_istanbul_briefing_is_a_listed_actor() -> None:
    s = sections("istanbul-talks-2025-05.md")
    names = {a["name"] for a in s["actors"]}
    assert {st["speaker"] for st in s["statements"] if st["speaker"]} <= names


def test_exercise_is_marked_fictional_and_uses_every_status_that_matters() -> None:
    path = CONTENT / "exercise-northbridge-flood.md"
    assert load_briefing(path).fictional
    listed = run_cli("list", str(path), "--json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout)[0]["title"].startswith("EXERCISE")
    s = sections(path.name)
    statuses = {n["status"] for n in s["next_steps"]}
    assert {"postponed", "ruled out"} <= statuses
    assert {a["kind"] for a in s["actors"]} == {"person", "organization", "state", "group"}
    casualties = s["casualties"]
    assert any(c["min"] is not None and c["max"] is not None and c["min"] < c["max"] for c in casualties)
    assert any(c["min"] is None for c in casualties)  # "up to"
    assert {"killed", "injured", "missing", "displaced", "detained"} <= {c["kind"] for c in casualties}
