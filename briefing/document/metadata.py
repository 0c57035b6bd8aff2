"""Front-matter values checked against the format (docs/format.md), one rule per key, each naming its line."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from briefing.document.frontmatter import FrontMatter
from briefing.errors import BriefingError, BriefingErrors, suggestion

# A date, maybe with a time: 2026-01-05, 2026-01-05T10:00, 2026-01-05 10:00:00+02:00.
DATE_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")
DATE_FIX = "YYYY-MM-DD"
LIST_EXAMPLES = {"sources": "[Harbour Wire, https://example.org/report]", "tags": "[talks, ports]"}


@dataclass(frozen=True)
class Metadata:
    """What the front matter states, every value checked."""

    id: str = ""
    title: str = ""
    date: str = ""
    place: str = ""
    sources: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    fictional: bool = False
    summary: str = ""


class Invalid(ValueError):
    """A value the format forbids: the message after 'file:line: ', and how to fix it."""

    def __init__(self, message: str, fix: str) -> None:
        super().__init__(message)
        self.fix = fix


SHOWN_MAX = 40  # characters of a wrong value quoted in the message


def _shown(value: Any) -> str:
    """'tomorrow' -> "'tomorrow'", 5 -> '5', {'a': 1} -> 'a mapping': the value, as the one-line message names
    it (a line break spelled out, a long value cut)."""
    if isinstance(value, str):
        written = value.replace("\n", "\\n")
        return f"'{written[:SHOWN_MAX]}…'" if len(written) > SHOWN_MAX else f"'{written}'"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list | set | tuple):
        return "a list"
    return f"a {type(value).__name__} value"


def _text(key: str, value: Any) -> str:
    """'title: Talks' -> 'Talks'; 'title: 2025' -> '2025'; a list, a mapping or true/false is refused."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise Invalid(f"{key} must be text, not {_shown(value)}", f"write {key}: \"...\" (quoted if need be)")


def _date(key: str, value: Any) -> str:
    """'date: 2026-02-30' -> "date '2026-02-30' is not a real date"; 'date: 2026-05-01' -> '2026-05-01'."""
    if not isinstance(value, str) or not DATE_SHAPE.fullmatch(value.strip()):
        raise Invalid(f"{key} {_shown(value)} is not a date", DATE_FIX)
    written = value.strip()
    try:
        dt.datetime.fromisoformat(written.replace("Z", "+00:00"))
    except ValueError:
        raise Invalid(f"{key} {_shown(written)} is not a real date", DATE_FIX) from None
    return written


def _names(key: str, value: Any) -> tuple[str, ...]:
    """'tags: a, b' or 'tags: [a, b]' -> ('a', 'b'); a number or a mapping is refused, and so is a list item
    that is not a name."""
    if isinstance(value, str):
        return tuple(p.strip() for p in value.split(",") if p.strip())
    if not isinstance(value, list):
        raise Invalid(f"{key} must be a list of names, not {_shown(value)}", f"{key}: {LIST_EXAMPLES[key]}")
    names = []
    for number, item in enumerate(value, start=1):
        if item is None:
            continue
        if isinstance(item, dict | list | set | bool) or not isinstance(item, str | int | float):
            raise Invalid(f"{key} item {number} must be a name, not {_shown(item)}", f"{key}: {LIST_EXAMPLES[key]}")
        if str(item).strip():
            names.append(str(item).strip())
    return tuple(names)


def _flag(key: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise Invalid(f"{key} must be true or false, not {_shown(value)}", f"{key}: true")


RULES: dict[str, Callable[[str, Any], Any]] = {
    "id": _text,
    "title": _text,
    "date": _date,
    "place": _text,
    "sources": _names,
    "tags": _names,
    "fictional": _flag,
    "summary": _text,
}
KNOWN_KEYS = frozenset(RULES)


def read_metadata(front: FrontMatter, path: str) -> tuple[Metadata, list[BriefingError]]:
    """The checked values and the unknown keys (findings for `check`); values the format forbids raise, all
    of them in one BriefingErrors: 'date: 2026-02-30' on line 3 -> "path:3: date '2026-02-30' is not a real
    date; fix: YYYY-MM-DD"."""
    values: dict[str, Any] = {}
    invalid: list[BriefingError] = []
    unknown: list[BriefingError] = []
    for key, value in front.fields.items():
        line = front.lines.get(key)
        rule = RULES.get(key)
        if rule is None:
            unknown.append(BriefingError(path, f"unknown front matter key '{key}'", line,
                                         hint=suggestion(key, KNOWN_KEYS)))
        elif value is not None:  # 'title:' with nothing after it: as if left out
            try:
                values[key] = rule(key, value)
            except Invalid as exc:
                invalid.append(BriefingError(path, str(exc), line, hint=exc.fix))
    if invalid:
        raise BriefingErrors(invalid)
    return Metadata(**values), unknown
