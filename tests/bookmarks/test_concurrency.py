"""Two readers bookmarking at once lose nothing; a reader killed right after a bookmark keeps it."""

from __future__ import annotations

import multiprocessing
import signal
import subprocess
import sys
from pathlib import Path

from briefing.bookmarks import BookmarkStore
from briefing.model import Briefing, Statement

PER_PROCESS = 60


def bookmark_many(worker: int, start: multiprocessing.synchronize.Event) -> None:
    """One reader: opens the (maybe not yet existing) store and bookmarks its own statements."""
    briefing = Briefing(id=f"briefing-{worker}", title=f"Briefing {worker}")
    start.wait()
    with BookmarkStore() as store:
        for n in range(PER_PROCESS):
            store.toggle(briefing, Statement(text=f"Statement {n}.", speaker="Ana", id=f"w{worker}-s{n}"))


def test_two_processes_bookmarking_at_once_lose_nothing() -> None:
    spawn = multiprocessing.get_context("spawn")
    start = spawn.Event()
    workers = [spawn.Process(target=bookmark_many, args=(w, start)) for w in (1, 2)]
    for process in workers:
        process.start()
    start.set()  # both create the store and write at the same moment
    for process in workers:
        process.join(60)
        assert process.exitcode == 0
    with BookmarkStore() as store:
        assert len(store.all()) == 2 * PER_PROCESS
        for w in (1, 2):
            assert store.bookmarked_ids(f"briefing-{w}") == {f"w{w}-s{n}" for n in range(PER_PROCESS)}


TOGGLE_THEN_HANG = """
import sys, time
from briefing.bookmarks import BookmarkStore
from briefing.document.load import load_briefing
briefing = load_briefing(sys.argv[1])
store = BookmarkStore()
store.toggle(briefing, briefing.sections.statements[1])
print("done", flush=True)
time.sleep(60)
"""


def test_a_bookmark_survives_kill_9_right_after_toggle(harbour: Briefing) -> None:
    reader = subprocess.Popen([sys.executable, "-c", TOGGLE_THEN_HANG, harbour.path],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout is not None
        assert reader.stdout.readline().strip() == "done"
        reader.send_signal(signal.SIGKILL)
        assert reader.wait(10) == -signal.SIGKILL
    finally:
        reader.kill()
        reader.wait()
    with BookmarkStore() as store:
        assert store.notice == ""
        assert store.bookmarked_ids(harbour.id) == {harbour.sections.statements[1].id}
    assert Path(store.path).exists()
