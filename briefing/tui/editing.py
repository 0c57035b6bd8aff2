"""The briefing's file: `e` opens it in the user's editor, the TUI suspended; `stamp` tells when it changed.

A bundled briefing is read-only: `e` edits the user's own copy of it (made once, in their briefings folder).
"""

from __future__ import annotations

import os
import shlex
import subprocess
from collections.abc import Mapping
from pathlib import Path

from textual.app import App, SuspendNotSupported

from briefing.paths import bundled_content, user_briefings

# Editors that open a file at line N when given '+N' before it.
LINE_FIRST = frozenset({"vi", "vim", "nvim", "view", "nano", "emacs", "emacsclient", "micro", "kak", "joe", "mg"})


def editor_command(environ: Mapping[str, str]) -> list[str]:
    """VISUAL, else EDITOR, else vi; split like a shell would, so EDITOR="code -w" runs `code` with `-w`."""
    return shlex.split(environ.get("VISUAL") or environ.get("EDITOR") or "vi")


def is_bundled(path: str) -> bool:
    return bool(path) and Path(path).resolve().is_relative_to(bundled_content().resolve())


def own_copy(path: str) -> Path:
    """The user's copy of a bundled briefing, in their briefings folder (made the first time; kept after)."""
    target = user_briefings() / Path(path).name
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(Path(path).read_bytes())
    return target


def refusal(path: str) -> str:
    """Why this file cannot be edited ('' if it can): no file, or a read-only file."""
    if not path or not Path(path).is_file():
        return "This briefing has no file to edit."
    if not os.access(path, os.W_OK):
        return f"{path} is read-only."
    return ""


def edit(app: App[object], path: str, line: int | None = None) -> str:
    """Run the editor on `path` (at `line`, for editors that take '+N') with the app suspended; '' when it
    exits cleanly, else what went wrong."""
    try:
        command = editor_command(os.environ)
    except ValueError as exc:  # an unbalanced quote in $EDITOR
        return f"Cannot read $VISUAL / $EDITOR: {exc}"
    at = [f"+{line}"] if line and command and Path(command[0]).name in LINE_FIRST else []
    command = [*command, *at, path]
    try:
        with app.suspend():
            # Caught inside: `suspend` resumes the app only when its block ends without an exception.
            failure = _run(command)
    except SuspendNotSupported:  # no terminal to hand over (headless, web): the editor runs without one
        failure = _run(command, stdin=subprocess.DEVNULL, capture_output=True)
    return failure


def _run(command: list[str], **options: object) -> str:
    try:
        done = subprocess.run(command, check=False, **options)  # type: ignore[call-overload]
    except OSError as exc:
        return f"Cannot run the editor {command[0]!r}: {exc.strerror or exc}. Set $VISUAL or $EDITOR."
    if done.returncode:
        return f"The editor {command[0]!r} exited with status {done.returncode}; the file is reloaded if it changed."
    return ""


def stamp(path: str) -> tuple[int, int] | None:
    """The file's (mtime, size): when it differs from the last one seen, the file changed. None: no file."""
    try:
        status = os.stat(path) if path else None
    except OSError:
        return None
    return (status.st_mtime_ns, status.st_size) if status else None
