"""`briefing list [PATH...] [--json]`: every briefing in the library with its section counts, from the index."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from briefing.cli.indexing import library_roots, open_library
from briefing.cli.output import emit_json_compact, say

if TYPE_CHECKING:
    from briefing.library.index import Entry


def add_parser(commands: Any) -> argparse.ArgumentParser:
    parser = commands.add_parser("list", help="list the briefings in the library (or in the paths given)")
    parser.add_argument("paths", nargs="*", help="files or folders (default: the library)")
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    return parser


def run(args: argparse.Namespace) -> int:
    with open_library(library_roots(args.paths), each_skip=True) as library:
        entries = library.entries()
    if args.json:
        emit_json_compact([e.to_json() for e in entries])
        return 0
    if entries:  # one write, not two per briefing: a library may hold 10,000
        say("\n".join(_lines(e) for e in entries))
    return 0


def _lines(e: Entry) -> str:
    c = e.counts
    return (f"{e.date or '-':<10}  {e.title}  ({e.place or '-'})  actors {c['actors']} · "
            f"statements {c['statements']} · casualties {c['casualties']} · next steps {c['next_steps']}\n"
            f"            {e.path}")
