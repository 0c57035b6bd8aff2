"""Content is data: control characters become visible placeholders before they reach a terminal."""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, and the C1 controls (0x9b is a one-byte CSI).
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␛ for ESC, ␀ for NUL, ...
    if code == 0x7F:
        return "␡"
    return "\ufffd"


def visible(text: str) -> str:
    """'\\x1b[31mred' -> '␛[31mred': shown, never obeyed."""
    return CONTROL.sub(_picture, text)


def json_safe(dumped: str) -> str:
    """JSON escapes C0 itself; escape DEL and C1 too, so JSON output is safe to print raw."""
    return re.sub(r"[\x7f-\x9f]", lambda m: f"\\u{ord(m.group()):04x}", dumped)
