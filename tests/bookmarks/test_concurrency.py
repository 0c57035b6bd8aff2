"""Two readers bookmarking at once lose nothing; a reader killed right after a bookmark keeps it."""

from __future__ import annotations

import multiprocessing
import signal
import subprocess
import sys
import time
from pathlib import Path

from briefing.bookmarks import BookmarkStore
from briefing.bookmarks.connection import exclusive
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
from briefing.bookmarks.connection import exclusive
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


OPEN_AND_BOOKMARK = """
import sys
import time
from pathlib import Path
from briefing.bookmarks import BookmarkStore
from briefing.bookmarks.connection import exclusive
from briefing.model import Briefing, Statement
with BookmarkStore(Path(sys.argv[1])) as store:
    store.toggle(Briefing(id="harbour", title="Harbour"), Statement(text="Words.", id="theirs"))
    print(store.notice or "no notice", flush=True)
"""


def test_an_instance_finding_the_store_damaged_waits_its_turn(tmp_path: Path) -> None:
    """While one instance replaces a damaged store, another that found it damaged waits, then uses the
    replacement instead of moving it aside (which would strand the first instance's bookmarks)."""
    path = tmp_path / "bookmarks.sqlite3"
    path.write_bytes(b"damaged beyond repair " * 500)
    with exclusive(tmp_path / "bookmarks.sqlite3.lock"):  # the first instance, mid-replacement
        other = subprocess.Popen([sys.executable, "-c", OPEN_AND_BOOKMARK, str(path)],
                                 stdout=subprocess.PIPE, text=True)
        time.sleep(1.5)
        assert other.poll() is None
        assert path.read_bytes().startswith(b"damaged beyond repair")
        path.rename(tmp_path / "kept-by-the-first")
        with BookmarkStore(tmp_path / "fresh.sqlite3") as fresh:
            fresh.toggle(Briefing(id="harbour", title="Harbour"), Statement(text="Mine.", id="mine"))
        (tmp_path / "fresh.sqlite3").rename(path)
    out, _ = other.communicate(timeout=30)
    assert (other.returncode, out) == (0, "no notice\n")
    with BookmarkStore(path) as store:
        assert store.bookmarked_ids("harbour") == {"mine", "theirs"}
    assert not [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
