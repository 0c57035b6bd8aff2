"""The library index for a command: a line of progress on stderr when indexing is slow, skips said."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from briefing.cli.output import warn
from briefing.errors import BriefingError

if TYPE_CHECKING:
    from briefing.library.index import Library, Refresh

# Indexing quicker than this shows nothing: a warm start must stay silent.
QUIET_SECONDS = 1.0
REDRAW_SECONDS = 0.1
LOG_SECONDS = 10.0  # into a log (not a terminal), a line this often


def rate_and_left(done: int, total: int, seconds: float) -> str:
    """'85 files/s, 1 min 44 s left' from how far indexing got in how long."""
    if done <= 0 or seconds <= 0:
        return "starting"
    rate = done / seconds
    left = round((total - done) / rate)
    minutes, secs = divmod(left, 60)
    return f"{rate:,.0f} files/s, " + (f"{minutes} min {secs:02d} s left" if minutes else f"{secs} s left")


class ProgressLine:
    """`progress(done, total)` for Library.refresh: after a second, 'indexing 1,200/10,000 files · 85 files/s,
    1 min 44 s left' on stderr, redrawn in place on a terminal, a line every ten seconds in a log."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.started = time.monotonic()
        self.drawn = 0.0
        self.done = self.total = 0
        self.live = self.stream.isatty()

    def __call__(self, done: int, total: int) -> None:
        self.done, self.total = done, total
        now = time.monotonic()
        if now - self.started < QUIET_SECONDS:
            return
        every = REDRAW_SECONDS if self.live else LOG_SECONDS
        if self.drawn and now - self.drawn < every and done != total:
            return
        line = f"briefing: indexing {done:,}/{total:,} files · {rate_and_left(done, total, now - self.started)}"
        self.stream.write(f"\r{line}\x1b[K" if self.live else f"{line}\n")
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
    from briefing.library.index import Library

    library = Library(roots)
    try:
        refresh_library(library, each_skip=each_skip)
    except BaseException:
        library.close()
        raise
    return library


def refresh_library(library: Library, *, each_skip: bool) -> Refresh:
    """Refresh with a line of progress if it is slow, then start a background sweep if one is due (see
    docs/library.md); skipped folders and files said on stderr. Interrupted, what was read is kept."""
    from briefing.library.sweep import start_sweep

    progress = ProgressLine()
    try:
        done = library.refresh(progress)
    except KeyboardInterrupt:
        progress.finish()
        warn(f"briefing: indexing interrupted at {progress.done:,} of {progress.total:,} files; what was indexed "
             "is kept, and the next command goes on from there")
        raise
    progress.finish()
    start_sweep(library)
    for folder in done.unreadable:  # a folder it cannot read, or a file name it cannot store
        warn(f"briefing: skipped {folder}")
    if done.skipped:
        if each_skip:
            for skip in library.skipped():
                warn(f"skipped {skip.message}")
        plural = "s" if done.skipped != 1 else ""
        warn(f"briefing: skipped {done.skipped} file{plural} that could not be read (see: briefing check PATH)")
    return done
