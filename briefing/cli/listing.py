"""`briefing list [PATH...] [--json]`: every briefing in the library with its section counts, from the index."""

from __future__ import annotations

import argparse
from typing import Any

from briefing.cli.indexing import library_roots, open_library
from briefing.cli.output import emit_json_lines, say


def add_parser(commands: Any) -> argparse.ArgumentParser:
    parser = commands.add_parser("list", help="list the briefings in the library (or in the paths given)")
    parser.add_argument("paths", nargs="*", help="files or folders (default: the library)")
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    return parser


def run(args: argparse.Namespace) -> int:
    with open_library(library_roots(args.paths), each_skip=True) as library:
        entries = library.entries()
    if args.json:
        emit_json_lines([e.to_json() for e in entries])
        return 0
    for e in entries:
        c = e.counts
        say(f"{e.date or '-':<10}  {e.title}  ({e.place or '-'})  "
            f"actors {c['actors']} · statements {c['statements']} · casualties {c['casualties']} · "
            f"next steps {c['next_steps']}")
        say(f"            {e.path}")
    return 0
