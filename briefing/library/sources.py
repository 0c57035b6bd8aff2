"""Library sources: bundled content, the user's briefings folder, config folders, paths given.

Finding files is the one thing every start-up does, so it costs one `stat` per file and imports
nothing heavy: links to folders are followed, but each folder is entered once (no loops), and a
folder that cannot be read is noted and skipped.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from briefing.document.suffixes import BRIEFING_SUFFIXES
from briefing.paths import bundled_content, user_briefings


class Found(NamedTuple):
    """A briefing file on disk, as the scan saw it: the path is the root given joined with names.

    A NamedTuple, not a dataclass: every start-up builds one per file, and tuples build 3x faster.
    """

    path: str
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class Scan:
    """Every briefing file under the roots (in the order the folders list them), and the folders skipped."""

    files: tuple[Found, ...]
    unreadable: tuple[str, ...]  # 'path: why', one per folder or file name that could not be read


def default_roots(config_folders: Iterable[str] = ()) -> list[Path]:
    """Bundled content, then `<data dir>/briefings` (created on first run), then the config's folders."""
    user = user_briefings()
    with contextlib.suppress(OSError):  # a read-only home still lists the bundled briefings
        user.mkdir(parents=True, exist_ok=True)
    return [bundled_content(), user, *(Path(f) for f in config_folders)]


def scan(roots: Iterable[Path]) -> Scan:
    """Walk the roots: a root that is a file counts as it is; a missing root gives nothing."""
    files: list[Found] = []
    unreadable: list[str] = []
    seen_files: set[tuple[int, int]] = set()
    seen_dirs: set[tuple[int, int]] = set()
    for root in roots:
        try:
            info = os.stat(root)
        except OSError:
            continue
        if stat.S_ISDIR(info.st_mode):
            if _first_visit(seen_dirs, info):
                files += _walk(str(root), seen_dirs, seen_files, unreadable)
        elif _first_visit(seen_files, info):
            files.append(Found(str(root), info.st_size, info.st_mtime_ns))
    return Scan(tuple(files), tuple(unreadable))


def briefing_files(roots: Iterable[Path]) -> Iterator[Path]:
    """Every .md/.txt file under the roots, sorted, once."""
    for found in sorted(scan(roots).files):
        yield Path(found.path)


def _first_visit(seen: set[tuple[int, int]], info: os.stat_result) -> bool:
    key = (info.st_dev, info.st_ino)
    if key in seen:
        return False
    seen.add(key)
    return True


def _utf8(path: str) -> bool:
    """A name that is not UTF-8 arrives with surrogates, which SQLite cannot store."""
    if path.isascii():
        return True
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _walk(root: str, seen_dirs: set[tuple[int, int]], seen_files: set[tuple[int, int]],
          unreadable: list[str]) -> list[Found]:
    # The hot loop of every start-up: one stat per file and as little Python as will do.
    out: list[Found] = []
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError as exc:
            unreadable.append(f"{folder}: {exc.strerror or exc}")
            continue
        for entry in entries:
            name = entry.name
            if name[0] == ".":
                continue
            try:
                if entry.is_dir():
                    if _first_visit(seen_dirs, entry.stat()):
                        stack.append(entry.path)
                    continue
                dot = name.rfind(".")
                if dot <= 0 or name[dot:].lower() not in BRIEFING_SUFFIXES or not entry.is_file():
                    continue
                path = entry.path
                if not path.isascii() and not _utf8(path):
                    unreadable.append(f"{path}: the file name is not UTF-8; rename it")
                    continue
                info = entry.stat()
                key = (info.st_dev, info.st_ino)
                if key not in seen_files:  # a link to a file listed already
                    seen_files.add(key)
                    out.append(Found(path, info.st_size, info.st_mtime_ns))
            except OSError:  # a dangling link or a file gone since the listing: not a briefing
                continue
    return out
