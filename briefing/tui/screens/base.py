"""What every screen of the app shares: a status line under its content, and a say in which keys it takes."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widgets import Static


class BriefingScreen(Screen[None]):
    HELP_TITLE = "this screen"

    def say(self, message: str) -> None:
        """One line of status under the content (a position, a bookmark saved); content is never markup."""
        self.query_one("#status", Static).update(Text(message), layout=False)

    def hold_key(self, event: events.Key) -> bool:
        """True if the screen keeps this key for later (it cannot take it yet); the app then skips it."""
        return False
