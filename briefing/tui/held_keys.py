"""Keys typed while the reader cannot take them yet (the file still being read): held, then typed again in order.

The app hands every key to the screen first (`BriefingScreen.hold_key`); the reader holds it while the
section shown is still being read, and every key after it, so none is dropped and none overtakes another.
"""

from __future__ import annotations

from textual import events
from textual.app import App


class HeldKeys:
    def __init__(self, app: App) -> None:
        self._app = app
        self._held: list[tuple[str, str | None]] = []
        # Held keys typed again and not yet handled: plain Key events (Textual routes a Key subclass elsewhere),
        # told from the user's by identity.
        self._replayed: list[events.Key] = []
        # A key waits for the reader: none is typed again until the reader says it can take more (`release`);
        # else a key typed again that still waits would be held and typed again without end.
        self._blocked = False

    def take(self, event: events.Key, waits: bool) -> bool:
        """True if `event` is held: it `waits` for the reader, or keys typed before it are still held."""
        replayed = any(event is key for key in self._replayed)
        if replayed:
            self._replayed = [key for key in self._replayed if key is not event]
        held = waits or bool(self._held) or (not replayed and bool(self._replayed))
        if held:
            self._held.append((event.key, event.character))
            self._blocked = self._blocked or waits
        if not self._blocked:
            self._type_again()
        return held

    def release(self) -> None:
        """The reader can take more (a section came in): type the held keys again, in order."""
        self._blocked = False
        self._type_again()

    def _type_again(self) -> None:
        """Type the held keys again, once those typed again before them are handled."""
        if self._replayed or not self._held:
            return
        held, self._held = self._held, []
        self._replayed = [events.Key(key, character) for key, character in held]
        for key in self._replayed:
            key.set_sender(self._app)  # as the terminal's keys: sent by the app, so they bubble back to its bindings
            self._app.post_message(key)
