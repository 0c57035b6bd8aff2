"""Content is data: control and invisible format characters become visible placeholders before they reach a
terminal, so no escape sequence is obeyed and no direction mark makes a quote read other than it says."""

from __future__ import annotations

import re

# Unicode's format characters (category Cf, as of Unicode 15.1): soft hyphen, Arabic number signs, zero-width
# spaces and joiners, direction marks, embeddings, overrides and isolates, word joiner, BOM, tags.
# tests/test_safe_text.py checks that this covers every Cf character Python's unicodedata knows.
FORMAT_CLASS = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
)
# C0 controls except tab and newline, DEL, the C1 controls (0x9b is a one-byte CSI), and the format characters.
UNSAFE = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f\\x80-\\x9f{FORMAT_CLASS}]")
# What JSON output escapes beyond C0 (which json.dumps escapes itself).
JSON_UNSAFE = re.compile(f"[\\x7f-\\x9f{FORMAT_CLASS}]")
FORMAT = re.compile(f"[{FORMAT_CLASS}]")
# The ones that reorder what follows them ("Trojan Source"): marks, embeddings, overrides, isolates.
DIRECTION = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
FORMAT_PLACEHOLDER = "\ufffd"


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␛ for ESC, ␀ for NUL, ...
    if code == 0x7F:
        return "␡"
    return FORMAT_PLACEHOLDER  # a C1 control or a format character: one character for one, so offsets hold


def visible(text: str) -> str:
    """'\\x1b[31mred' -> '␛[31mred', 'a\\u202eb' -> 'a\\ufffdb': shown, never obeyed; the length is kept."""
    return UNSAFE.sub(_picture, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code > 0xFFFF:  # JSON spells a character outside the BMP as its UTF-16 surrogate pair
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def json_safe(dumped: str) -> str:
    """JSON escapes C0 itself; escape DEL, C1 and format characters too, so JSON output is safe to print raw
    and still says exactly what the file holds."""
    return JSON_UNSAFE.sub(_escape, dumped)


def invisible_notice(text: str) -> str:
    """'a\\u202eb\\u200bc' -> 'holds 1 invisible direction mark and 1 other invisible format character, shown as
    \\ufffd'; '' when there are none. Said once per document."""
    total = len(FORMAT.findall(text))
    if not total:
        return ""
    direction = len(DIRECTION.findall(text))
    parts = []
    if direction:
        parts.append(f"{direction} invisible direction mark{'s' if direction != 1 else ''}")
    others = total - direction
    if others:
        what = "other invisible format character" if direction else "invisible format character"
        parts.append(f"{others} {what}{'s' if others != 1 else ''}")
    return f"holds {' and '.join(parts)} (shown as {FORMAT_PLACEHOLDER})"
