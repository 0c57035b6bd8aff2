"""`briefing sections PATH [--json]`: the four sections the reader would show."""

from __future__ import annotations

import argparse
from typing import Any

from briefing.cli.output import emit_json, say, warn
from briefing.document.load import load_briefing
from briefing.model import Briefing, count_phrase, sections_to_json


def add_parser(commands: Any) -> argparse.ArgumentParser:
    parser = commands.add_parser("sections", help="print a briefing's actors, statements, casualties, next steps")
    parser.add_argument("path", help="a briefing (.md) or a plain article (.txt)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    return parser


def run(args: argparse.Namespace) -> int:
    briefing = load_briefing(args.path)
    for notice in briefing.notices:
        warn(f"warning: {notice}")
    if args.json:
        emit_json(sections_to_json(briefing.sections))
    else:
        say(render(briefing))
    return 0


def render(b: Briefing) -> str:
    """The sections as readable text, one item a line."""
    s = b.sections
    lines = [b.title, " · ".join(x for x in (b.date, b.place) if x), ""]
    lines.append(f"ACTORS ({len(s.actors)})")
    lines += [f"  {a.name} — {a.role or a.kind}" + (f" (also: {', '.join(a.aliases)})" if a.aliases else "")
              for a in s.actors]
    lines += ["", f"STATEMENTS ({len(s.statements)})"]
    lines += [f"  {st.speaker or 'unattributed'}: " + (f"“{st.text}”" if st.direct else st.text)
              for st in s.statements]
    lines += ["", f"CASUALTIES ({len(s.casualties)})"]
    lines += [f"  {c.kind}: {count_phrase(c.min, c.max)} {c.group}".rstrip()
              + "".join(f"; {k} {v}" for k, v in (("in", c.place), ("period", c.period), ("per", c.source)) if v)
              for c in s.casualties]
    lines += ["", f"NEXT STEPS ({len(s.next_steps)})"]
    lines += [f"  {n.text}" + (f" [{n.when}]" if n.when else "") + (f" ({n.status})" if n.status else "")
              for n in s.next_steps]
    return "\n".join(lines)
