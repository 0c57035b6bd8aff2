"""Bookmarks as a file a user keeps: Markdown grouped by briefing, or the JSON of `briefing bookmarks --json`."""

from __future__ import annotations

import json
from pathlib import Path

from briefing.bookmarks.bookmark import Bookmark, to_json
from briefing.errors import BriefingError
from briefing.safe_text import json_safe, visible

FORMATS = ("md", "json")


def choose_format(requested: str | None, output: Path | None) -> str:
    """--format wins; otherwise 'notes.json' means JSON and anything else Markdown."""
    if requested:
        return requested
    return "json" if output is not None and output.suffix.lower() == ".json" else "md"


def when(created: str) -> str:
    """'2026-11-25T20:32:21+00:00' -> '2026-11-25 20:32 UTC'."""
    return f"{created[:10]} {created[11:16]} UTC" if len(created) >= 16 else created


def one_line(text: str) -> str:
    return " ".join(text.split())


def to_markdown(bookmarks: list[Bookmark]) -> str:
    """'## Talks in Istanbul', its file, then each statement signed by its speaker: a quotation as a block
    quote, reported speech as a plain paragraph (it is not their words)."""
    groups: dict[str, list[Bookmark]] = {}
    for bookmark in bookmarks:
        groups.setdefault(bookmark.briefing, []).append(bookmark)
    lines = ["# Bookmarks"]
    for briefing, kept in groups.items():
        first = kept[0]
        lines += ["", f"## {one_line(first.title) or briefing}", "", f"`{briefing}` · {first.path or 'no file'}"]
        for bookmark in kept:
            signature = f"— {bookmark.speaker or 'no speaker'} · bookmarked {when(bookmark.created)}"
            if bookmark.direct:
                quote = [f"> {line}".rstrip() for line in bookmark.text.splitlines() or [""]]
                lines += ["", *quote, ">", f"> {signature}"]
            else:
                lines += ["", f"Reported: {one_line(bookmark.text)}", "", signature]
    return "\n".join(lines) + "\n"


def to_json_text(bookmarks: list[Bookmark]) -> str:
    return json_safe(json.dumps([to_json(b) for b in bookmarks], ensure_ascii=False, indent=1)) + "\n"


def render(bookmarks: list[Bookmark], fmt: str) -> str:
    """The export, safe to print: content cannot carry escape sequences to a terminal."""
    return to_json_text(bookmarks) if fmt == "json" else visible(to_markdown(bookmarks))


def write_export(text: str, output: Path, force: bool) -> None:
    """Write the file; an existing one is left alone unless `force`, so an export never eats notes."""
    try:
        with output.open("w" if force else "x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        raise BriefingError(output, "already exists", hint="add --force to replace it") from None
    except OSError as exc:
        raise BriefingError(output, f"cannot write: {exc.strerror or exc}") from None
