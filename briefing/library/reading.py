"""Reading changed files for the index, in worker processes when there are many.

A file whose size or modification time changed is hashed first: the same content is not parsed again.
"""

from __future__ import annotations

import contextlib
import hashlib
import multiprocessing
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from briefing.document.load import load_briefing
from briefing.document.source import read_bytes
from briefing.errors import BriefingError
from briefing.library.records import Record, to_record

# Below this many files a pool costs more to start than it saves.
POOL_THRESHOLD = 48
CHUNK = 16


@dataclass(frozen=True)
class Job:
    path: str
    digest: str  # the hash the index holds for this path ('' if none)


@dataclass(frozen=True)
class Outcome:
    """What reading one file gave: a record, a reason it was skipped, or neither (content unchanged)."""

    path: str
    digest: str
    record: Record | None = None
    error: str = ""

    @property
    def parsed(self) -> bool:
        return self.record is not None or bool(self.error)


def read_one(job: Job) -> Outcome:
    """Hash the file; parse it only if the hash differs from the one the index holds."""
    try:
        digest = hashlib.blake2b(read_bytes(Path(job.path)), digest_size=16).hexdigest()
    except BriefingError as exc:
        return Outcome(job.path, "", error=exc.render())
    if digest == job.digest:
        return Outcome(job.path, digest)
    try:
        return Outcome(job.path, digest, record=to_record(load_briefing(job.path)))
    except BriefingError as exc:
        return Outcome(job.path, digest, error=exc.render())
    except Exception as exc:  # one file the parser chokes on must not stop the whole library
        return Outcome(job.path, digest, error=f"{job.path}: could not be parsed ({type(exc).__name__}: {exc})")


def read_all(jobs: Sequence[Job], workers: int) -> Iterator[Outcome]:
    """Outcomes in job order; parsing runs in `workers` processes when the batch is large."""
    if workers < 2 or len(jobs) < POOL_THRESHOLD:
        yield from map(read_one, jobs)
        return
    done = 0
    try:
        # spawn, not fork: the TUI calls this from a thread, and forking a threaded process is unsafe.
        context = multiprocessing.get_context("spawn")
        _start_tracker()
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            try:
                for outcome in pool.map(read_one, jobs, chunksize=CHUNK):
                    done += 1
                    yield outcome
            except BaseException:  # stopped (ctrl+c, the screen closed): drop the files not started, now
                pool.shutdown(wait=False, cancel_futures=True)
                raise
    except (BrokenProcessPool, OSError):  # a worker killed, or no processes allowed: finish here
        yield from map(read_one, jobs[done:])


def _start_tracker() -> None:
    """Start multiprocessing's resource tracker with the real stderr. Inside the TUI, `sys.stderr` is Textual's
    stand-in, whose fileno() is -1; the tracker would pass that to its process and the pool would fail with
    'bad value(s) in fds_to_keep'."""
    from multiprocessing import resource_tracker

    with contextlib.suppress(AttributeError, OSError, ValueError):
        if sys.stderr.fileno() >= 0:
            return  # a real stream: the tracker starts as usual
    with contextlib.redirect_stderr(sys.__stderr__):
        resource_tracker.ensure_running()
