"""The one error a user sees: a file, maybe a line, and what is wrong."""

from __future__ import annotations

from pathlib import Path


class BriefingError(Exception):
    """Bad input: printed as one line, `path:line: message`, exit status 2."""

    def __init__(self, path: str | Path | None, message: str, line: int | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.line = line
        self.message = message
        super().__init__(self.render())

    def render(self) -> str:
        where = self.path or "briefing"
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}"
