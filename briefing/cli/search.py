"""`briefing search QUERY [--json] [--limit N]`: ranked hits across every briefing in the library."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from briefing.cli.indexing import open_library
from briefing.cli.output import emit_json_compact, positive, say, warn
from briefing.library.query import parse_query

if TYPE_CHECKING:
    from briefing.library.index import Hit


def add_parser(commands: Any) -> argparse.ArgumentParser:
    parser = commands.add_parser(
        "search", help="search statements, actors, casualties, next steps and text of every briefing",
        description="Words must all match; \"a phrase\" matches as written; filters: actor:NAME, section:NAME "
                    "(actors, statements, casualties, next_steps, text).",
    )
    parser.add_argument("query", nargs="+", help="words, \"phrases\", actor:NAME, section:NAME")
    parser.add_argument("--json", action="store_true", help="print a JSON array, best hit first")
    parser.add_argument("--limit", type=positive, default=20, metavar="N", help="at most N hits (default 20)")
    return parser


def run(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    parse_query(query)  # a bad query is said before any indexing
    with open_library(None, each_skip=False) as library:
        hits = library.search(query, args.limit)
    if args.json:
        emit_json_compact([h.to_json() for h in hits])
        return 0
    if not hits:
        warn(f"briefing search: no hits for {query}")
    for hit in hits:
        say(f"{hit.score:7.3f}  {hit.title} · {hit.section.replace('_', ' ')} · {hit.item}")
        say(f"         {_highlighted(hit)}")
        say(f"         {hit.path}")
    return 0


def _highlighted(hit: Hit) -> str:
    """'talks resumed' with a match on 'talks' -> '[talks] resumed'."""
    out, pos = [], 0
    for start, end in hit.marks:
        out += [hit.snippet[pos:start], "[", hit.snippet[start:end], "]"]
        pos = end
    return "".join([*out, hit.snippet[pos:]])
