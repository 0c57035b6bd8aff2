"""Printing content safely: text with control characters made visible, JSON with C1 escaped."""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from briefing.safe_text import json_safe, visible


def say(text: str = "", stream: TextIO | None = None) -> None:
    print(visible(text), file=stream or sys.stdout)


def warn(text: str) -> None:
    say(text, sys.stderr)


def emit_json(data: Any) -> None:
    sys.stdout.write(json_safe(json.dumps(data, ensure_ascii=False, indent=1)) + "\n")


def emit_json_compact(data: Any) -> None:
    """JSON on one line: `indent=` would force json's pure-Python encoder, far too slow for 10,000 entries."""
    sys.stdout.write(json_safe(json.dumps(data, ensure_ascii=False)) + "\n")
