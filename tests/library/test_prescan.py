"""The scan started on the other core gives what a scan here gives, and notices what changed."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from briefing.library.prescan import start_glance
from briefing.library.sources import default_roots, scan

FORKS: list[int] = []
os.register_at_fork(before=lambda: FORKS.append(1))  # counts the forks of this process from now on


def forks_for(roots: list[Path] | None) -> tuple[object, int]:
    before = len(FORKS)
    glance = start_glance(roots)()
    return glance, len(FORKS) - before


def test_the_glance_from_the_child_is_the_scan_here(shelf: Path) -> None:
    (shelf / "locked").mkdir(mode=0o000)
    try:
        assert forks_for([shelf]) == (scan([shelf]).glance(), 1)
    finally:
        (shelf / "locked").chmod(0o755)


def test_no_roots_means_the_library_roots(shelf: Path) -> None:
    assert forks_for(None) == (scan(default_roots()).glance(), 1)


def test_the_glance_changes_with_an_edit_in_place(shelf: Path) -> None:
    before = start_glance([shelf])()
    with (shelf / "flood.md").open("a", encoding="utf-8") as flood:
        flood.write("\nThe water fell by evening.\n")
    after = start_glance([shelf])()
    assert after.files == before.files and after.state != before.state


def test_with_other_threads_running_the_scan_is_done_here(shelf: Path) -> None:
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:  # forking beside a thread could copy a lock that thread holds
        assert forks_for([shelf]) == (scan([shelf]).glance(), 0)
    finally:
        release.set()
        other.join()
