"""The background sweep: every file stat'ed, in a process of its own, so the next command sees files
rewritten in place without paying for the stats itself (see docs/library.md).

    start_sweep(library)    # at the end of a command, or every few seconds in the TUI: at most one per
                            # SWEEP_SECONDS per index, and never two at once

    python -m briefing.library.sweeper INDEX ROOT...  # what start_sweep runs, at low priority (sweeper.py)
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Protocol

from briefing.library.store import MEMORY


class Indexed(Protocol):
    """What a sweep needs of a Library (named by shape: index.py imports this module)."""

    index: Path | str
    roots: tuple[str, ...]


SWEEP_SECONDS = 10.0
# Another interval, for tests ("inf": never) and for users on slow disks.
INTERVAL_VARIABLE = "BRIEFING_SWEEP_SECONDS"


def interval() -> float:
    try:
        return float(os.environ.get(INTERVAL_VARIABLE, SWEEP_SECONDS))
    except ValueError:
        return SWEEP_SECONDS


def stamp_of(index: Path | str) -> Path:
    """The file whose mtime says when a sweep of this index last started (and which a sweep locks)."""
    return Path(f"{index}.sweep")


def mark_swept(index: Path | str) -> None:
    """A full check was just done here (a first index): no sweep is due for a while."""
    with contextlib.suppress(OSError):
        stamp_of(index).touch()


def sweep_due(index: Path | str, now: float | None = None) -> bool:
    try:
        started = stamp_of(index).stat().st_mtime
    except OSError:
        return True
    return (now if now is not None else time.time()) - started >= interval()


def start_sweep(library: Indexed) -> bool:
    """Start a sweep of `library`'s index in the background if one is due; whether one was started."""
    if interval() == float("inf") or str(library.index) == MEMORY or not sweep_due(library.index):
        return False
    mark_swept(library.index)
    try:
        subprocess.Popen([sys.executable, "-m", "briefing.library.sweeper", str(library.index), *library.roots],
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True, close_fds=True)
    except OSError:  # no process to spare: the next command tries again
        return False
    return True
