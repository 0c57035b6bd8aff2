"""`briefing agenda [PATH...] [--from DATE] [--to DATE] [--actor NAME] [--json] [--ics FILE [--force]]`:
every dated next step across the library, in date order, each with its briefing."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.cli.indexing import library_roots, open_library
from briefing.cli.output import say, warn
from briefing.errors import BriefingError

if TYPE_CHECKING:
    from briefing.library.agenda import Agenda, AgendaStep


def add_parser(commands: Any) -> argparse.ArgumentParser:
    parser = commands.add_parser("agenda", help="every dated next step across the library, in date order",
                                 description="Next steps whose 'when' names a day, week, month or year, resolved "
                                             "against each briefing's date.")
    parser.add_argument("paths", nargs="*", help="files or folders (default: the library)")
    parser.add_argument("--from", dest="start", type=day_argument, metavar="DATE",
                        help="only steps due on or after DATE (YYYY-MM-DD, or 'today')")
    parser.add_argument("--to", dest="end", type=day_argument, metavar="DATE",
                        help="only steps due on or before DATE")
    parser.add_argument("--actor", metavar="NAME", help="only steps this actor is party to (any of their names)")
    parser.add_argument("--json", action="store_true", help="print {\"agenda\": [...], \"undated\": [...]}")
    parser.add_argument("--ics", metavar="FILE", help="write the dated steps as an iCalendar file")
    parser.add_argument("--force", action="store_true", help="with --ics: write over an existing FILE")
    return parser


def day_argument(text: str) -> str:
    """'2025-05-14' or 'today' -> an ISO day; anything else is a usage error."""
    if text.strip().lower() == "today":
        return dt.date.today().isoformat()
    try:
        return dt.date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, not '{text}'") from None


def run(args: argparse.Namespace) -> int:
    from briefing.library.agenda import agenda_json_writer, agenda_reader

    if args.ics and Path(args.ics).exists() and not args.force:
        raise BriefingError(args.ics, "already exists", hint="give --force to write over it")
    if args.force and not args.ics:
        raise BriefingError("briefing agenda", "--force goes with --ics FILE")
    with open_library(library_roots(args.paths), each_skip=False) as library:
        parties = None
        if args.actor:
            from briefing.library.identity import identify  # rapidfuzz: only when an actor is asked for

            parties = library.read(lambda conn: identify(conn, args.actor).parties())
        if args.ics:
            from briefing.cli.calendar_file import write_calendar

            dated = library.read(agenda_reader(args.start, args.end, parties, undated=False)).dated
            write_calendar(Path(args.ics), dated)
            warn(f"briefing agenda: wrote {len(dated)} steps to {args.ics}")
        if args.json:  # the index's stored objects, as stored: 50,000 steps are 20 MB
            sys.stdout.flush()
            library.read(agenda_json_writer(sys.stdout.buffer.write, args.start, args.end, parties))
        elif not args.ics:
            _print(library.read(agenda_reader(args.start, args.end, parties)))
    return 0


def _print(agenda: Agenda) -> None:
    lines: list[str] = []
    shown = ""
    for step in agenda.dated:
        day = step.day_label()
        lines.append(f"{day if day != shown else '':<24}  {_line(step)}")
        shown = day
    if agenda.undated:
        lines.append(f"undated ({len(agenda.undated)})")
        lines += [f"{'':<24}  {_line(step)}" for step in agenda.undated]
    if lines:
        say("\n".join(lines))
    else:
        warn("briefing agenda: no next steps")


def _line(step: AgendaStep) -> str:
    status = f"[{step.status.upper()}] " if step.called_off else ""
    when = f" ({step.when})" if step.when else ""
    return f"{status}{step.text}{when} — {step.briefing.title} ({step.briefing.date or 'undated'})"
