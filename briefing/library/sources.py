"""Library sources: bundled content, the user's briefings folder, config folders, paths given.

A full scan costs one `stat` per file and imports nothing heavy: links to folders are followed, but each
folder is entered once (no loops), and a folder that cannot be read is noted and skipped. Each folder is
kept with its mtime, so that later checks list again only the folders whose mtime changed (see
docs/library.md).
"""

from __future__ import annotations

import contextlib
import os
import stat
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

from briefing.document.suffixes import BRIEFING_SUFFIXES
from briefing.paths import bundled_content, user_briefings


class Found(NamedTuple):
    """A briefing file on disk, as the scan saw it: the path is the root given joined with names.

    A NamedTuple, not a dataclass: a refresh that finds changes builds one per file, and tuples build 3x faster.
    """

    path: str
    size: int
    mtime_ns: int


# A folder changed this close to its listing may change again within the same clock tick, with the same
# mtime: it is kept as "list again" (mtime UNSURE), as git does with racy entries.
RACY_NS = 1_000_000_000
UNSURE = -1  # the mtime kept for a folder to list again next time: racy, unreadable, or with a bad name


class Folder(NamedTuple):
    """A folder as listed: `mtime_ns` is UNSURE when the next check must list it again; `parent` is ''
    for a root."""

    path: str
    mtime_ns: int
    dev: int
    ino: int
    parent: str


@dataclass(frozen=True)
class Scan:
    """Every briefing file under the roots (in the order the folders list them), and the folders skipped.

    Kept as columns: building 100,000 `Found` tuples is left to those who need them.
    """

    paths: tuple[str, ...]
    sizes: tuple[int, ...]
    mtimes_ns: tuple[int, ...]
    unreadable: tuple[str, ...]  # 'path: why', one per folder or file name that could not be read
    folders: tuple[Folder, ...] = ()  # every folder entered, with the mtime it had when listed

    @cached_property
    def files(self) -> tuple[Found, ...]:
        return tuple(map(Found, self.paths, self.sizes, self.mtimes_ns))


def default_roots(config_folders: Iterable[str] = ()) -> list[Path]:
    """Bundled content, then `<data dir>/briefings` (created on first run), then the config's folders."""
    user = user_briefings()
    with contextlib.suppress(OSError):  # a read-only home still lists the bundled briefings
        user.mkdir(parents=True, exist_ok=True)
    return [bundled_content(), user, *(Path(f) for f in config_folders)]


def replaced_bundled() -> list[str]:
    """The bundled briefings the user has their own copy of (`e` on one makes it, see tui/editing.py): the
    library lists the copy, not both under one title."""
    bundled, user = bundled_content(), user_briefings()
    try:
        names = os.listdir(bundled)
    except OSError:
        return []
    return [os.path.join(bundled, name) for name in names if os.path.isfile(user / name)]


def scan(roots: Iterable[Path]) -> Scan:
    """Walk the roots: a root that is a file counts as it is; a missing root gives nothing."""
    walk = _Walk()
    for root in roots:
        try:
            info = os.stat(root)
        except OSError:
            continue
        if stat.S_ISDIR(info.st_mode):
            if walk.first_visit(info):
                walk.folders(str(root), info, "")
        elif walk.first_sight(info.st_dev, info.st_ino):
            walk.add(str(root), info)
    return walk.result()


def rescan(folder: str, parent: str, known: Iterable[tuple[int, int]]) -> Scan:
    """List `folder` again: its files, and whole any folder under it not in `known` (dev, ino) pairs.

    What a check does for a folder whose mtime changed: its known subfolders are checked on their own.
    A folder that is gone gives an empty Scan.
    """
    walk = _Walk()
    walk.seen_dirs.update(known)
    try:
        info = os.stat(folder)
    except OSError:
        return walk.result()
    if stat.S_ISDIR(info.st_mode):
        walk.seen_dirs.add((info.st_dev, info.st_ino))
        walk.folders(folder, info, parent)
    return walk.result()


def briefing_files(roots: Iterable[Path]) -> Iterator[Path]:
    """Every .md/.txt file under the roots, sorted, once."""
    for found in sorted(scan(roots).files):
        yield Path(found.path)


def _utf8(path: str) -> bool:
    """A name that is not UTF-8 arrives with surrogates, which SQLite cannot store."""
    if path.isascii():
        return True
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class _Walk:
    """One scan's state: what it found, what it could not read, and what it has seen (so that a file or
    folder reached by two names counts once, and a link loop ends)."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        self.sizes: list[int] = []
        self.mtimes_ns: list[int] = []
        self.unreadable: list[str] = []
        self.listed: list[Folder] = []
        self.seen_dirs: set[tuple[int, int]] = set()
        self.inodes: dict[int, set[int]] = {}  # by device: a set of ints is cheaper than one of tuples

    def add(self, path: str, info: os.stat_result) -> None:
        self.paths.append(path)
        self.sizes.append(info.st_size)
        self.mtimes_ns.append(info.st_mtime_ns)

    def first_visit(self, info: os.stat_result) -> bool:
        key = (info.st_dev, info.st_ino)
        if key in self.seen_dirs:
            return False
        self.seen_dirs.add(key)
        return True

    def first_sight(self, device: int, inode: int) -> bool:
        inodes = self.inodes.setdefault(device, set())
        if inode in inodes:
            return False
        inodes.add(inode)
        return True

    def result(self) -> Scan:
        return Scan(tuple(self.paths), tuple(self.sizes), tuple(self.mtimes_ns), tuple(self.unreadable),
                    tuple(self.listed))

    def folders(self, root: str, info: os.stat_result, parent: str) -> None:
        """Every folder under `root`, depth first; `info` is the root's stat, `parent` its parent ('' for a root)."""
        stack = [(root, info, parent)]
        while stack:
            folder, info, parent = stack.pop()
            problems, listed_ns = len(self.unreadable), time.time_ns()
            try:
                with _listing(folder) as entries:
                    self.take(folder, info.st_dev, entries, stack)
            except OSError as exc:
                self.unreadable.append(f"{folder}: {exc.strerror or exc}")
            sure = len(self.unreadable) == problems and info.st_mtime_ns < listed_ns - RACY_NS
            self.listed.append(Folder(folder, info.st_mtime_ns if sure else UNSURE, info.st_dev, info.st_ino,
                                      parent))

    def take(self, folder: str, device: int, entries: list[os.DirEntry[str]],
             stack: list[tuple[str, os.stat_result, str]]) -> None:
        # The hot loop of a full scan: one stat per file and as little Python as will do.
        prefix = os.path.join(folder, "")
        inodes = self.inodes.setdefault(device, set())  # a plain entry is on its folder's device
        for entry in entries:
            name = entry.name
            if name[0] == ".":
                continue
            try:
                if entry.is_dir():
                    info = entry.stat()
                    if self.first_visit(info):
                        stack.append((prefix + name, info, folder))
                    continue
                dot = name.rfind(".")
                if dot <= 0 or name[dot:].lower() not in BRIEFING_SUFFIXES or not entry.is_file():
                    continue
                path = prefix + name
                if not path.isascii() and not _utf8(path):
                    self.unreadable.append(f"{path}: the file name is not UTF-8; rename it")
                    continue
                info = entry.stat()
                if entry.is_symlink():  # a link to a file listed already, maybe on another device
                    if not self.first_sight(info.st_dev, info.st_ino):
                        continue
                else:  # the inode from the listing: no tuple, no extra stat
                    inode = entry.inode()
                    if inode in inodes:
                        continue
                    inodes.add(inode)
                self.add(path, info)
            except OSError:  # a dangling link or a file gone since the listing: not a briefing
                continue


@contextlib.contextmanager
def _listing(folder: str) -> Iterator[list[os.DirEntry[str]]]:
    """The folder's entries, which can be stat'ed inside the block only.

    Where the OS allows, the folder is listed through a descriptor, so that each `stat` looks up one
    name rather than the whole path again: a third faster on 10,000 files.
    """
    if os.scandir not in os.supports_fd:
        with os.scandir(folder) as listing:
            yield list(listing)
        return
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        with os.scandir(descriptor) as listing:
            yield list(listing)
    finally:
        os.close(descriptor)
