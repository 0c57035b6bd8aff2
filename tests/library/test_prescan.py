"""The scan started on the other core gives what a scan here gives, and notices what changed."""

from __future__ import annotations

from pathlib import Path

from briefing.library.prescan import start_glance
from briefing.library.sources import default_roots, scan


def test_the_glance_from_the_child_is_the_scan_here(shelf: Path) -> None:
    (shelf / "locked").mkdir(mode=0o000)
    try:
        assert start_glance([shelf])() == scan([shelf]).glance()
    finally:
        (shelf / "locked").chmod(0o755)


def test_no_roots_means_the_library_roots(shelf: Path) -> None:
    assert start_glance(None)() == scan(default_roots()).glance()


def test_the_glance_changes_with_an_edit_in_place(shelf: Path) -> None:
    before = start_glance([shelf])()
    with (shelf / "flood.md").open("a", encoding="utf-8") as flood:
        flood.write("\nThe water fell by evening.\n")
    after = start_glance([shelf])()
    assert after.files == before.files and after.state != before.state
