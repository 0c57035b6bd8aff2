"""Front matter: a YAML mapping between `---` lines at the top of a file, loaded safely and bounded.

Values come back as YAML wrote them, with one exception: a timestamp stays text (`date: 2026-02-30` is
'2026-02-30', for metadata.py to judge), so no impossible date can raise inside the loader.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from briefing.errors import BriefingError

# libyaml's parser where PyYAML was built with it (the same safe constructor, ten times faster to parse).
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_FRONT_MATTER = 64 * 1024


TIMESTAMP = "tag:yaml.org,2002:timestamp"


class TextDatesLoader(SAFE_LOADER):
    """The safe loader that reads a timestamp as the text written: '2026-01-05T25:00:00' is no error here."""

    yaml_implicit_resolvers = {  # noqa: RUF012 (PyYAML's own class attribute, replaced whole)
        first: [(tag, pattern) for tag, pattern in resolvers if tag != TIMESTAMP]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }


TextDatesLoader.add_constructor(TIMESTAMP, yaml.SafeLoader.construct_yaml_str)  # an explicit !!timestamp too


@dataclass(frozen=True)
class FrontMatter:
    fields: dict[str, Any] = field(default_factory=dict)
    body: str = ""
    body_line: int = 1  # 1-based line of the file where the body starts
    lines: dict[str, int] = field(default_factory=dict)  # each key's 1-based line in the file


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
    fields, lines = parse_yaml(raw, path)
    return FrontMatter(fields, text[after:], body_line, lines)


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


def parse_yaml(raw: str, path: str) -> tuple[dict[str, Any], dict[str, int]]:
    """Safe YAML with no anchors or aliases (no alias bombs): the mapping, and each key's line in the file.

    'title: Talks\ndate: 2026-02-30' -> ({'title': 'Talks', 'date': '2026-02-30'}, {'title': 2, 'date': 3})."""
    try:
        for event in yaml.parse(raw, Loader=SAFE_LOADER):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                line = event.start_mark.line + 2 if event.start_mark else None
                raise BriefingError(path, "front matter may not use YAML anchors or aliases", line,
                                    hint="write each value out in full")
        loader = TextDatesLoader(raw)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise BriefingError(path, f"bad front matter: {problem}", line) from None
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:  # '!!int x', '!!float y', deep nesting
        raise BriefingError(path, f"bad front matter: a value YAML cannot read ({type(exc).__name__})") from None
    if data is None:
        return {}, {}
    if not isinstance(data, dict):
        raise BriefingError(path, "front matter must be a mapping of keys to values", 2)
    lines = {str(key.value): key.start_mark.line + 2 for key, _ in node.value}
    return {str(k): v for k, v in data.items()}, lines
