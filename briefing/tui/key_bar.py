"""One line of key hints at the foot of a screen, drawn once when the screen mounts.

Textual's Footer recomposes itself on every focus change, which cost a reader section switch ~150 ms on a
long briefing; these hints only change with the keymap, which is fixed once the app starts.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.dom import DOMNode
from textual.widgets import Static


class KeyBar(Static):
    """A hint is a button too: clicking it does what its key does. Cut short, the bar ends in '…'."""

    def on_mount(self) -> None:
        self._spans: list[tuple[int, int, str, DOMNode]] = []  # (from, to, action, the node it runs on)
        self.call_after_refresh(self.show_keys)

    def show_keys(self) -> None:
        """The screen's shown bindings (as remapped by the keymap), then help and the palette."""
        hints = Text(no_wrap=True, overflow="ellipsis", end="")
        seen: set[str] = set()
        for active in self.screen.active_bindings.values():
            binding = active.binding
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            start = len(hints)
            hints.append(f" {self.app.get_key_display(binding)}", "bold")
            hints.append(f" {binding.description} ")
            self._spans.append((start, len(hints), binding.action, active.node))
        start = len(hints)
        hints.append(f" {self.app.COMMAND_PALETTE_BINDING}", "bold")
        hints.append(" Palette")
        self._spans.append((start, len(hints), "app.command_palette", self.app))
        self.update(hints, layout=False)

    async def on_click(self, event: events.Click) -> None:
        for start, end, action, node in self._spans:
            if start <= event.x < end:
                await self.app.run_action(action, node)
                return
