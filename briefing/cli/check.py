"""`briefing check PATH...`: every problem in a curator's files as `file:line: message`; exit 1 if any."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from briefing.cli.output import say, warn
from briefing.document.load import parse_file
from briefing.errors import BriefingError, BriefingErrors
from briefing.library.sources import briefing_files


def add_parser(commands: Any) -> argparse.ArgumentParser:
    parser = commands.add_parser("check", help="check briefing files and say what is wrong, with the line")
    parser.add_argument("paths", nargs="+", help="files or folders")
    return parser


def run(args: argparse.Namespace) -> int:
    roots = [Path(p) for p in args.paths]
    for root in roots:
        if not root.exists():
            raise BriefingError(root, "no such file or folder")
    findings: list[str] = []
    ids: dict[str, str] = {}
    checked = 0
    for path in briefing_files(roots):
        checked += 1
        try:
            loaded = parse_file(path)
        except BriefingErrors as exc:
            findings += [p.render() for p in exc.problems]
            continue
        except BriefingError as exc:
            findings.append(exc.render())
            continue
        findings += [p.render() for p in loaded.problems]
        bid = loaded.briefing.id
        if bid in ids:
            findings.append(f"{path}: duplicate briefing id '{bid}' (also {ids[bid]})")
        ids.setdefault(bid, str(path))
    for finding in findings:
        say(finding)
    files = f"{checked} file{'s' if checked != 1 else ''}"
    if findings:
        warn(f"briefing check: {len(findings)} problem{'s' if len(findings) != 1 else ''} in {files}")
        return 1
    warn(f"briefing check: {files} OK")
    return 0
