"""What a user of the reader sees, read off the rendered screen in a Pilot test."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from pathlib import Path

from rich.style import Style
from textual import events
from textual.app import App
from textual.pilot import Pilot
from textual.worker import WorkerFailed

from briefing.tui.block_view import BlockView

FIXTURES = Path(__file__).parent / "fixtures"
HARBOUR = FIXTURES / "harbour-talks.md"
RIVER = FIXTURES / "river-dispute.md"


def screen_lines(app: App) -> list[str]:
    """The whole screen as text, one string per terminal row."""
    return [strip.text.rstrip() for strip in app.screen._compositor.render_strips()]


def screen_text(app: App) -> str:
    return "\n".join(screen_lines(app))


def view_rows(view: BlockView) -> list[str]:
    """The rows a block view shows now."""
    return [view.render_line(y).text.rstrip() for y in range(view.scrollable_content_region.height)]


def runs_with(view: BlockView, component: str) -> list[str]:
    """The pieces of text on screen drawn in a component style (a match, the current match, the cursor)."""
    wanted = view.style_of(component).bgcolor
    found: list[str] = []
    for y in range(view.scrollable_content_region.height):
        for segment in view.render_line(y):
            style: Style | None = segment.style
            if style is not None and style.bgcolor == wanted and segment.text.strip():
                found.append(segment.text)
    return found


KEY_NAMES = {" ": "space", "/": "slash"}


def type_at_once(app: App, typed: str) -> None:
    """Queue every key of `typed` before the app handles the first, as a terminal hands over a fast typist's
    burst or `tmux send-keys '/word'` (Pilot's `press` lets the app idle between keys, which hides a lost key)."""
    for char in typed:
        app.post_message(events.Key(KEY_NAMES.get(char, char), char))


async def settled(pilot: Pilot) -> None:
    """Wait for the app's threads (the library, a file being read) and the repaint after them."""
    with contextlib.suppress(WorkerFailed):  # a thread that failed is the app's to report, and tests check that
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def until(pilot: Pilot, ready: Callable[[], bool], timeout: float = 15.0) -> None:
    """Let the app run until `ready()` holds (a background search, a file poll); a loaded machine may take a
    while, so no fixed pause is long enough for every run."""
    deadline = time.monotonic() + timeout
    while not ready():
        assert time.monotonic() < deadline, "the app never reached the state the test waits for"
        await pilot.pause(0.05)


def write_long_briefing(folder: Path, paragraphs: int = 300) -> Path:
    """A briefing whose text is many paragraphs long, each naming its number (so rows can be told apart)."""
    body = "\n\n".join(
        f"Paragraph {n} of the long report. The observers counted the convoys again and wrote it down "
        f"for the record, as they did every morning at the crossing."
        + (" Oskar Lund was there." if n % 50 == 7 else "")
        for n in range(1, paragraphs + 1)
    )
    path = folder / "long-report.md"
    path.write_text(
        "---\ntitle: A long report\ndate: 2031-06-01\n---\n\n## Actors\n- **Oskar Lund** — observer\n\n"
        f"## Text\n{body}\n",
        encoding="utf-8",
    )
    return path
