"""The briefings of files opened by path, kept in the cache dir by content hash: the next open needs no analysis.

Like the index, a cache: a miss, an unreadable entry or a cache dir that cannot be written is never an
error, only slower. An entry is named by a hash of the parser's fingerprint, the file's path (a plain
article's id comes from its name) and its bytes, so an edit or a new parser misses.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path

from briefing.library.fingerprint import parser_fingerprint
from briefing.model import Briefing, briefing_from_json, briefing_to_json
from briefing.paths import cache_dir

KEPT = 64  # entries kept; the oldest read go first


def kept_dir() -> Path:
    return cache_dir() / "opened"


def key_of(path: Path, data: bytes) -> str:
    digest = hashlib.blake2b(parser_fingerprint().encode(), digest_size=16)
    digest.update(os.path.abspath(path).encode("utf-8", "surrogateescape") + b"\0")
    digest.update(data)
    return digest.hexdigest()


def kept_briefing(key: str) -> Briefing | None:
    """The briefing kept under `key`, or None (never kept, or unreadable)."""
    entry = kept_dir() / f"{key}.json"
    try:
        briefing = briefing_from_json(json.loads(entry.read_text(encoding="utf-8")))
        os.utime(entry)  # read recently: pruned last
    except (OSError, ValueError, TypeError, AttributeError):
        return None
    return briefing


def keep(key: str, briefing: Briefing) -> None:
    """Keep `briefing` under `key`, dropping the entries read least recently beyond `KEPT`."""
    folder = kept_dir()
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        partial = folder / f"{key}.{os.getpid()}.tmp"
        partial.write_text(json.dumps(briefing_to_json(briefing), ensure_ascii=False), encoding="utf-8")
        partial.replace(folder / f"{key}.json")  # atomic: a second instance never reads half an entry
        entries = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[KEPT:]:
            old.unlink()
