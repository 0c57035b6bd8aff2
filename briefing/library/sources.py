"""Library sources: bundled content, the user's briefings folder, config folders, paths given."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from briefing.document.load import is_briefing_file
from briefing.paths import bundled_content, user_briefings


def default_roots(config_folders: Iterable[str] = ()) -> list[Path]:
    """Bundled content, then `<data dir>/briefings` (created on first run), then the config's folders."""
    user = user_briefings()
    with contextlib.suppress(OSError):  # a read-only home still lists the bundled briefings
        user.mkdir(parents=True, exist_ok=True)
    return [bundled_content(), user, *(Path(f) for f in config_folders)]


def briefing_files(roots: Iterable[Path]) -> Iterator[Path]:
    """Every .md/.txt file under the roots, sorted, once; links to folders are not followed (no loops)."""
    seen: set[Path] = set()
    for root in roots:
        if root.is_file():
            candidates: Iterable[Path] = [root]
        else:
            candidates = sorted(_walk(root))
        for path in candidates:
            key = path.resolve() if path.exists() else path
            if key not in seen:
                seen.add(key)
                yield path


def _walk(root: Path) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if is_briefing_file(name) and not name.startswith("."):
                yield Path(folder) / name
