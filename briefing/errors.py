"""The one error a user sees: a file, maybe a line, and what is wrong."""

from __future__ import annotations

import difflib
from pathlib import Path


class BriefingError(Exception):
    """Bad input: printed as one line, `path:line: message`, exit status 2."""

    def __init__(self, path: str | Path | None, message: str, line: int | None = None, hint: str = "") -> None:
        self.path = str(path) if path is not None else None
        self.line = line
        self.message = message
        self.hint = hint
        super().__init__(self.render())

    def __reduce__(self) -> tuple[type[BriefingError], tuple[str | None, str, int | None, str]]:
        """Pickled as the line it shows (the read-ahead sends a file's error from its child process)."""
        return BriefingError, (self.path, self.message, self.line, self.hint)

    def render(self) -> str:
        where = self.path or "briefing"
        if self.line is not None:
            where = f"{where}:{self.line}"
        fix = f"; fix: {self.hint}" if self.hint else ""
        return f"{where}: {self.message}{fix}".replace("\n", "\\n")  # one line, whatever the file held


class BriefingErrors(BriefingError):
    """Several problems in one file that each stop it loading: shown as the first (one line, exit 2), and all
    of them by `briefing check`."""

    def __init__(self, problems: list[BriefingError]) -> None:
        first = problems[0]
        super().__init__(first.path, first.message, first.line, first.hint)
        self.problems = tuple(problems)


def suggestion(word: str, known: tuple[str, ...] | frozenset[str], example: str = "") -> str:
    """'whn' among ('when', 'who') -> "did you mean 'when'?"; else the example, if any."""
    near = difflib.get_close_matches(word, sorted(known), n=1, cutoff=0.6)
    if near:
        return f"did you mean '{near[0]}'?"
    return example
