"""The library's files that could not be read, each with why (the palette's "Unreadable files")."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType

from briefing.tui.renderings import safe
from briefing.tui.screens.list_box import ListBox


class UnreadableScreen(ListBox[None]):
    HELP_TITLE = "unreadable files"
    LIST_ID = "unreadable-list"
    FOOT = "escape closes · `briefing check FOLDER` prints the same list"
    EMPTY = "Every file in the library could be read."
    BINDINGS: ClassVar[list[BindingType]] = [Binding("q,escape", "dismiss", "Close", id="unreadable.close")]

    def __init__(self, problems: list[str]) -> None:
        super().__init__()
        self.problems = problems

    def title_line(self) -> str:
        count = len(self.problems)
        return f"{count} file{'s' if count != 1 else ''} could not be read: fix each and it shows up"

    def entries(self) -> list[Text]:
        return [Text(safe(problem)) for problem in self.problems]
