"""`briefing conflicts [PATH...] [--json]`: one toll reported differently across briefings."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from briefing.cli.indexing import library_roots, open_library
from briefing.cli.output import say, warn
from briefing.model import count_phrase


def add_parser(commands: Any) -> argparse.ArgumentParser:
    parser = commands.add_parser("conflicts", help="casualty figures for one event that disagree across briefings",
                                 description="Figures of one kind, for one place, from briefings dated close "
                                             "together, that disagree.")
    parser.add_argument("paths", nargs="*", help="files or folders (default: the library)")
    parser.add_argument("--json", action="store_true", help="print {\"conflicts\": [...]}")
    return parser


def run(args: argparse.Namespace) -> int:
    from briefing.library.conflicts import conflicts_json_writer, conflicts_reader

    with open_library(library_roots(args.paths), each_skip=False) as library:
        if args.json:  # the figures' stored objects, joined: no figure is built or dumped again
            library.read(conflicts_json_writer(sys.stdout.write))
            return 0
        found = library.read(conflicts_reader())
    if not found:
        warn("briefing conflicts: no conflicting figures")
    for c in found:
        say(f"{c.kind} · {c.place}" + (f" · {c.group}" if c.group else ""))
        for f in c.figures:
            source = f" (per {f.source})" if f.source else ""
            say(f"  {count_phrase(f.min, f.max):>12}{source} — {f.briefing.title}, {f.briefing.date}")
    return 0
