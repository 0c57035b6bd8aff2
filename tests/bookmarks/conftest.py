"""A tiny curated briefing on disk, and stores in the isolated data dir (see tests/conftest.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from briefing.bookmarks import BookmarkStore
from briefing.document.load import load_briefing
from briefing.model import Briefing

HARBOUR = """\
---
id: harbour-talks
title: Harbour talks in Port Elin
date: 2026-03-02
---

## Statements
- **Mara Voss**: “The harbour stays open to every ship.” — at the quay
- **Tomas Reyes**: “We have not agreed to anything yet.”
- The council said it would meet again on Friday.
"""


@pytest.fixture
def harbour(tmp_path: Path) -> Briefing:
    path = tmp_path / "harbour.md"
    path.write_text(HARBOUR, encoding="utf-8")
    return load_briefing(path)


@pytest.fixture
def store() -> Iterator[BookmarkStore]:
    with BookmarkStore() as opened:
        yield opened


def overwrite_an_index(path: Path) -> None:
    """Overwrite the root page of an index: `quick_check` fails, the rows themselves stay readable."""
    db = sqlite3.connect(path)
    root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'bookmarks_by_briefing'").fetchone()[0]
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    db.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xa5" * page_size)


@pytest.fixture
def damage_index() -> Callable[[Path], None]:
    return overwrite_an_index
