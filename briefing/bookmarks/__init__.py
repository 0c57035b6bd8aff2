"""Bookmarks: statements a reader kept, in a SQLite store in the user data dir."""

from briefing.bookmarks.bookmark import Bookmark
from briefing.bookmarks.store import BookmarkStore

__all__ = ["Bookmark", "BookmarkStore"]
