"""The model: a briefing and its four sections, as frozen dataclasses with stable ids.

Offsets (`start`, `end`) point into `Briefing.text` (the plain text the analysis read); `line` is the
1-based line in the source file of a curated item. Either may be None.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field, fields, replace
from typing import Any

from briefing.sections import SECTIONS

ACTOR_KINDS = ("person", "organization", "state", "group")
CASUALTY_KINDS = ("killed", "injured", "missing", "captured", "detained", "displaced")
STEP_STATUSES = ("planned", "scheduled", "proposed", "demanded", "threatened", "expected", "postponed",
                 "ruled out", "possible")


def slug(name: str) -> str:
    """'Volodymyr Zelenskyy' -> 'volodymyr-zelenskyy': the stable id of an actor."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "unnamed"


def normalize(text: str) -> str:
    """Fold case, quote marks and white space, so an id survives cosmetic edits."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[\"'“”‘’«»`]", "", text)
    return " ".join(text.split())


def short_hash(*parts: str | None) -> str:
    import hashlib  # here: OpenSSL's ~2 ms at start-up, before the reader's first paint, which needs no id made

    return hashlib.sha1("\x1f".join(p or "" for p in parts).encode()).hexdigest()[:12]


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str = "person"
    role: str = ""
    aliases: tuple[str, ...] = ()
    id: str = ""
    start: int | None = None
    end: int | None = None
    line: int | None = None


@dataclass(frozen=True)
class Statement:
    text: str
    speaker: str | None = None
    direct: bool = True
    context: str = ""
    id: str = ""
    start: int | None = None
    end: int | None = None
    line: int | None = None


@dataclass(frozen=True)
class Casualty:
    kind: str
    min: int | None = None
    max: int | None = None
    group: str = ""
    place: str = ""
    period: str = ""
    source: str = ""
    text: str = ""
    id: str = ""
    start: int | None = None
    end: int | None = None
    line: int | None = None


def count_phrase(low: int | None, high: int | None) -> str:
    """(5, None) -> 'at least 5'; (5, 7) -> '5-7'; (None, 7) -> 'up to 7'; (None, None) -> 'unknown'."""
    if low is None:
        return f"up to {high}" if high is not None else "unknown"
    if high is None:
        return f"at least {low}"
    return str(low) if high == low else f"{low}-{high}"


@dataclass(frozen=True)
class NextStep:
    text: str
    actors: tuple[str, ...] = ()
    when: str = ""
    status: str = ""
    id: str = ""
    start: int | None = None
    end: int | None = None
    line: int | None = None
    # `when` resolved against the briefing's date (ISO days; None when it names no time): see analysis/when.
    date: str | None = None
    until: str | None = None
    precision: str | None = None


SECTION_NAMES = tuple(section.name for section in SECTIONS)


@dataclass(frozen=True)
class Link:
    """A link the file wrote: its words (what the text shows) and its target, as written, whatever its scheme.

    `start`, `end`: the words' offsets in `Briefing.text`; None for a link in the summary.
    """

    words: str
    target: str
    start: int | None = None
    end: int | None = None


BLOCK_KINDS = ("heading", "paragraph", "code", "html", "table_row")


@dataclass(frozen=True)
class Block:
    """One block of `Briefing.text` (`start`, `end` offsets) and the 1-based file line it starts on.

    Each line break inside a block is a line break of the file, so an offset's line is `line` plus the
    breaks before it (`source_line`). `level`: a heading's level (1 for '#'), else 0.
    """

    kind: str
    start: int
    end: int
    line: int
    level: int = 0


@dataclass(frozen=True)
class Sections:
    actors: tuple[Actor, ...] = ()
    statements: tuple[Statement, ...] = ()
    casualties: tuple[Casualty, ...] = ()
    next_steps: tuple[NextStep, ...] = ()

    def counts(self) -> dict[str, int]:
        return {name: len(getattr(self, name)) for name in SECTION_NAMES}


@dataclass(frozen=True)
class Briefing:
    id: str
    title: str
    path: str = ""
    date: str = ""
    place: str = ""
    sources: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    fictional: bool = False
    summary: str = ""
    text: str = ""
    sections: Sections = field(default_factory=Sections)
    # Which sections the file stated itself (the rest came from the analysis).
    curated: tuple[str, ...] = ()
    notices: tuple[str, ...] = ()
    links: tuple[Link, ...] = ()
    # The text's blocks with their file lines (Markdown files); none for a plain article, whose text is the file.
    blocks: tuple[Block, ...] = ()


def source_line(briefing: Briefing, offset: int) -> int:
    """The 1-based line of the file that holds `briefing.text[offset]` ('e' opens the editor there)."""
    text = briefing.text
    if not briefing.blocks:
        return text.count("\n", 0, offset) + 1
    index = max(bisect.bisect_right([b.start for b in briefing.blocks], offset) - 1, 0)
    block = briefing.blocks[index]
    return block.line + text.count("\n", block.start, max(offset, block.start))


def stamp_ids(sections: Sections, briefing_id: str) -> Sections:
    """Give every item its stable id: actors by slug, the rest by a hash of what they say."""
    actors = tuple(replace(a, id=a.id or slug(a.name)) for a in sections.actors)
    statements = tuple(
        replace(s, id=s.id or short_hash(briefing_id, s.speaker, normalize(s.text))) for s in sections.statements
    )
    casualties = tuple(
        replace(c, id=c.id or short_hash(briefing_id, c.kind, str(c.min), str(c.max), normalize(c.group or c.text)))
        for c in sections.casualties
    )
    steps = tuple(replace(n, id=n.id or short_hash(briefing_id, normalize(n.text))) for n in sections.next_steps)
    return Sections(actors, statements, casualties, steps)


# -- JSON ---------------------------------------------------------------------------------------

def item_to_json(item: Any) -> dict[str, Any]:
    """An item's fields as JSON values. Items are flat, so no `asdict` (its deep copy was a tenth of indexing)."""
    out = {f.name: getattr(item, f.name) for f in fields(item)}
    for key, value in out.items():
        if isinstance(value, tuple):
            out[key] = list(value)
    return out


def sections_to_json(sections: Sections) -> dict[str, list[dict[str, Any]]]:
    """The contract of `briefing sections PATH --json`."""
    return {name: [item_to_json(i) for i in getattr(sections, name)] for name in SECTION_NAMES}


def _item_from_json(cls: type, data: dict[str, Any]) -> Any:
    names = {f.name for f in fields(cls)}
    kwargs = {k: (tuple(v) if isinstance(v, list) else v) for k, v in data.items() if k in names}
    return cls(**kwargs)


def sections_from_json(data: dict[str, Any]) -> Sections:
    return Sections(
        actors=tuple(_item_from_json(Actor, d) for d in data.get("actors", ())),
        statements=tuple(_item_from_json(Statement, d) for d in data.get("statements", ())),
        casualties=tuple(_item_from_json(Casualty, d) for d in data.get("casualties", ())),
        next_steps=tuple(_item_from_json(NextStep, d) for d in data.get("next_steps", ())),
    )


def briefing_to_json(b: Briefing) -> dict[str, Any]:
    out = {f.name: getattr(b, f.name) for f in fields(Briefing) if f.name not in ("sections", "links", "blocks")}
    for key, value in out.items():
        if isinstance(value, tuple):
            out[key] = list(value)
    out["sections"] = sections_to_json(b.sections)
    out["links"] = [item_to_json(link) for link in b.links]
    out["blocks"] = [item_to_json(block) for block in b.blocks]
    return out


def briefing_from_json(data: dict[str, Any]) -> Briefing:
    names = {f.name for f in fields(Briefing)} - {"sections", "links", "blocks"}
    kwargs = {k: (tuple(v) if isinstance(v, list) else v) for k, v in data.items() if k in names}
    return Briefing(**kwargs, sections=sections_from_json(data.get("sections", {})),
                    links=tuple(_item_from_json(Link, d) for d in data.get("links", ())),
                    blocks=tuple(_item_from_json(Block, d) for d in data.get("blocks", ())))
