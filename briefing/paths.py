"""Where files go: platformdirs for the app name `briefing` (XDG_* on Linux, which is how tests isolate them)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP = "briefing"


def data_dir() -> Path:
    """Bookmarks and the user's own briefings folder."""
    return platformdirs.user_data_path(APP, appauthor=False)


def config_dir() -> Path:
    return platformdirs.user_config_path(APP, appauthor=False)


def cache_dir() -> Path:
    """The index: a cache, rebuilt whenever it is missing or unreadable."""
    return platformdirs.user_cache_path(APP, appauthor=False)


def bundled_content() -> Path:
    return Path(__file__).parent / "content"


def user_briefings() -> Path:
    return data_dir() / "briefings"
