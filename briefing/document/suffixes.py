"""Which files are briefings, by suffix: light enough for the library scan to import at start-up."""

from __future__ import annotations

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
BRIEFING_SUFFIXES = MARKDOWN_SUFFIXES | TEXT_SUFFIXES


def is_briefing_file(name: str) -> bool:
    """'notes.MD' -> True, 'photo.jpg' -> False, '.md' -> False (a hidden file with no suffix)."""
    dot = name.rfind(".")
    return dot > 0 and name[dot:].lower() in BRIEFING_SUFFIXES
