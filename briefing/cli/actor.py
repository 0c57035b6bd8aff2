"""`briefing actor NAME [PATH...] [--json]`: one actor across every briefing, in date order."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from briefing.cli.indexing import library_roots, open_library
from briefing.cli.output import emit_json_compact, say

if TYPE_CHECKING:
    from briefing.library.dossier import Dossier
    from briefing.library.refs import BriefingRef


def add_parser(commands: Any) -> argparse.ArgumentParser:
    parser = commands.add_parser("actor", help="one actor across the library: statements, roles, steps, figures",
                                 description="NAME is any name the actor goes by ('Mr Ortega', 'jose ortega'); "
                                             "case, accents and titles do not matter.")
    parser.add_argument("name", help="a name or alias of the actor")
    parser.add_argument("paths", nargs="*", help="files or folders (default: the library)")
    parser.add_argument("--json", action="store_true", help="print the dossier as one JSON object")
    return parser


def run(args: argparse.Namespace) -> int:
    from briefing.library.dossier import dossier_reader

    with open_library(library_roots(args.paths), each_skip=False) as library:
        dossier = library.read(dossier_reader(args.name))
    if args.json:
        emit_json_compact(dossier.to_json())
    else:
        say(_text(dossier))
    return 0


def _text(d: Dossier) -> str:
    a = d.actor
    lines = [f"{a.name} ({a.kind})" + (f" — also: {', '.join(a.aliases)}" if a.aliases else "")]
    lines += ["", f"briefings ({len(d.briefings)})"]
    lines += [f"  {_ref(b.briefing)}" + (f" — {b.role}" if b.role else "") for b in d.briefings]
    lines += ["", f"statements ({len(d.statements)})"]
    lines += [f"  {_ref(s.briefing)}: {'“' + s.text + '”' if s.direct else s.text}" for s in d.statements]
    lines += ["", f"next steps ({len(d.next_steps)})"]
    lines += [f"  {n.date or 'undated'}: {n.text} — {n.briefing.title}" for n in d.next_steps]
    lines += ["", f"casualties ({len(d.casualties)})"]
    lines += [f"  {_ref(c.briefing)}: {c.text or c.kind}" for c in d.casualties]
    return "\n".join(lines)


def _ref(b: BriefingRef) -> str:
    return f"{b.date or 'undated'} {b.title}"
