"""The background sweep: every file stat'ed, in a process of its own, so the next command sees files
rewritten in place without paying for the stats itself (see docs/library.md).

    start_sweep(library)    # at the end of a command, or every few seconds in the TUI: at most one per
                            # SWEEP_SECONDS per index, and never two at once

    python -m briefing.library.sweep INDEX ROOT...    # what start_sweep runs, at low priority
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.library.store import MEMORY

if TYPE_CHECKING:
    from briefing.library.index import Library

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


def start_sweep(library: Library) -> bool:
    """Start a sweep of `library`'s index in the background if one is due; whether one was started."""
    if interval() == float("inf") or str(library.index) == MEMORY or not sweep_due(library.index):
        return False
    mark_swept(library.index)
    try:
        subprocess.Popen([sys.executable, "-m", "briefing.library.sweep", str(library.index), *library.roots],
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True, close_fds=True)
    except OSError:  # no process to spare: the next command tries again
        return False
    return True


def main(argv: list[str]) -> int:
    """Sweep the index at argv[0] for the roots after it, unless another sweep of it is running."""
    from briefing.errors import BriefingError
    from briefing.library.index import Library

    index, *roots = argv
    with contextlib.suppress(OSError):
        os.nice(10)  # the user's own command comes first
    with stamp_of(index).open("a") as stamp:
        try:
            fcntl.flock(stamp, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return 0  # one is running already
        try:
            with Library(roots, index=index, workers=1) as library:
                library.sweep()
        except BriefingError:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
