"""`briefing list [PATH...] [--json] [--limit N]`: the briefings in the library, newest first, from the index.

Rows are printed as they are read from the index, a page at a time: the first shows at once, and 100,000
are never all held in memory.
"""

from __future__ import annotations

import argparse
import itertools
from typing import TYPE_CHECKING, Any

from briefing.cli.indexing import library_roots, open_library
from briefing.cli.output import emit_json_stream, positive, say, warn
from briefing.paths import no_briefings

if TYPE_CHECKING:
    from briefing.library.index import Entry


def add_parser(commands: Any) -> argparse.ArgumentParser:
    parser = commands.add_parser("list", help="list the briefings in the library (or in the paths given)")
    parser.add_argument("paths", nargs="*", help="files or folders (default: the library)")
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    parser.add_argument("--limit", type=positive, metavar="N", help="the N newest only (as the library screen)")
    return parser


def run(args: argparse.Namespace) -> int:
    roots = library_roots(args.paths)
    with open_library(roots, each_skip=True) as library:
        entries = library.stream(args.limit)
        first = next(entries, None)
        if first is None and args.limit != 0:  # said on stderr, so `--json` still prints its empty array alone
            warn(no_briefings(roots))
        entries = itertools.chain([first] if first else [], entries)
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
