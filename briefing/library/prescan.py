"""The scan of the library's files, run on the second core while this one loads the index.

    glancing = start_glance(roots)         # first thing: forks where the OS can, imports nothing heavy
    library = Library(roots)               # meanwhile: the index module loads, the index opens
    library.refresh(progress, glancing)    # waits for the glance; scans again only if something changed

A warm `briefing search` spends its time on two things that do not depend on each other: loading the
modules and the index, and one `stat` per file to learn whether the index is still fresh. Threads cannot
overlap them (both hold the GIL), so, like git's preloaded index, the stats run in a child process and
the glance comes back through a pipe. Freshness is still decided from a scan taken during this command,
so a hit is never staler than one found the slow way. If the child cannot be started or fails, the scan
runs here.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the scan's modules load in the child, in parallel with the parent's own imports
    from briefing.library.sources import Glance, Glancing


def start_glance(roots: Sequence[Path] | None) -> Glancing:
    """Start scanning `roots` (None: the library's own) now; the function returned gives the Glance."""
    roots = list(roots) if roots is not None else None
    here = partial(glance, roots)
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:  # a fork copies no thread, but their locks
        return here
    try:
        reading, writing = os.pipe()
    except OSError:
        return here
    try:
        child = os.fork()
    except (OSError, AttributeError):  # no fork on this OS, or no process to spare
        os.close(reading)
        os.close(writing)
        return here
    if child == 0:
        _glance_for_parent(roots, reading, writing)
    os.close(writing)
    return lambda: _collect(child, reading) or here()


def glance(roots: list[Path] | None) -> Glance:
    """Scan `roots` (None: the library's own) here and now."""
    from briefing.config import load_config
    from briefing.library.sources import default_roots, scan

    return scan(roots if roots is not None else default_roots(load_config().folders)).glance()


def _glance_for_parent(roots: list[Path] | None, reading: int, writing: int) -> None:
    """In the child: scan, send the glance, and leave without running any cleanup (buffers and exit
    handlers belong to the parent)."""
    status = 1
    try:
        os.close(reading)
        view = memoryview(marshal.dumps(tuple(glance(roots))))
        while view:
            view = view[os.write(writing, view):]
        status = 0
    finally:
        os._exit(status)


def _collect(child: int, reading: int) -> Glance | None:
    """The child's glance, or None if the child failed."""
    from briefing.library.sources import Glance

    data = b""
    with contextlib.suppress(OSError), os.fdopen(reading, "rb") as pipe:
        data = pipe.read()
    try:
        _, status = os.waitpid(child, 0)
    except ChildProcessError:
        return None
    if status != 0:
        return None
    state, files, unreadable = marshal.loads(data)
    return Glance(state, files, tuple(unreadable))
