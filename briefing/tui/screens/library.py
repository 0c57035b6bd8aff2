"""The library: every briefing with its date, place and section counts; type to filter, `enter` opens.

The filter has the focus for good: every printable key and a paste are the filter's (`kyiv`, `qatar`), and
the list moves on the arrow and page keys. `escape` clears the filter, and on an empty one leaves; the
other commands are on keys no one types into a filter (ctrl+f, ctrl+b, ctrl+t, f1). The list is read from the index
a screenful at a time, filtered and sorted by SQLite (see LibraryList), so 100,000 briefings paint as fast
as three.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Input, ProgressBar, Static
from textual.worker import Worker, WorkerState, get_current_worker

from briefing.library.index import Library, Refresh
from briefing.library.progress import rate_and_left
from briefing.paths import no_briefings
from briefing.tui.key_bar import KeyBar
from briefing.tui.library_list import LibraryList

SLOW = 1.0  # seconds of indexing before the progress bar shows


class Stopped(Exception):
    """The screen closed while indexing: stop, keeping what was indexed (the next start goes on from there)."""
REREAD_SECONDS = 5.0  # files added, edited or removed while the screen is up show within this


class LibraryScreen(Screen[None]):
    HELP_TITLE = "library"
    AUTO_FOCUS = "#library-filter"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Quit", id="library.back"),  # clears the filter first
        Binding("ctrl+f", "app.search", "Search all", id="library.search"),
        Binding("ctrl+b", "app.bookmarks", "Bookmarks", id="library.bookmarks"),
        Binding("ctrl+t", "app.agenda", "Agenda", id="library.agenda"),
        Binding("f1", "app.help", "Help", id="library.help"),
        Binding("down", "cursor(1)", "Next", id="library.down", show=False),
        Binding("up", "cursor(-1)", "Previous", id="library.up", show=False),
        Binding("pagedown", "page(1)", "Page down", id="library.page_down", show=False),
        Binding("pageup", "page(-1)", "Page up", id="library.page_up", show=False),
        # The filter's own home/end would move its text cursor; in a list of 100,000 they are the ends.
        Binding("home", "ends(0)", "First", id="library.first", show=False, priority=True),
        Binding("end", "ends(1)", "Last", id="library.last", show=False, priority=True),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.library: Library | None = None
        self.total = 0
        self._version = -1
        self.problems: list[str] = []  # the files that could not be read, as last said

    def compose(self) -> ComposeResult:
        yield Static(Text("Briefings", "bold"), id="library-title")
        yield Input(placeholder="type to filter by title, date or place", id="library-filter",
                    select_on_focus=False)
        yield ProgressBar(id="library-progress", show_eta=False)
        yield LibraryList(id="library-list")
        yield Static(id="status")
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        # The index is opened and brought up to date in a thread: the screen paints at once, with what the
        # index held, then again if the disk had changes.
        self.query_one("#status", Static).update(Text("Reading the library …"), layout=False)
        self.reread()
        self.set_interval(REREAD_SECONDS, self.reread)

    def on_unmount(self) -> None:
        if self.library is not None:
            self.library.close()

    def on_screen_resume(self) -> None:
        if self.library is not None:
            self.reread()  # back from a briefing, which may have been edited

    def reread(self) -> None:
        """Bring the list up to date with the disk, in a thread; not while one is already at it."""
        if any(w.node is self and w.group == "read" and not w.is_finished for w in self.workers):
            return
        self.run_worker(self._read, thread=True, exit_on_error=False, group="read")

    def _read(self) -> None:
        from briefing.library.sweep import start_sweep

        first = self.library is None
        library = self.library or Library(self.app.roots)
        if first:
            self.app.call_from_thread(self.attach, library)
        started = last = time.monotonic()
        worker = get_current_worker()

        def progress(done: int, total: int) -> None:
            # From the indexing thread: a bar once indexing has taken a second, redrawn ten times a second.
            nonlocal last
            if worker.is_cancelled:  # quitting does not wait for 100,000 files
                raise Stopped
            now = time.monotonic()
            if now - started >= SLOW and (now - last >= 0.1 or done == total):
                last = now
                self.app.call_from_thread(self.show_progress, done, total, now - started)

        done = library.refresh(progress)
        start_sweep(library)  # files edited in place: the next reread sees what it finds
        problems = [s.message for s in library.skipped()]
        self.app.call_from_thread(self.refreshed, done, problems)

    def attach(self, library: Library) -> None:
        """The index is open: list what it holds now (a refresh may follow)."""
        self.library = library
        self.relist(keep=False)

    def refreshed(self, done: Refresh, problems: list[str]) -> None:
        if problems != self.problems:  # a file that cannot be read, added or broken since the last look
            self.problems = problems
            if problems:
                count = len(problems)
                self.notify("\n".join([*problems[:3], "ctrl+p, Unreadable files: the whole list"]),
                            title=f"{count} file{'s' if count != 1 else ''} could not be read", severity="warning",
                            markup=False)
        self.query_one(ProgressBar).display = False
        if done.changed or (self.library is not None and self.library.version() != self._version):
            self.relist(keep=True)  # changed here, or by a sweep in the background
        else:
            self.say_count()

    def show_progress(self, done: int, total: int, seconds: float) -> None:
        if self.library is not None and self.library.version() != self._version:
            self.relist(keep=True)  # a first index commits as it goes: show what is in
        bar = self.query_one(ProgressBar)
        bar.display = True
        bar.update(total=total, progress=done)
        self.query_one("#status", Static).update(
            Text(f"Indexing the library: {done:,} of {total:,} files · {rate_and_left(done, total, seconds)}"),
            layout=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            self.query_one(ProgressBar).display = False
            self.query_one("#status", Static).update(Text(f"The library could not be read: {event.worker.error}"),
                                                     layout=False)

    def relist(self, *, keep: bool) -> None:
        """Show the list for the filter as it stands; `keep` the cursor where it was (else the top)."""
        library = self.library
        if library is None:
            return  # typed while the index opens: applied when it is
        words = self.query_one(Input).value
        listing = self.query_one(LibraryList)
        self._version = library.version()
        self.total = library.count()
        shown = library.count(words) if words else self.total
        listing.show(shown, lambda offset, size: library.page(words, offset, size),
                     cursor=listing.cursor if keep else 0,
                     empty="No briefing matches." if self.total else no_briefings(self.app.roots))
        self.say_count()

    def say_count(self) -> None:
        shown, total = self.query_one(LibraryList).count, self.total
        if not total:
            message = ""  # the list says so, and how to add briefings
        elif self.query_one(Input).value:
            message = f"{shown:,} of {total:,} briefings match"
        else:
            message = f"{total:,} briefing{'s' if total != 1 else ''} · enter opens · type to filter"
        if self.problems:
            message += f"{' · ' if message else ''}{len(self.problems)} unreadable (ctrl+p)"
        self.query_one("#status", Static).update(Text(message), layout=False)

    def on_input_changed(self, event: Input.Changed) -> None:
        self.relist(keep=False)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.open_current()

    def on_library_list_selected(self, event: LibraryList.Selected) -> None:
        self.open_current()

    def open_current(self) -> None:
        listing = self.query_one(LibraryList)
        entry = listing.entry(listing.cursor)
        if entry is not None:
            self.app.open_path(Path(entry.path), entry.title, indexed=True)

    def action_cursor(self, step: int) -> None:
        listing = self.query_one(LibraryList)
        listing.move_cursor(listing.cursor + step)

    def action_page(self, step: int) -> None:
        listing = self.query_one(LibraryList)
        listing.move_cursor(listing.cursor + step * listing.page_size())

    def action_ends(self, end: int) -> None:
        listing = self.query_one(LibraryList)
        listing.move_cursor(end * listing.count)

    def action_back(self) -> None:
        field = self.query_one(Input)
        if field.value:
            field.value = ""
            return
        self.app.action_back()
