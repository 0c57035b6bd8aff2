"""Reading a briefing file for a screen, in a worker thread (the loading screen's first read, the reader's reload)."""

from __future__ import annotations

from pathlib import Path

from briefing.model import Briefing


def load_file(path: Path) -> Briefing:
    """Parse the file; runs in the worker thread, so the parser's imports (~100 ms) come after the first paint."""
    from briefing.document.load import load_briefing

    return load_briefing(path)
