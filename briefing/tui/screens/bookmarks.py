"""Every bookmark across briefings: `enter` opens it in its briefing, `d` deletes it."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Static

from briefing.tui.item_list import ItemList
from briefing.tui.key_bar import KeyBar
from briefing.tui.renderings import bookmark_entry
from briefing.tui.screens.base import BriefingScreen


class BookmarksScreen(BriefingScreen):
    HELP_TITLE = "bookmarks"
    AUTO_FOCUS = "#bookmark-list"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("d", "delete", "Delete", id="bookmarks.delete"),
        Binding("q,escape", "back", "Back", id="bookmarks.back"),
        Binding("B", "back", "Close bookmarks", id="bookmarks.close", show=False),
    ]

    def compose(self) -> ComposeResult:
        yield Static(Text("Bookmarks", "bold"), id="bookmarks-title")
        yield ItemList(id="bookmark-list")
        yield Static(id="status")
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        self.refresh_list()
        self.query_one(ItemList).focus()

    def refresh_list(self, cursor: int = 0) -> None:
        self.bookmarks = self.app.with_bookmarks(lambda store: store.all(), [])
        entries = [
            bookmark_entry(b, not Path(b.path).is_file())
            for b in self.bookmarks
        ]
        self.query_one(ItemList).set_items(entries, indent=2, cursor=cursor, empty="No bookmarks.")
        count = len(self.bookmarks)
        message = (f"{count} bookmark{'s' if count != 1 else ''} · enter opens · d deletes" if count
                   else "No bookmarks yet: in a briefing, press s, move to a statement, then b.")
        self.say(message)

    def on_item_list_selected(self, event: ItemList.Selected) -> None:
        self.app.open_bookmark(self.bookmarks[event.index])

    def action_delete(self) -> None:
        if not self.bookmarks:
            return
        listing = self.query_one(ItemList)
        gone = self.bookmarks[listing.cursor].id
        self.app.with_bookmarks(lambda store: store.remove(gone), None)
        self.refresh_list(cursor=listing.cursor)
        self.app.refresh_marks()

    def action_back(self) -> None:
        self.app.action_back()
