"""The Textual app: opens the library or one briefing, holds the bookmark store, the keymap and the theme."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, TypeVar

from textual import events
from textual.app import App
from textual.binding import Binding, BindingType

from briefing.config import Config, config_path
from briefing.model import Briefing
from briefing.tui.screens.base import BriefingScreen

if TYPE_CHECKING:
    from textual.command import Provider
    from textual.screen import Screen
    from textual.theme import Theme

    from briefing.bookmarks.bookmark import Bookmark
    from briefing.bookmarks.store import BookmarkStore
    from briefing.library.index import Entry
    from briefing.tui.screens.reader import Load, Opening


def briefing_commands() -> type[Provider]:
    """The palette's provider, imported when the palette first opens (textual.command costs ~60 ms)."""
    from briefing.tui.commands import BriefingCommands

    return BriefingCommands


T = TypeVar("T")
PALETTE_BRIEFINGS = 2000
TEXTUAL_DEFAULT = "_default"  # the id of the empty screen App.get_default_screen gives


class BriefingApp(App[None]):
    CSS_PATH = "briefing.tcss"
    TITLE = "briefing"
    COMMANDS = App.COMMANDS | {briefing_commands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("B", "bookmarks", "Bookmarks", id="app.bookmarks"),
        Binding("A", "agenda", "Agenda", id="app.agenda", show=False),  # listed in help; the key bar stays as it was
    ]

    def __init__(self, *, briefing: Briefing | None = None, path: Path | None = None, title: str = "",
                 draft: tuple[Briefing, Load] | None = None, roots: list[Path] | None = None,
                 config: Config | None = None, bookmarks_path: Path | None = None) -> None:
        """Open `briefing`; or the file at `path`, read in a thread (`title` shown meanwhile), or its `draft`
        (read ahead) shown at once and the rest read by the Load beside it; or the library."""
        super().__init__()
        self.config = config or Config()
        self.first_briefing = briefing
        self.first_path = path
        self.first_title = title
        self.first_draft = draft
        # A file that failed to load in the thread: `briefing PATH` prints it as one line after the TUI exits.
        self.load_error: BaseException | None = None
        self.roots = roots  # None: the user's library (bundled, their folder, the config's folders)
        self._bookmarks_path = bookmarks_path
        self._store: BookmarkStore | None = None
        if self.config.keymap:
            from briefing.tui.keymap import check_keymap  # every screen's module: only for a keymap to check

            check_keymap(self.config.keymap, self.config.path or str(config_path()), self.BINDINGS)
            self.set_keymap(self.config.keymap)

    def on_mount(self) -> None:
        if self.config.theme:
            if self.config.theme in self.available_themes:
                self.theme = self.config.theme
            else:
                self.notify(f"Unknown theme '{self.config.theme}' in the config; try ctrl+p, Theme.",
                            severity="warning", markup=False)
        # From now on a theme picked (the palette) is written to the config, for the next start.
        self.theme_changed_signal.subscribe(self, self._keep_theme)
        if self.config.notice:
            self.notify(self.config.notice, severity="warning", markup=False)
        if not isinstance(self.screen, BriefingScreen):  # else the reader opened with the app: its default screen
            from briefing.tui.screens.library import LibraryScreen

            self.push_screen(LibraryScreen())

    def get_default_screen(self) -> Screen:
        """The reader on the briefing, the draft or the file the app opened with, else Textual's empty screen
        (the library goes over it). The first screen: composed as the app starts, it is laid out once (a screen
        pushed in on_mount is laid out while the app starts, in a frame Textual never writes, then again)."""
        from briefing.tui.screens.reader import ReaderScreen

        if self.first_briefing is not None or self.first_draft is not None:
            briefing, load = self.first_draft or (self.first_briefing, None)
            return ReaderScreen(briefing, load=load, first=True)
        if self.first_path is not None:
            return self._reader_on(self.first_path, self.first_title or self.first_path.stem)
        return super().get_default_screen()

    def _keep_theme(self, theme: Theme) -> None:
        from briefing.config import save_theme

        try:
            save_theme(theme.name, Path(self.config.path) if self.config.path else None)
        except OSError as exc:
            self.notify(f"The theme could not be kept for the next start: {exc}", severity="warning", markup=False)

    # -- shared state --------------------------------------------------------------------------

    def with_bookmarks(self, use: Callable[[BookmarkStore], T], fallback: T, *, quiet: bool = False) -> T:
        """`use(store)`, opening the store on first use; if the store cannot be opened or written, say so
        (one line, the reader keeps going; not if `quiet`, for a poll) and return `fallback`."""
        from briefing.errors import BriefingError

        try:
            if self._store is None:
                from briefing.bookmarks.store import BookmarkStore

                self._store = BookmarkStore(self._bookmarks_path)
                if self._store.notice:
                    self.notify(self._store.notice, severity="warning", markup=False)
            return use(self._store)
        except BriefingError as exc:
            if not quiet:
                self.notify(exc.render(), title="Bookmarks", severity="error", markup=False)
            return fallback

    def library_entries(self) -> list[Entry]:
        """The newest briefings of the library, read from the index (in a thread: the palette calls it from
        one); the palette fuzzy-matches each, so a library of 100,000 offers its PALETTE_BRIEFINGS newest."""
        from briefing.tui.catalog import newest_entries

        return newest_entries(self.roots, PALETTE_BRIEFINGS)

    def on_unmount(self) -> None:
        if self._store is not None:
            self._store.close()

    # -- navigation ----------------------------------------------------------------------------

    def open_path(self, path: Path, title: str, then: Opening | None = None, *, indexed: bool = False) -> None:
        """Open the file at `path`: the reader with its title at once, filled as a thread reads it (from the
        library's index if `indexed` and the file is unchanged, else from the file); `then(reader)` runs once
        all of it shows."""
        self.push_screen(self._reader_on(path, title, then, indexed=indexed))

    def _reader_on(self, path: Path, title: str, then: Opening | None = None, *, indexed: bool = False) -> Screen:
        from functools import partial

        from briefing.tui.screens.reader import ReaderScreen, open_file

        if indexed:
            from briefing.tui.catalog import indexed_briefing  # the index: only when opened from the library

            load = partial(indexed_briefing, self.roots)
        else:
            load = open_file
        return ReaderScreen(Briefing(id="", title=title, path=str(path)), then, load)

    async def on_event(self, event: events.Event) -> None:
        # A key goes to the screen first: the reader holds keys typed before it can take them.
        if (isinstance(event, events.Key) and not event.is_forwarded and isinstance(self.screen, BriefingScreen)
                and self.screen.hold_key(event)):
            return
        await super().on_event(event)

    def open_bookmark(self, bookmark: Bookmark) -> None:
        """Open a bookmark in its briefing, on its statement; say so if the file is gone."""
        from functools import partial

        from briefing.tui.screens.reader import ReaderScreen

        if not Path(bookmark.path).is_file():
            self.notify(f"{bookmark.path}: no such file; the bookmark keeps its saved text.", severity="warning",
                        markup=False)
            return
        self.pop_screen()
        below = self.screen
        if isinstance(below, ReaderScreen) and below.briefing.path == bookmark.path:
            below.show_statement(bookmark.statement)
        else:
            self.open_path(Path(bookmark.path), bookmark.title or bookmark.briefing,
                           partial(ReaderScreen.show_statement, statement_id=bookmark.statement))

    def refresh_marks(self) -> None:
        """After bookmarks were deleted, readers underneath redraw their ★ marks."""
        from briefing.tui.screens.reader import ReaderScreen

        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen):
                screen.reload_marks()

    def fail(self, error: BaseException | None) -> None:
        """A briefing could not be read. The first one: leave the TUI and let the command line report it;
        one opened from the library or a bookmark: say so, and stay where the user was."""
        from briefing.errors import BriefingError

        if self._is_first_screen():
            self.load_error = error
            self.exit(return_code=2)
            return
        self.pop_screen()
        shown = error.render() if isinstance(error, BriefingError) else f"cannot open: {error}"
        self.notify(shown, severity="error", markup=False)

    def action_back(self) -> None:
        """`q` / `escape`: back to the screen before, or quit from the first one."""
        if self._is_first_screen():
            self.exit()
        else:
            self.pop_screen()

    def _is_first_screen(self) -> bool:
        """The screen on top is the first the app showed: over Textual's empty default screen, or the reader
        opened with the app, which is the default screen itself."""
        return len([screen for screen in self.screen_stack if screen.id != TEXTUAL_DEFAULT]) <= 1

    def action_bookmarks(self) -> None:
        from briefing.tui.screens.bookmarks import BookmarksScreen

        if not isinstance(self.screen, BookmarksScreen):
            self.push_screen(BookmarksScreen())

    def action_agenda(self) -> None:
        """Every dated next step across the library (`A` anywhere, or the palette)."""
        from briefing.tui.screens.agenda import AgendaScreen

        if not isinstance(self.screen, AgendaScreen):
            self.push_screen(AgendaScreen())

    def open_dossier(self, name: str) -> None:
        """The actor named `name` across the library (`D` on an actor in the reader)."""
        from briefing.tui.screens.dossier import DossierScreen

        self.push_screen(DossierScreen(name))

    def action_search(self) -> None:
        """Search every briefing in the library (`/` in the library, or the palette)."""
        from briefing.tui.screens.search import SearchScreen

        if not isinstance(self.screen, SearchScreen):
            self.push_screen(SearchScreen())

    def action_help(self) -> None:
        from briefing.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(getattr(self.screen, "HELP_TITLE", "this screen"), self.keys_of_screen()))

    def keys_of_screen(self) -> list[tuple[str, str]]:
        """(keys, what they do) for the screen on top, as its help lists them."""
        from briefing.tui.screens.help import keys_of

        return keys_of(self.screen)
