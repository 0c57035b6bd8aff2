"""A short file read in a child process while `briefing PATH` imports Textual (~100 ms), so the reader's first
frame shows its text and stated sections, not a loading line.

    ahead = read_ahead(path)   # forks; None where it cannot (no fork, threads running, a long file)
    ahead.first()              # the draft (or the kept briefing, whole), or raises the file's BriefingError
    ahead.rest(path, show, wanted)  # the complete briefing, in the reader's thread (as `open_in_stages` gives it)

The child runs `open_in_stages` on the other core and pickles what it gives down a pipe: first the draft,
then, once the parent asks for the rest (after its first paint, which the analysis would otherwise share a
busy machine with), the briefing. A child that dies or sends nonsense is never an error: the caller reads the
file itself.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import threading
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from briefing.errors import BriefingError
from briefing.model import Briefing

LONGEST = 256 * 1024  # bytes: a longer file's draft costs more to send than to read, and is read in stages
PIPE_BYTES = 1 << 20  # a draft fits whole, so the child goes on to the analysis before the parent reads it
DRAFT, WHOLE, ERROR = "draft", "whole", "error"


class ReadAheadFailed(Exception):
    """The child gave nothing usable (it died, or a bug stopped it): read the file here instead."""


class ReadAhead:
    def __init__(self, pid: int, pipe: BinaryIO, go: int) -> None:
        self._pid = pid
        self._pipe = pipe
        self._go = go  # a byte written here lets the child go on from the draft to the analysis
        self._whole: Briefing | None = None
        self._reaping = threading.Lock()  # the reader's thread and the app leaving may both reap
        self._reaped = False
        self._stopped = False

    def _receive(self) -> tuple[str, Briefing]:
        """The child's next message; the child is reaped once it has no more to say."""
        try:
            kind, value = pickle.load(self._pipe)
        except (EOFError, OSError, pickle.UnpicklingError, ValueError, TypeError) as exc:
            self._reap()
            raise ReadAheadFailed(str(exc)) from exc
        if kind != DRAFT:
            self._reap()
        if kind == ERROR:
            raise value  # a BriefingError, as reading the file here would raise
        return kind, value

    def first(self) -> tuple[Briefing, bool]:
        """The file's draft and False, or its briefing kept from an earlier open and True (nothing left to
        read). Raises the file's BriefingError, or ReadAheadFailed."""
        kind, briefing = self._receive()
        if kind == WHOLE:
            self._whole = briefing
        return briefing, kind == WHOLE

    def rest(self, path: Path, show_draft: Callable[[Briefing], None], wanted: Callable[[], bool]) -> Briefing:
        """The complete briefing (a `Load` for the reader, its draft shown already: `show_draft` is not called);
        read here if the child gave out, unless it was stopped (the reader went: `stop`, or `wanted()` false)."""
        if self._whole is not None:
            return self._whole
        with contextlib.suppress(OSError):
            os.write(self._go, b"g")
        try:
            return self._receive()[1]
        except ReadAheadFailed:
            if self._stopped:
                raise
            from briefing.library.opening import open_in_stages

            return open_in_stages(path, wanted=wanted)

    def stop(self) -> None:
        """The reader closed: end the child if it still works (a long analysis) and reap it."""
        self._stopped = True
        self._reap()

    def _reap(self) -> None:
        with self._reaping:
            if self._reaped:
                return
            self._reaped = True
            with contextlib.suppress(OSError):
                os.kill(self._pid, signal.SIGTERM)  # first: a thread waiting in `rest` then reads the pipe's end
            with contextlib.suppress(OSError):
                os.waitpid(self._pid, 0)
        with contextlib.suppress(OSError):
            self._pipe.close()
        with contextlib.suppress(OSError):
            os.close(self._go)


def read_ahead(path: Path) -> ReadAhead | None:
    """Start reading `path` in a child process; None if this platform has no fork, threads run already
    (a fork would copy their locks, held), or the file is long."""
    if not hasattr(os, "fork") or threading.active_count() > 1:
        return None
    try:
        if path.stat().st_size > LONGEST:
            return None
        readable, writable = os.pipe()
        wait, go = os.pipe()
    except OSError:
        return None
    with contextlib.suppress(AttributeError, OSError):  # Linux only; elsewhere a long draft waits for the parent
        import fcntl

        fcntl.fcntl(writable, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    try:
        pid = os.fork()
    except OSError:
        for fd in (readable, writable, wait, go):
            os.close(fd)
        return None
    if pid == 0:  # pragma: no cover - the child; its coverage is not collected
        os.close(readable)
        os.close(go)
        _child(path, writable, wait)
    os.close(writable)
    os.close(wait)
    return ReadAhead(pid, os.fdopen(readable, "rb"), go)


def _child(path: Path, fd: int, wait: int) -> None:
    """Read the file, send what comes (the rest once the parent asks, on `wait`), and leave without running
    the parent's exit handlers."""
    status = 1
    try:
        quiet = os.open(os.devnull, os.O_WRONLY)
        os.dup2(quiet, 1)  # the terminal is the parent's: a warning printed here would land in its screen
        os.dup2(quiet, 2)
        with os.fdopen(fd, "wb") as pipe:
            from briefing.library.opening import open_in_stages

            def send(kind: str, value: object) -> None:
                pickle.dump((kind, value), pipe, protocol=pickle.HIGHEST_PROTOCOL)
                pipe.flush()

            def send_draft(draft: Briefing) -> None:
                send(DRAFT, draft)
                if not os.read(wait, 1):
                    raise EOFError("the parent is gone")  # it closed without asking for the rest

            try:
                # apart=False: this child is the other process already; a third would only add its start-up
                briefing = open_in_stages(path, send_draft, apart=False)
            except BriefingError as exc:
                send(ERROR, exc)
            else:
                send(WHOLE, briefing)
        status = 0
    finally:
        os._exit(status)
