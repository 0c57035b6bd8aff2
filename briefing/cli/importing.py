"""`briefing import ARTICLE`: a raw article becomes a curated briefing draft for a person to correct."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from briefing.cli.output import say
from briefing.document.article import article_meta
from briefing.document.load import parse_bytes
from briefing.document.source import MAX_FILE_BYTES, read_bytes
from briefing.document.write import to_markdown
from briefing.errors import BriefingError
from briefing.model import slug
from briefing.paths import user_briefings


def add_parser(commands: Any) -> argparse.ArgumentParser:
    parser = commands.add_parser(
        "import", help="turn a raw article into a curated briefing (in your briefings folder, or -o FILE)")
    parser.add_argument("article", help="a .txt or .md article, or - for standard input")
    parser.add_argument("-o", "--output", help="where to write (default: <data dir>/briefings/NAME.md; - for stdout)")
    parser.add_argument("--force", action="store_true", help="overwrite the output file if it exists")
    parser.add_argument("--source", help="the source to record (default: the article's file name)")
    return parser


def run(args: argparse.Namespace) -> int:
    if args.article == "-":
        data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise BriefingError("stdin", "too large (the limit is 64 MiB)")
        name = Path(args.output).stem if args.output and args.output != "-" else "article"
        loaded = parse_bytes(data, Path(f"{name}.txt"))
        source = args.source or "standard input"
    else:
        path = Path(args.article)
        loaded = parse_bytes(read_bytes(path), path)
        source = args.source or path.name
    out = _output_path(args, loaded.briefing.id)
    meta = article_meta(loaded.briefing.text)
    b = loaded.briefing
    briefing = replace(
        b,
        id=out.stem if out else b.id,
        title=b.title if b.path.endswith(".md") and b.title else (meta.title or b.title),
        date=b.date or meta.date,
        place=b.place or meta.place,
        sources=b.sources or (source,),
    )
    text = to_markdown(briefing)
    if out is None:
        sys.stdout.write(text)
        return 0
    _write(out, text, args.force)
    say(f"wrote {out}")
    return 0


def _output_path(args: argparse.Namespace, briefing_id: str) -> Path | None:
    if args.output == "-":
        return None
    if args.output:
        return Path(args.output)
    folder = user_briefings()
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{slug(briefing_id)}.md"


def _write(out: Path, text: str, force: bool) -> None:
    """Write atomically; never replace an existing file unless asked to."""
    if out.exists() and not force:
        raise BriefingError(out, "already exists; use --force to overwrite it")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, out)
    except OSError as exc:
        raise BriefingError(out, f"cannot write: {exc.strerror or exc}") from None
