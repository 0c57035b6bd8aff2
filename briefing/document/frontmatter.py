"""Front matter: a YAML mapping between `---` lines at the top of a file, loaded safely and bounded."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import yaml

from briefing.errors import BriefingError

# libyaml's parser where PyYAML was built with it (the same safe constructor, ten times faster to parse).
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_FRONT_MATTER = 64 * 1024
KNOWN_KEYS = frozenset({"id", "title", "date", "place", "sources", "tags", "fictional", "summary"})


@dataclass(frozen=True)
class FrontMatter:
    fields: dict[str, Any] = field(default_factory=dict)
    body: str = ""
    body_line: int = 1  # 1-based line of the file where the body starts


def split_front_matter(text: str, path: str) -> FrontMatter:
    """'---\\ntitle: Talks\\n---\\nBody' -> ({'title': 'Talks'}, 'Body', 4)."""
    if not text.startswith("---\n") and text.rstrip("\n") != "---":
        return FrontMatter({}, text, 1)
    end = _closing_line(text)
    if end is None:
        raise BriefingError(path, "front matter is not closed (no line '---' after the opening one)", 1,
                            hint="add a line '---' after the last key")
    raw = text[4:end]
    if len(raw) > MAX_FRONT_MATTER:
        raise BriefingError(path, f"front matter is over {MAX_FRONT_MATTER // 1024} KiB", 1)
    after = text.index("\n", end) + 1 if "\n" in text[end:] else len(text)
    body_line = text.count("\n", 0, after) + 1
    return FrontMatter(parse_yaml(raw, path), text[after:], body_line)


def _closing_line(text: str) -> int | None:
    pos = 4
    while pos <= len(text):
        nl = text.find("\n", pos)
        line = text[pos:] if nl < 0 else text[pos:nl]
        if line.rstrip() in ("---", "..."):
            return pos
        if nl < 0:
            return None
        pos = nl + 1
    return None


def parse_yaml(raw: str, path: str) -> dict[str, Any]:
    """Safe YAML with no anchors or aliases (no alias bombs) and only plain values."""
    try:
        for event in yaml.parse(raw, Loader=SAFE_LOADER):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                line = event.start_mark.line + 2 if event.start_mark else None
                raise BriefingError(path, "front matter may not use YAML anchors or aliases", line,
                                    hint="write each value out in full")
        data = yaml.load(raw, Loader=SAFE_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise BriefingError(path, f"bad front matter: {problem}", line) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise BriefingError(path, "front matter must be a mapping of keys to values", 2)
    return {str(k): _plain(v) for k, v in data.items()}


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def as_text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def as_list(value: Any) -> tuple[str, ...]:
    """'a, b' or ['a', 'b'] -> ('a', 'b')."""
    if value is None:
        return ()
    if isinstance(value, list):
        return tuple(as_text(v) for v in value if as_text(v))
    return tuple(p.strip() for p in str(value).split(",") if p.strip())
