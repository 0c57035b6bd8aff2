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


def no_briefings(roots: list[Path] | None) -> str:
    """The one line an empty library shows, saying how to add briefings: for the folders given, or for the
    user's library (roots None)."""
    if not roots:
        return (f"No briefings yet: add .md or .txt files to {user_briefings()}, "
                "or run `briefing import ARTICLE`.")
    where = ", ".join(str(root) for root in roots)
    return f"No briefings in {where}: add .md or .txt files there, or run `briefing import ARTICLE -o FILE`."
