"""Invisible format characters: every one Unicode knows is shown as a placeholder, escaped in JSON, counted."""

from __future__ import annotations

import json
import sys
import unicodedata

from briefing.safe_text import FORMAT, invisible_notice, json_safe, visible


def test_the_format_table_covers_every_format_character_python_knows() -> None:
    known = [chr(code) for code in range(sys.maxunicode + 1) if unicodedata.category(chr(code)) == "Cf"]
    assert [c for c in known if not FORMAT.fullmatch(c)] == []


def test_direction_marks_are_shown_and_lengths_kept() -> None:
    text = "we will \u202eNOT\u202c sign\u200b"
    shown = visible(text)
    assert shown == "we will \ufffdNOT\ufffd sign\ufffd"
    assert len(shown) == len(text)


def test_json_escapes_them_and_still_says_what_the_file_holds() -> None:
    dumped = json_safe(json.dumps({"text": "a\u202eb\U000e0041"}, ensure_ascii=False))
    assert "\u202e" not in dumped and "\U000e0041" not in dumped
    assert "\\u202e" in dumped and "\\udb40\\udc41" in dumped
    assert json.loads(dumped) == {"text": "a\u202eb\U000e0041"}


def test_the_notice_counts_them_once() -> None:
    assert invisible_notice("plain") == ""
    assert invisible_notice("\u2066a\u2069 \u202e") == "holds 3 invisible direction marks (shown as \ufffd)"
    assert invisible_notice("zero\u200bwidth") == "holds 1 invisible format character (shown as \ufffd)"
