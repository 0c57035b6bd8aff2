"""`briefing bookmarks [--json]`: the kept statements, newest first; `export`: to a file; `remove ID...`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from briefing.bookmarks import Bookmark, BookmarkStore
from briefing.bookmarks.bookmark import to_json
from briefing.bookmarks.export import FORMATS, choose_format, render, when, write_export
from briefing.cli.output import emit_json, say, warn
from briefing.errors import BriefingError, suggestion

EXPORT_HELP = """\
Write every bookmark, grouped by briefing, as Markdown (md) or as the JSON array of
'briefing bookmarks --json'. Without -o the export goes to standard output. With -o FILE
the format follows the name (FILE.json is JSON, anything else Markdown) unless --format
says otherwise, and an existing FILE is never replaced unless --force is given."""


def add_parser(commands: Any) -> argparse.ArgumentParser:
    parser = commands.add_parser(
        "bookmarks", help="list the bookmarked statements (newest first), or export them",
        description="List the statements bookmarked in the reader (key b), newest first.",
        usage="briefing bookmarks [--json]\n       briefing bookmarks export [--format {md,json}] [-o FILE] [--force]"
              "\n       briefing bookmarks remove ID [ID ...]",
    )
    parser.add_argument("--json", action="store_true",
                        help="print a JSON array of {id, briefing, path, statement, speaker, text, created}")
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    export = actions.add_parser("export", prog="briefing bookmarks export", description=EXPORT_HELP,
                                help="write the bookmarks as Markdown or JSON")
    export.add_argument("--format", choices=FORMATS, help="md or json (default: from FILE's name, else md)")
    export.add_argument("-o", "--output", metavar="FILE", type=Path, help="write to FILE instead of standard output")
    export.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    remove = actions.add_parser("remove", prog="briefing bookmarks remove", help="forget bookmarks by id",
                                description="Forget the bookmarks with these ids (shown by 'briefing bookmarks'). "
                                            "If any id is unknown, none is removed.")
    remove.add_argument("ids", nargs="+", metavar="ID", help="a bookmark's id")
    return parser


def block(bookmark: Bookmark) -> list[str]:
    """Who, from which briefing; the words, indented; when and which file."""
    lines = [f"{bookmark.speaker or 'No speaker'} — {bookmark.title or bookmark.briefing}"]
    lines += [f"    {line}" for line in bookmark.text.splitlines() or [""]]
    lines.append(f"    bookmarked {when(bookmark.created)} · {bookmark.path or 'no file'} · id {bookmark.id}")
    return lines


def run(args: argparse.Namespace) -> int:
    with BookmarkStore() as store:
        if store.notice:
            warn(store.notice)
        bookmarks = store.all()
        if args.action == "remove":
            return _remove(store, bookmarks, args.ids)
    if args.action == "export":
        text = render(bookmarks, choose_format(args.format, args.output))
        if args.output is None:
            say(text.rstrip("\n"))
        else:
            write_export(text, args.output, args.force)
            warn(f"briefing: wrote {len(bookmarks)} bookmark{'s' if len(bookmarks) != 1 else ''} to {args.output}")
    elif args.json:
        emit_json([to_json(b) for b in bookmarks])
    elif not bookmarks:
        warn("briefing: no bookmarks yet (press b on a statement in the reader)")
    else:
        say("\n\n".join("\n".join(block(b)) for b in bookmarks))
    return 0


def _remove(store: BookmarkStore, bookmarks: list[Bookmark], ids: list[str]) -> int:
    """All or nothing: a mistyped id removes none, so that a retyped command does not half repeat."""
    known = frozenset(b.id for b in bookmarks)
    for bid in ids:
        if bid not in known:
            raise BriefingError(store.path, f"no bookmark with id '{bid}'",
                                hint=suggestion(bid, known) or "see the ids with: briefing bookmarks")
    gone = store.remove(*dict.fromkeys(ids))
    warn(f"briefing: removed {gone} bookmark{'s' if gone != 1 else ''}")
    return 0
