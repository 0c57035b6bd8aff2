"""The screens of the reader: library, briefing, bookmarks, help."""
