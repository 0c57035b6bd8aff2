"""What the screens of one list read from the library share (agenda, dossier, search hits): the cursor moved
by the screen's keys (an input above the list keeps the letters), q or escape back, a failed read said."""

from __future__ import annotations

from briefing.errors import BriefingError
from briefing.tui.item_list import ItemList
from briefing.tui.screens.base import BriefingScreen


class ListingScreen(BriefingScreen):
    def action_cursor(self, step: int) -> None:
        listing = self.query_one(ItemList)
        listing.move_cursor(listing.cursor + step)

    def action_back(self) -> None:
        self.app.pop_screen()

    def read_failed(self, error: BaseException | None, empty: str, what: str) -> None:
        """The list says `empty` ('No agenda: see below.'), the status line why ('The agenda failed: ...')."""
        self.query_one(ItemList).set_items([], empty=empty)
        self.say(error.message if isinstance(error, BriefingError) else f"{what} failed: {error}")
