"""Fixtures of the reader's tests: briefings of our own, an app with a bookmark store in tmp.

The user's data, config and cache dirs are already isolated for every test by tests/conftest.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from tui_helpers import HARBOUR, RIVER

from briefing.config import Config
from briefing.document.load import load_briefing
from briefing.model import Briefing
from briefing.tui.app import BriefingApp


@pytest.fixture
def harbour() -> Briefing:
    return load_briefing(HARBOUR)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "bookmarks.sqlite3"


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """A library folder holding copies of the two fixture briefings."""
    folder = tmp_path / "library"
    folder.mkdir()
    for source in (HARBOUR, RIVER):
        (folder / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


@pytest.fixture
def reader_app(harbour: Briefing, store_path: Path) -> Callable[..., BriefingApp]:
    """An app open on the harbour briefing (or another), with its bookmarks in tmp."""

    def make(briefing: Briefing | None = None, config: Config | None = None) -> BriefingApp:
        return BriefingApp(briefing=briefing or harbour, config=config, bookmarks_path=store_path)

    return make
