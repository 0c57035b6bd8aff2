"""What changed on disk since the index was made, found at the cost of what changed (see docs/library.md).

    quick_changes(conn, roots)   # one stat per folder, a listing of each folder whose mtime changed
    full_changes(conn, roots)    # one stat per file: the first index, and the background sweep
    file_changes(conn, paths)    # one stat per path: the files a result is about to show

Adding, removing or renaming an entry changes its folder's mtime, so the quick check sees files added,
deleted, renamed or replaced by a rename, and folders added or removed. A file rewritten in place
changes no folder: the full check (sweep) and `file_changes` on what a result shows catch it.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing.library.sources import Folder, Found, rescan, scan

CHUNK = 500  # SQL variables per IN (...) list


@dataclass(frozen=True)
class Changes:
    """What to do to the index: read `jobs`, forget `gone`, drop the folders `dropped` (and all under
    them), then keep `folders` as listed now."""

    jobs: tuple[Found, ...] = ()
    gone: tuple[str, ...] = ()
    folders: tuple[Folder, ...] = ()
    dropped: tuple[str, ...] = ()
    unreadable: tuple[str, ...] = ()
    full: bool = False  # every folder was listed: `folders` is all there is

    @property
    def empty(self) -> bool:
        return not (self.jobs or self.gone or self.folders or self.dropped or self.full)


def full_changes(conn: sqlite3.Connection, roots: Sequence[str]) -> Changes:
    """Every file stat'ed and compared with the index."""
    found = scan(Path(r) for r in roots)
    known = set(conn.execute("SELECT path, size, mtime_ns FROM files"))
    here = set(found.paths)
    return Changes(jobs=tuple(f for f in found.files if f not in known),
                   gone=tuple(path for path, _, _ in known if path not in here),
                   folders=found.folders, unreadable=found.unreadable, full=True)


def quick_changes(conn: sqlite3.Connection, roots: Sequence[str]) -> Changes | None:
    """Folders stat'ed; those whose mtime changed listed again. None if the index has no folders yet."""
    known = {row[0]: Folder(*row) for row in conn.execute("SELECT path, mtime_ns, dev, ino, parent FROM folders")}
    if not known:
        return None
    folder_roots, file_roots = _split(roots)
    dropped: list[str] = []
    relist: list[Folder] = []
    for folder in known.values():
        if folder.parent == "" and folder.path not in folder_roots:
            dropped.append(folder.path)  # no longer a root (the config changed)
            continue
        try:
            info = os.stat(folder.path)
        except OSError:
            dropped.append(folder.path)
            continue
        if (info.st_dev, info.st_ino) != (folder.dev, folder.ino) or not stat.S_ISDIR(info.st_mode):
            dropped.append(folder.path)  # replaced by another folder (or a file) of the same name
            relist.append(folder)
        elif info.st_mtime_ns != folder.mtime_ns:
            relist.append(folder)
    under = _Subtrees(dropped)
    relist = [f for f in relist if f.path in dropped or not under.holds(f.path)]
    relist += [Folder(root, -1, 0, 0, "") for root in folder_roots if root not in known or under.holds(root)]
    ids = {(f.dev, f.ino) for f in known.values() if not under.holds(f.path)}
    scans = [rescan(f.path, f.parent, ids - {(f.dev, f.ino)}) for f in relist]
    gone = set(_files_under(conn, dropped))
    listed = {f.path for s in scans for f in s.folders}
    before = {row[0]: row for row in _rows_in(conn, listed) if row[0] not in gone}
    found = [f for s in scans for f in s.files]
    here = {f.path for f in found}
    gone.update(path for path in before if path not in here)
    jobs = {f.path: f for f in found if before.get(f.path) != f}
    for path in file_roots:
        jobs.update((f.path, f) for f in _stale(conn, [path]) if isinstance(f, Found))
    folders = tuple(f for s in scans for f in s.folders if known.get(f.path) != f)
    return Changes(jobs=tuple(jobs.values()), gone=tuple(gone), folders=folders, dropped=tuple(dropped),
                   unreadable=tuple(u for s in scans for u in s.unreadable))


def file_changes(conn: sqlite3.Connection, paths: Iterable[str]) -> Changes:
    """The given indexed files stat'ed: those changed (even in place) to read, those gone to forget."""
    stale = _stale(conn, dict.fromkeys(paths))
    return Changes(jobs=tuple(f for f in stale if isinstance(f, Found)),
                   gone=tuple(f for f in stale if isinstance(f, str)))


def _stale(conn: sqlite3.Connection, paths: Iterable[str]) -> list[Found | str]:
    """A Found for each path whose size or mtime is not the index's, the path itself for each one gone."""
    out: list[Found | str] = []
    for path in paths:
        row = conn.execute("SELECT size, mtime_ns FROM files WHERE path = ?", (path,)).fetchone()
        try:
            info = os.stat(path)
        except OSError:
            if row is not None:
                out.append(path)
            continue
        if row is None or (info.st_size, info.st_mtime_ns) != tuple(row):
            out.append(Found(path, info.st_size, info.st_mtime_ns))
    return out


def _split(roots: Sequence[str]) -> tuple[list[str], list[str]]:
    """The roots that are folders, and those that are files (a missing root is neither)."""
    folders, files = [], []
    for root in roots:
        try:
            mode = os.stat(root).st_mode
        except OSError:
            continue
        (folders if stat.S_ISDIR(mode) else files).append(root)
    return folders, files


class _Subtrees:
    """Whether a path is one of some folders or under one."""

    def __init__(self, folders: Iterable[str]) -> None:
        self.folders = set(folders)
        self.prefixes = tuple(os.path.join(f, "") for f in self.folders)

    def holds(self, path: str) -> bool:
        return path in self.folders or (bool(self.prefixes) and path.startswith(self.prefixes))


def _files_under(conn: sqlite3.Connection, folders: Sequence[str]) -> list[str]:
    out: list[str] = []
    for folder in folders:
        prefix = os.path.join(folder, "")
        out += [row[0] for row in conn.execute(
            "SELECT path FROM files WHERE folder = ? OR substr(folder, 1, ?) = ?", (folder, len(prefix), prefix))]
    return out


def _rows_in(conn: sqlite3.Connection, folders: Iterable[str]) -> list[tuple[str, int, int]]:
    """(path, size, mtime) of the indexed files directly in these folders."""
    chosen = list(folders)
    rows: list[tuple[str, int, int]] = []
    for start in range(0, len(chosen), CHUNK):
        part = chosen[start:start + CHUNK]
        rows += conn.execute(f"SELECT path, size, mtime_ns FROM files WHERE folder IN ({', '.join('?' * len(part))})",
                             part).fetchall()
    return rows
