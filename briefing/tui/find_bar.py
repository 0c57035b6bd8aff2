"""The find bar, docked under the reader (after toolong's find dialog): `/` opens it, `escape` clears it."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Label


class FindBar(Horizontal):
    """An input and the position of the current match, `k/N`. Hidden by CSS until it has the class `-open`."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "clear", "Clear search", id="find.clear")]

    class Cleared(Message):
        """The user closed the bar: drop the highlights."""

    def compose(self) -> ComposeResult:
        yield Label("Find:", id="find-label")
        yield Input(placeholder="type to highlight; enter keeps it, escape clears", id="find-input")
        yield Label("", id="find-position")

    @property
    def input(self) -> Input:
        return self.query_one("#find-input", Input)

    @property
    def is_open(self) -> bool:
        return self.has_class("-open")

    def open(self) -> None:
        self.add_class("-open")
        self.input.disabled = False
        # At once, not after this message as `focus()` would: the word typed right after `/` (a burst from the
        # terminal) would go to the reader's keys instead of the box.
        self.screen.set_focus(self.input)

    def close(self) -> None:
        self.remove_class("-open")
        self.input.value = ""
        self.input.disabled = True  # closed, it can never take focus or keys
        self.show_position(None, 0)

    def show_position(self, index: int | None, count: int) -> None:
        """'2/7' for the second of seven matches; '0/0' when nothing matches."""
        shown = "" if not self.input.value else f"{0 if index is None else index + 1}/{count}"
        self.query_one("#find-position", Label).update(shown, layout=False)

    def action_clear(self) -> None:
        self.post_message(self.Cleared())
