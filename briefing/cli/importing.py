"""`briefing import ARTICLE`: a raw article (text, Markdown, a web page) becomes a curated draft to correct."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from briefing.cli.output import say
from briefing.document.article import article_meta
from briefing.document.html import HTML_SUFFIXES, looks_like_html, read_page
from briefing.document.load import parse_bytes, plain_article
from briefing.document.source import MAX_FILE_BYTES, read_bytes
from briefing.document.write import to_markdown
from briefing.errors import BriefingError
from briefing.model import slug
from briefing.paths import user_briefings
from briefing.safe_text import visible


def add_parser(commands: Any) -> argparse.ArgumentParser:
    parser = commands.add_parser(
        "import", help="turn a raw article into a curated briefing (in your briefings folder, or -o FILE)")
    parser.add_argument("article", help="a .txt, .md or .html article, or - for standard input")
    parser.add_argument("-o", "--output", help="where to write (default: <data dir>/briefings/NAME.md; - for stdout)")
    parser.add_argument("--force", action="store_true", help="overwrite the output file if it exists")
    parser.add_argument("--parents", action="store_true", help="create the output file's folder if it is missing")
    parser.add_argument("--source", help="the source to record (default: the page's site, else the file name)")
    parser.add_argument("--html", action="store_true",
                        help="read the article as a web page (default: .html/.htm files and HTML on stdin)")
    return parser


@dataclass(frozen=True)
class Facts:
    """What the input states about itself, before the analysis of its text fills the rest."""

    title: str
    date: str
    sources: tuple[str, ...]


def run(args: argparse.Namespace) -> int:
    if args.output and args.output != "-":
        _check_folder(Path(args.output), args.parents)
    data, path, source = _read(args)
    if args.html or path.suffix.lower() in HTML_SUFFIXES or (args.article == "-" and looks_like_html(data)):
        page = read_page(data, str(path) if args.article != "-" else "stdin")
        b = plain_article(page.text, path)
        facts = Facts(page.title, page.date, page.sources)
    else:
        b = parse_bytes(data, path).briefing
        facts = Facts(b.title if b.path.endswith(".md") else "", b.date, b.sources)
    out = _output_path(args, b.id)
    meta = article_meta(b.text)
    briefing = replace(
        b,
        id=out.stem if out else b.id,
        title=facts.title or meta.title or b.title,
        date=facts.date or meta.date,
        place=b.place or meta.place,
        sources=(args.source,) if args.source else facts.sources or (source,),
    )
    text = to_markdown(briefing)
    if out is None:
        sys.stdout.write(visible(text))
        return 0
    _write(out, text, args.force)
    say(f"wrote {out}")
    return 0


def _read(args: argparse.Namespace) -> tuple[bytes, Path, str]:
    """The article's bytes, the path that names it (stdin: after the output file) and its default source."""
    if args.article != "-":
        path = Path(args.article)
        return read_bytes(path), path, path.name
    data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise BriefingError("stdin", "too large (the limit is 64 MiB)")
    name = Path(args.output).stem if args.output and args.output != "-" else "article"
    return data, Path(f"{name}.txt"), "standard input"


def _output_path(args: argparse.Namespace, briefing_id: str) -> Path | None:
    if args.output == "-":
        return None
    if args.output:
        return Path(args.output)
    folder = user_briefings()
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{slug(briefing_id)}.md"


def _check_folder(out: Path, parents: bool) -> None:
    """Before anything is read or written: '-o /no/such/dir/x.md' is refused (a typo must not grow a folder
    tree) unless --parents asks for it; '-o existing-folder' is refused too."""
    if out.is_dir():
        raise BriefingError(out, "is a folder", hint=f"name the file to write, e.g. -o {out / 'briefing.md'}")
    if not out.parent.is_dir() and not parents:
        raise BriefingError(out.parent, "no such folder", hint="create it first, or add --parents to create it")


def _write(out: Path, text: str, force: bool) -> None:
    """Write atomically; never replace an existing file unless asked to."""
    if out.exists() and not force:
        raise BriefingError(out, "already exists; use --force to overwrite it")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)  # only missing with --parents (see _check_folder)
        fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, out)
    except OSError as exc:
        raise BriefingError(out, f"cannot write: {exc.strerror or exc}") from None
