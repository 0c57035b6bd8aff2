"""Printing content safely: text with control characters made visible, JSON with C1 escaped."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
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


def emit_json_stream(items: Iterable[Any]) -> None:
    """A JSON array written an item at a time, as `emit_json_compact` would write it whole."""
    write = sys.stdout.write
    separator = "["
    for item in items:
        write(separator + json_safe(json.dumps(item, ensure_ascii=False)))
        separator = ", "
    write("[]\n" if separator == "[" else "]\n")


def positive(text: str) -> int:
    """argparse's type for --limit N."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, not '{text}'")
    return int(text)
