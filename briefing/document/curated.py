"""Curated sections: one Markdown list item per entry, parsed into the model (syntax: docs/format.md)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from markdown_it.token import Token

from briefing.errors import BriefingError, suggestion
from briefing.model import ACTOR_KINDS, CASUALTY_KINDS, STEP_STATUSES, Actor, Casualty, NextStep, Statement

BOLD_LEAD = re.compile(r"^\*\*(?P<name>[^*]+?)\*\*\s*(?P<rest>.*)$", re.S)
SEPARATOR = re.compile(r"^\s*(?:—|–|--|-|:|,)\s*")
# The quote runs to the last closing mark that ends the lead or is followed by a dash and the context.
QUOTED = re.compile(r"^(?P<open>[“\"«])(?P<quote>.+)(?P<close>[”\"»])(?P<rest>\s*(?:(?:—|–|--|-)\s.*)?)$", re.S)
COUNT = re.compile(
    r"^(?:(?P<least>at least|more than|over)\s+)?(?P<min>\d[\d,]*)"
    r"(?:\s*(?:–|-|to)\s*(?P<max>\d[\d,]*))?(?P<plus>\+)?\s*(?P<group>.*)$",
    re.S | re.I,
)
UNKNOWN = re.compile(r"^(?:an? )?unknown(?: number(?: of)?)?\s*(?P<group>.*)$", re.S | re.I)
UP_TO = re.compile(r"^up to\s+(?P<max>\d[\d,]*)\s*(?P<group>.*)$", re.S | re.I)

STRAY_BLOCKS = frozenset({"paragraph_open", "blockquote_open", "heading_open", "fence", "code_block", "html_block",
                          "table_open"})

ITEM_NAMES = {"actors": "an actor", "statements": "a statement", "casualties": "a casualty",
              "next_steps": "a next step"}

# Words a curator may write for a casualty kind, and the kind they mean.
KIND_SYNONYMS = {"dead": "killed", "wounded": "injured", "hurt": "injured", "abducted": "captured",
                 "arrested": "detained", "taken prisoner": "captured"}

FIELDS = {
    "actors": ("kind", "aka", "role"),
    "statements": ("context",),
    "casualties": ("place", "period", "source", "group"),
    "next_steps": ("when", "who", "status"),
}


@dataclass(frozen=True)
class Item:
    """One list item: its Markdown source (inline, flattened) and its 1-based line in the file."""

    text: str
    line: int


def list_items(tokens: Sequence[Token], first_line: int, path: str) -> tuple[list[Item], list[BriefingError]]:
    """Tokens of '- **A** — role' and '- **B**' -> two items with their lines; a stray paragraph is a problem.

    `first_line` is the file line that the tokens' line 0 is."""
    items: list[Item] = []
    problems: list[BriefingError] = []
    depth = 0
    current: list[str] | None = None
    line = first_line
    for tok in tokens:
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
        elif tok.type == "list_item_open" and depth == 1:
            current = []
            line = first_line + (tok.map[0] if tok.map else 0)
        elif tok.type == "list_item_close" and depth == 1 and current is not None:
            items.append(Item(" ".join(current).strip(), line))
            current = None
        elif tok.type == "inline" and current is not None:
            current.append(" ".join(tok.content.split()))
        elif depth == 0 and tok.level == 0 and tok.type in STRAY_BLOCKS:
            where = first_line + (tok.map[0] if tok.map else 0)
            problems.append(BriefingError(path, "expected a list item ('- ...') in a curated section", where,
                                          hint="start each entry with '- ', or move prose under '## Text'"))
    return items, problems


def split_fields(text: str, section: str, item: Item, path: str) -> tuple[str, dict[str, str]]:
    """'Talks resume; when: Friday; who: A, B' -> ('Talks resume', {'when': 'Friday', 'who': 'A, B'})."""
    parts = re.split(r";\s*(?=[a-z]+:\s)", text)
    lead, fields = parts[0].strip(), {}
    known = FIELDS[section]
    for part in parts[1:]:
        key, _, value = part.partition(":")
        key = key.strip().lower()
        if key not in known:
            raise BriefingError(
                path, f"unknown field '{key}' in {ITEM_NAMES[section]} item (known: {', '.join(known)})",
                item.line, hint=suggestion(key, known),
            )
        fields[key] = value.strip()
    return lead, fields


def _names(value: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in value.split(",") if p.strip())


def _bold_lead(item: Item, what: str, path: str, example: str) -> tuple[str, str]:
    match = BOLD_LEAD.match(item.text)
    if not match:
        raise BriefingError(path, f"{what} item must start with a **bold** name", item.line, hint=f"write '{example}'")
    return match.group("name").strip(), SEPARATOR.sub("", match.group("rest"), count=1).strip()


def parse_actor(item: Item, path: str) -> Actor:
    """'**Hakan Fidan** — Turkish foreign minister; aka: Mr Fidan' -> Actor."""
    name, rest = _bold_lead(item, "an actor", path, "- **Name** — role")
    role, fields = split_fields(rest, "actors", item, path)
    kind = fields.get("kind", "person").lower()
    if kind not in ACTOR_KINDS:
        raise BriefingError(path, f"unknown actor kind '{kind}' (known: {', '.join(ACTOR_KINDS)})", item.line,
                            hint=suggestion(kind, ACTOR_KINDS))
    return Actor(name=name, kind=kind, role=fields.get("role", role), aliases=_names(fields.get("aka", "")),
                 line=item.line)


def parse_statement(item: Item, path: str) -> Statement:
    """'**Hakan Fidan**: “A window of opportunity.” — at a Nato meeting' -> direct Statement."""
    speaker: str | None = None
    text = item.text
    if BOLD_LEAD.match(text):
        speaker, text = _bold_lead(item, "a statement", path, "- **Speaker**: “words”")
    lead, fields = split_fields(text, "statements", item, path)
    quoted = QUOTED.match(lead)
    if quoted:
        context = SEPARATOR.sub("", quoted.group("rest").strip(), count=1).strip()
        body, direct = quoted.group("quote").strip(), True
    else:
        body, context, direct = lead, "", False
    if not body:
        raise BriefingError(path, "a statement item needs the words said", item.line)
    return Statement(text=body, speaker=speaker, direct=direct, context=fields.get("context", context),
                     line=item.line)


def parse_casualty(item: Item, path: str) -> Casualty:
    """'**killed**: at least 5 civilians; place: Sumy; period: past day; source: the UN' -> Casualty."""
    kind, rest = _bold_lead(item, "a casualty", path, "- **killed**: 5 civilians")
    kind = KIND_SYNONYMS.get(kind.lower(), kind.lower())
    if kind not in CASUALTY_KINDS:
        raise BriefingError(path, f"unknown casualty kind '{kind}' (known: {', '.join(CASUALTY_KINDS)})", item.line,
                            hint=suggestion(kind, (*CASUALTY_KINDS, *KIND_SYNONYMS)))
    lead, fields = split_fields(rest, "casualties", item, path)
    low, high, group = parse_count(lead, item, path)
    return Casualty(kind=kind, min=low, max=high, group=fields.get("group", group), place=fields.get("place", ""),
                    period=fields.get("period", ""), source=fields.get("source", ""), text=item.text,
                    line=item.line)


def parse_count(lead: str, item: Item, path: str) -> tuple[int | None, int | None, str]:
    """'at least 5 civilians' -> (5, None, 'civilians'); '5-7 soldiers' -> (5, 7, 'soldiers')."""
    unknown = UNKNOWN.match(lead)
    if unknown:
        return None, None, unknown.group("group").strip()
    up_to = UP_TO.match(lead)
    if up_to:
        return None, _int(up_to.group("max")), up_to.group("group").strip()
    match = COUNT.match(lead)
    if not match:
        raise BriefingError(
            path, "a casualty needs a count: '5', 'at least 5', '5-7', 'up to 7' or 'unknown', then the group",
            item.line, hint="write e.g. '- **killed**: at least 5 civilians'",
        )
    low = _int(match.group("min"))
    high = _int(match.group("max")) if match.group("max") else None
    if match.group("least") or match.group("plus"):
        high = None
    elif high is None:
        high = low
    if high is not None and low is not None and high < low:
        raise BriefingError(path, f"casualty range {low}-{high} runs backwards", item.line,
                            hint=f"write {high}-{low}")
    return low, high, match.group("group").strip()


def _int(digits: str) -> int:
    return int(digits.replace(",", ""))


def parse_next_step(item: Item, path: str) -> NextStep:
    """'Talks resume in Istanbul; when: Friday; who: Umerov, Medinsky; status: planned' -> NextStep."""
    lead, fields = split_fields(item.text, "next_steps", item, path)
    lead = lead.replace("**", "").strip()
    if not lead:
        raise BriefingError(path, "a next step item needs the event", item.line)
    status = fields.get("status", "").lower()
    if status and status not in STEP_STATUSES:
        raise BriefingError(path, f"unknown status '{status}' (known: {', '.join(STEP_STATUSES)})", item.line,
                            hint=suggestion(status, STEP_STATUSES))
    return NextStep(text=lead, actors=_names(fields.get("who", "")), when=fields.get("when", ""), status=status,
                    line=item.line)


PARSERS: dict[str, Callable[[Item, str], Any]] = {
    "actors": parse_actor,
    "statements": parse_statement,
    "casualties": parse_casualty,
    "next_steps": parse_next_step,
}


def parse_section(
    section: str, tokens: Sequence[Token], first_line: int, path: str
) -> tuple[tuple[Any, ...], list[BriefingError]]:
    """Every well-formed list item of one curated section, and a problem (with its line) for each other one."""
    parsed: list[Any] = []
    items, problems = list_items(tokens, first_line, path)
    for item in items:
        try:
            parsed.append(PARSERS[section](item, path))
        except BriefingError as exc:
            problems.append(exc)
    return tuple(parsed), problems
