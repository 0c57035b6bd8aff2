"""A briefing holding direction overrides ("Trojan Source"): shown as placeholders, escaped in JSON, noted once,
and read by the analysis as written."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ARTICLE = "Port talks\n\nMr Novak said: \u201cWe will \u202eNOT\u202c sign the deal.\u201d\n"


def briefing(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True, text=True, timeout=60)


def test_text_output_shows_placeholders_and_one_notice(tmp_path: Path) -> None:
    path = tmp_path / "novak.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    out = briefing("sections", str(path))
    assert out.returncode == 0
    assert "\u202e" not in out.stdout + out.stderr and "\u202c" not in out.stdout + out.stderr
    assert "We will \ufffdNOT\ufffd sign the deal." in out.stdout
    assert out.stderr.count("invisible") == 1
    assert "holds 2 invisible direction marks" in out.stderr


def test_json_escapes_them_and_the_analysis_reads_the_text_as_written(tmp_path: Path) -> None:
    path = tmp_path / "novak.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    out = briefing("sections", str(path), "--json")
    assert "\u202e" not in out.stdout and "\\u202e" in out.stdout
    statements = json.loads(out.stdout)["statements"]
    assert [(s["speaker"], s["text"]) for s in statements] == [("Novak", "We will \u202eNOT\u202c sign the deal.")]
