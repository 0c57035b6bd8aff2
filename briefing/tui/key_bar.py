"""One line of key hints at the foot of a screen, drawn once when the screen mounts.

Textual's Footer recomposes itself on every focus change, which cost a reader section switch ~150 ms on a
long briefing; these hints only change with the keymap, which is fixed once the app starts.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


class KeyBar(Static):
    def on_mount(self) -> None:
        self.call_after_refresh(self.show_keys)

    def show_keys(self) -> None:
        """The screen's shown bindings (as remapped by the keymap), then help and the palette."""
        hints = Text(no_wrap=True, overflow="ellipsis")
        seen: set[str] = set()
        for active in self.screen.active_bindings.values():
            binding = active.binding
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            hints.append(f" {self.app.get_key_display(binding)}", "bold")
            hints.append(f" {binding.description} ")
        hints.append(f" {self.app.COMMAND_PALETTE_BINDING}", "bold")
        hints.append(" Palette")
        self.update(hints, layout=False)
