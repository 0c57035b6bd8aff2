"""`briefing list [PATH...] [--json]`: every briefing in the library with its section counts."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from briefing.cli.output import emit_json, say, warn
from briefing.config import load_config
from briefing.document.load import load_briefing
from briefing.errors import BriefingError
from briefing.library.sources import briefing_files, default_roots
from briefing.model import Briefing


def add_parser(commands: Any) -> argparse.ArgumentParser:
    parser = commands.add_parser("list", help="list the briefings in the library (or in the paths given)")
    parser.add_argument("paths", nargs="*", help="files or folders (default: the library)")
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    return parser


def entry(b: Briefing) -> dict[str, Any]:
    return {"id": b.id, "title": b.title, "date": b.date, "place": b.place, "path": b.path,
            "counts": b.sections.counts()}


def run(args: argparse.Namespace) -> int:
    roots = [Path(p) for p in args.paths] if args.paths else default_roots(load_config().folders)
    for root in roots:
        if not root.exists():
            raise BriefingError(root, "no such file or folder")
    entries, skipped = [], 0
    for path in briefing_files(roots):
        try:
            entries.append(entry(load_briefing(path)))
        except BriefingError as exc:
            skipped += 1
            warn(f"skipped {exc.render()}")
    if args.json:
        emit_json(entries)
    else:
        for e in entries:
            c = e["counts"]
            say(f"{e['date'] or '-':<10}  {e['title']}  ({e['place'] or '-'})  "
                f"actors {c['actors']} · statements {c['statements']} · casualties {c['casualties']} · "
                f"next steps {c['next_steps']}")
            say(f"            {e['path']}")
    if skipped:
        warn(f"briefing: skipped {skipped} file{'s' if skipped != 1 else ''} that could not be read")
    return 0
