"""Briefings written for the views across the library (one per case), and reading the CLI's JSON."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

# Wednesday 14 May 2025 (the date the issue reasons from), and six days on: one envoy, two Ortegas, one toll.
ACROSS = Path(__file__).parent.parent / "fixtures" / "across"
ENVOY = (ACROSS / "envoy.md").read_text(encoding="utf-8")
TOLL = (ACROSS / "toll.md").read_text(encoding="utf-8")


def article(date: str, body: str, title: str = "Talks") -> str:
    return f"---\ntitle: {title}\ndate: {date}\n---\n{body}\n"


Run = Callable[..., tuple[int, str, str]]


def run_json(run: Run, *args: str | Path) -> dict:
    status, out, err = run(*args, "--json")
    assert status == 0, err
    return json.loads(out)
