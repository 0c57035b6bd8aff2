"""The command palette (`ctrl+p`): open a briefing, go to an actor, search, bookmarks, theme."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from functools import partial
from pathlib import Path

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher
from textual.markup import escape

from briefing.tui.renderings import safe


def highlighted(matcher: Matcher, name: str) -> Content:
    """The name with the matched letters marked. `Matcher.highlight` would parse the name as markup, and a
    title is content, not markup: '[@click=app.quit]' must show as written."""
    content = Content(name)
    _, offsets = matcher.fuzzy_search.match(matcher.query, name)
    for offset in offsets:
        if not name[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class BriefingCommands(Provider):
    """Help texts are markup to the palette, so a path or title in them is escaped."""

    async def startup(self) -> None:
        # In a thread: the first listing of a library may have files to read.
        self.entries = await asyncio.to_thread(self.app.library_entries)

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        from briefing.tui.screens.library import LibraryScreen
        from briefing.tui.screens.reader import ReaderScreen
        from briefing.tui.screens.unreadable import UnreadableScreen

        app = self.app
        commands: list[tuple[str, Callable[[], object], str]] = []
        screen = self.screen
        if isinstance(screen, ReaderScreen):
            commands.append(("Search this briefing", screen.action_find, "Find text in the current section (/)"))
            for number, actor in enumerate(screen.briefing.sections.actors, start=1):
                commands.append((f"Go to actor: {safe(actor.name)}", partial(screen.action_actor, number),
                                 "Show the actor's card"))
        if isinstance(screen, LibraryScreen) and screen.problems:
            commands.append(("Unreadable files", partial(app.push_screen, UnreadableScreen(screen.problems)),
                             f"The {len(screen.problems)} files that could not be read, and why"))
        commands.append(("Search all briefings", app.action_search, "Words across the library, ranked"))
        commands.append(("Bookmarks", app.action_bookmarks, "Every bookmark, across briefings (B)"))
        for entry in self.entries:
            opening = partial(app.open_path, Path(entry.path), entry.title, indexed=True)
            commands.append((f"Open briefing: {safe(entry.title)}", opening, safe(entry.path)))
        for name in sorted(app.available_themes):
            commands.append((f"Theme: {name}", partial(setattr, app, "theme", name), "Switch the colour theme"))
        return commands

    async def discover(self) -> Hits:
        for name, run, help_text in self._commands():
            if not name.startswith("Theme:"):
                yield DiscoveryHit(Content(name), run, text=name, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, run, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, highlighted(matcher, name), run, text=name, help=escape(help_text))
