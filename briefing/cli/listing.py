"""`briefing list [PATH...] [--json] [--limit N]`: the briefings in the library, newest first, from the index.

Rows are printed as they are read from the index, a page at a time: the first shows at once, and 100,000
are never all held in memory.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from briefing.cli.indexing import library_roots, open_library
from briefing.cli.output import emit_json_stream, positive, say

if TYPE_CHECKING:
    from briefing.library.index import Entry


def add_parser(commands: Any) -> argparse.ArgumentParser:
    parser = commands.add_parser("list", help="list the briefings in the library (or in the paths given)")
    parser.add_argument("paths", nargs="*", help="files or folders (default: the library)")
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    parser.add_argument("--limit", type=positive, metavar="N", help="the N newest only (as the library screen)")
    return parser


def run(args: argparse.Namespace) -> int:
    with open_library(library_roots(args.paths), each_skip=True) as library:
        entries = library.stream(args.limit)
        if args.json:
            emit_json_stream(e.to_json() for e in entries)
            return 0
        for entry in entries:
            say(_lines(entry))
    return 0


def _lines(e: Entry) -> str:
    c = e.counts
    return (f"{e.date or '-':<10}  {e.title}  ({e.place or '-'})  actors {c['actors']} · "
            f"statements {c['statements']} · casualties {c['casualties']} · next steps {c['next_steps']}\n"
            f"            {e.path}")
