"""Library sources: bundled content, the user's briefings folder, config folders, paths given.

Finding files is the one thing every start-up does, so it costs one `stat` per file and imports
nothing heavy: links to folders are followed, but each folder is entered once (no loops), and a
folder that cannot be read is noted and skipped.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from array import array
from collections.abc import Callable, Iterable, Iterator
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


class Glance(NamedTuple):
    """What a warm start needs of a scan: if `state` is the index's, nothing changed since it was made."""

    state: str  # a hash of every (path, size, mtime)
    files: int
    unreadable: tuple[str, ...]


Glancing = Callable[[], Glance]  # a scan under way; calling it waits for the result (see prescan.py)


@dataclass(frozen=True)
class Scan:
    """Every briefing file under the roots (in the order the folders list them), and the folders skipped.

    Kept as columns: a warm start only hashes them, and 10,000 `Found` tuples would cost more than the hash.
    """

    paths: tuple[str, ...]
    sizes: tuple[int, ...]
    mtimes_ns: tuple[int, ...]
    unreadable: tuple[str, ...]  # 'path: why', one per folder or file name that could not be read

    @cached_property
    def files(self) -> tuple[Found, ...]:
        return tuple(map(Found, self.paths, self.sizes, self.mtimes_ns))

    def glance(self) -> Glance:
        digest = hashlib.blake2b(digest_size=16)
        digest.update("\0".join(self.paths).encode("utf-8", "surrogateescape"))
        digest.update(array("q", self.sizes).tobytes())  # raw int64s: array stays in C
        digest.update(array("q", self.mtimes_ns).tobytes())
        return Glance(digest.hexdigest(), len(self.paths), self.unreadable)


def default_roots(config_folders: Iterable[str] = ()) -> list[Path]:
    """Bundled content, then `<data dir>/briefings` (created on first run), then the config's folders."""
    user = user_briefings()
    with contextlib.suppress(OSError):  # a read-only home still lists the bundled briefings
        user.mkdir(parents=True, exist_ok=True)
    return [bundled_content(), user, *(Path(f) for f in config_folders)]


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
                walk.folders(str(root), info.st_dev)
        elif walk.first_sight(info.st_dev, info.st_ino):
            walk.add(str(root), info)
    return Scan(tuple(walk.paths), tuple(walk.sizes), tuple(walk.mtimes_ns), tuple(walk.unreadable))


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

    def folders(self, root: str, device: int) -> None:
        """Every folder under `root`, depth first; `device` is the root's."""
        stack = [(root, device)]
        while stack:
            folder, device = stack.pop()
            try:
                with _listing(folder) as entries:
                    self.take(folder, device, entries, stack)
            except OSError as exc:
                self.unreadable.append(f"{folder}: {exc.strerror or exc}")

    def take(self, folder: str, device: int, entries: list[os.DirEntry[str]], stack: list[tuple[str, int]]) -> None:
        # The hot loop of every start-up: one stat per file and as little Python as will do.
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
                        stack.append((prefix + name, info.st_dev))
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
