"""The sweep's own process: what `sweep.start_sweep` runs, in a module of its own because it opens a Library,
whose module starts sweeps.

    python -m briefing.library.sweeper INDEX ROOT...
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sys

from briefing.errors import BriefingError
from briefing.library.index import Library
from briefing.library.sweep import stamp_of


def main(argv: list[str]) -> int:
    """Sweep the index at argv[0] for the roots after it, unless another sweep of it is running."""
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
