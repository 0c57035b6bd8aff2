"""The library: every briefing with its date, place and section counts; type to filter, `enter` opens."""

from __future__ import annotations

import time
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Input, ProgressBar, Static
from textual.worker import Worker, WorkerState

from briefing.library.index import Entry
from briefing.paths import no_briefings
from briefing.tui.catalog import matches_filter, read_library
from briefing.tui.item_list import ItemList
from briefing.tui.key_bar import KeyBar
from briefing.tui.renderings import library_entry, library_lines

SLOW = 1.0  # seconds of indexing before the progress bar shows


class LibraryScreen(Screen[None]):
    HELP_TITLE = "library"
    AUTO_FOCUS = "#library-list"  # never the filter or find input, which would take the letter keys
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "app.search", "Search all", id="library.search"),
        Binding("down", "cursor(1)", "Next", id="library.down", show=False),
        Binding("up", "cursor(-1)", "Previous", id="library.up", show=False),
        Binding("q,escape", "back", "Quit", id="library.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[Entry] = []
        self.loaded = False
        self.problems: list[str] = []  # the files that could not be read, as last said

    def compose(self) -> ComposeResult:
        yield Static(Text("Briefings", "bold"), id="library-title")
        yield Input(placeholder="type to filter by title, date or place", id="library-filter",
                    select_on_focus=False)
        yield ProgressBar(id="library-progress", show_eta=False)
        yield ItemList(id="library-list")
        yield Static(id="status")
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        # The index is read in a thread: the screen paints at once, with what the index held, then the
        # list brought up to date (files added, changed or gone since).
        self.query_one("#status", Static).update(Text("Reading the library …"), layout=False)
        self.reread()
        self.set_interval(5.0, self.reread)  # files added, edited or removed meanwhile show up

    def on_screen_resume(self) -> None:
        if self.loaded:
            self.reread()  # back from a briefing, which may have been edited

    def reread(self) -> None:
        """Bring the list up to date with the disk, in a thread; not while one is already at it (two would
        index the same files, one waiting on the other's lock)."""
        if any(w.node is self and w.group == "read" and not w.is_finished for w in self.workers):
            return
        self.run_worker(self._read, thread=True, exit_on_error=False, group="read")

    def _read(self) -> None:
        started = last = time.monotonic()

        def progress(done: int, total: int) -> None:
            # From the indexing thread: a bar once indexing has taken a second, redrawn ten times a second.
            nonlocal last
            now = time.monotonic()
            if now - started >= SLOW and (now - last >= 0.1 or done == total):
                last = now
                self.app.call_from_thread(self.show_progress, done, total)

        read_library(self.app.roots, lambda entries, problems: self.app.call_from_thread(self.show, entries, problems),
                     progress)

    def show_progress(self, done: int, total: int) -> None:
        bar = self.query_one(ProgressBar)
        bar.display = True
        bar.update(total=total, progress=done)
        self.query_one("#status", Static).update(Text(f"Indexing the library: {done:,} of {total:,} files"),
                                                 layout=False)

    def show(self, entries: list[Entry], problems: list[str] | None) -> None:
        changed = problems is not None and problems != self.problems
        if changed:  # a file that cannot be read, added or broken since the last look, is said at once
            assert problems is not None
            self.problems = problems
            if problems:
                count = len(problems)
                self.notify("\n".join([*problems[:3], "ctrl+p, Unreadable files: the whole list"]),
                            title=f"{count} file{'s' if count != 1 else ''} could not be read", severity="warning",
                            markup=False)
        if self.loaded and entries == self.app.entries and not changed:
            return  # nothing changed: the list and its cursor stay as they are
        self.app.entries = entries
        self.loaded = True
        self.apply_filter(self.query_one(Input).value)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state in (WorkerState.SUCCESS, WorkerState.ERROR) and self.query_one(ProgressBar).display:
            self.query_one(ProgressBar).display = False
            self.apply_filter(self.query_one(Input).value)  # the count again, in place of the progress
        if event.state == WorkerState.ERROR:
            self.query_one("#status", Static).update(Text(f"The library could not be read: {event.worker.error}"),
                                                     layout=False)

    def apply_filter(self, words: str) -> None:
        if not self.loaded:
            return  # typed while the index is read: applied when it is
        entries = self.app.entries
        listing = self.query_one(ItemList)
        current = self.shown[listing.cursor].path if self.shown else None
        self.shown = [e for e in entries if matches_filter(e, words)]
        paths = [e.path for e in self.shown]
        lines = [library_lines(e) for e in self.shown]
        listing.set_lazy_items([f"{title}\n{details}" for title, details in lines],
                               lambda index: library_entry(lines[index]),
                               empty="No briefing matches." if entries else no_briefings(self.app.roots),
                               cursor=paths.index(current) if current in paths else 0)
        total = len(entries)
        if not total:
            message = ""  # the list says so, and how to add briefings
        elif words:
            message = f"{len(self.shown)} of {total} briefings match"
        else:
            message = f"{total} briefing{'s' if total != 1 else ''} · enter opens · type to filter"
        if self.problems:
            message += f"{' · ' if message else ''}{len(self.problems)} unreadable (ctrl+p, Unreadable files)"
        self.query_one("#status", Static).update(Text(message), layout=False)

    def on_input_changed(self, event: Input.Changed) -> None:
        self.apply_filter(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one(ItemList).focus()  # back from the briefing, q and escape are the list's again
        self.open_current()

    def on_item_list_selected(self, event: ItemList.Selected) -> None:
        self.open_current()

    def open_current(self) -> None:
        listing = self.query_one(ItemList)
        if self.shown:
            entry = self.shown[listing.cursor]
            self.app.open_path(Path(entry.path), entry.title, indexed=True)

    def on_key(self, event: events.Key) -> None:
        """Type to filter: a printable key the list does not use starts the filter with that character."""
        field = self.query_one(Input)
        if self.focused is field or not event.is_printable or not event.character or event.key in self.active_bindings:
            return
        event.stop()
        field.value += event.character
        field.cursor_position = len(field.value)
        field.focus()

    def action_cursor(self, step: int) -> None:
        listing = self.query_one(ItemList)
        listing.move_cursor(listing.cursor + step)

    def action_back(self) -> None:
        field = self.query_one(Input)
        if field.value or self.focused is field:
            field.value = ""
            self.query_one(ItemList).focus()
            return
        self.app.action_back()
