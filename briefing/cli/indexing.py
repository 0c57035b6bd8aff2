"""The library index for a command: a line of progress on stderr when indexing is slow, skips said."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from briefing.cli.output import warn
from briefing.errors import BriefingError
from briefing.library.prescan import start_glance

if TYPE_CHECKING:
    from briefing.library.index import Library, Refresh
    from briefing.library.sources import Glancing

# Indexing quicker than this shows nothing: a warm start must stay silent.
QUIET_SECONDS = 1.0
REDRAW_SECONDS = 0.1


class ProgressLine:
    """`progress(done, total)` for Library.refresh: after a second, 'indexing 1200/10000 files' on stderr."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.started = time.monotonic()
        self.drawn = 0.0
        self.live = self.stream.isatty()  # redraw in place on a terminal; one line in a log

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self.started < QUIET_SECONDS or (self.drawn and not self.live):
            return
        if self.live and now - self.drawn < REDRAW_SECONDS and done != total:
            return
        if self.live:
            self.stream.write(f"\rbriefing: indexing {done}/{total} files\x1b[K")
        else:
            self.stream.write(f"briefing: indexing {total} files…\n")
        self.stream.flush()
        self.drawn = now

    def finish(self) -> None:
        if self.drawn and self.live:
            self.stream.write("\n")
            self.stream.flush()


def library_roots(paths: Sequence[str]) -> list[Path] | None:
    """The paths given (each must exist), or None for the library's own roots."""
    roots = [Path(p) for p in paths]
    for root in roots:
        if not root.exists():
            raise BriefingError(root, "no such file or folder")
    return roots or None


def open_library(roots: list[Path] | None, *, each_skip: bool) -> Library:
    """A refreshed Library; skipped files counted on stderr (each one too, if `each_skip`)."""
    library, glancing = unrefreshed_library(roots)
    refresh_library(library, glancing, each_skip=each_skip)
    return library


def unrefreshed_library(roots: list[Path] | None) -> tuple[Library, Glancing]:
    """The Library, opened while its files are scanned on the other core (see prescan.py): to be refreshed
    with the glance, after any work that can use the index as it stands."""
    glancing = start_glance(roots)  # first, so that the scan overlaps the index module's import
    from briefing.library.index import Library

    return Library(roots), glancing


def refresh_library(library: Library, glancing: Glancing, *, each_skip: bool) -> Refresh:
    """Refresh with a line of progress if it is slow; skipped folders and files said on stderr."""
    progress = ProgressLine()
    try:
        done = library.refresh(progress, glancing)
    finally:
        progress.finish()
    for folder in done.unreadable:  # a folder it cannot read, or a file name it cannot store
        warn(f"briefing: skipped {folder}")
    if done.skipped:
        if each_skip:
            for skip in library.skipped():
                warn(f"skipped {skip.message}")
        plural = "s" if done.skipped != 1 else ""
        warn(f"briefing: skipped {done.skipped} file{plural} that could not be read (see: briefing check PATH)")
    return done
