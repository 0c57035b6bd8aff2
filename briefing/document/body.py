"""The body split at its `## ` headings, so curated sections can be told from the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

HEADING = re.compile(r"^ {0,3}##[ \t]+(.+?)[ \t#]*$")
FENCE = re.compile(r"^ {0,3}(```|~~~)")

# Heading titles (folded) that name a curated section, and the section they name.
SECTION_TITLES = {
    "actors": "actors",
    "statements": "statements",
    "casualties": "casualties",
    "next steps": "next_steps",
}
TEXT_TITLES = frozenset({"text", "article"})
SUMMARY_TITLES = frozenset({"summary"})


@dataclass(frozen=True)
class Part:
    """A run of the body: before the first `##` heading (title ''), or one `##` heading and its lines."""

    title: str
    content: str
    line: int  # 1-based line in the file of the heading (or of the first line)
    content_line: int  # 1-based line in the file of the first content line


def fold(title: str) -> str:
    return " ".join(title.lower().replace("_", " ").split())


def split_parts(body: str, first_line: int) -> list[Part]:
    """'Intro\\n## Actors\\n- **A**' -> [Part('', 'Intro'), Part('Actors', '- **A**')]."""
    parts: list[Part] = []
    title, start_line, content_line, lines = "", first_line, first_line, []
    in_fence = False
    for number, line in enumerate(body.split("\n"), start=first_line):
        if FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else HEADING.match(line)
        if match:
            parts.append(Part(title, "\n".join(lines), start_line, content_line))
            title, start_line, content_line, lines = match.group(1).strip(), number, number + 1, []
        else:
            lines.append(line)
    parts.append(Part(title, "\n".join(lines), start_line, content_line))
    return [p for p in parts if p.title or p.content.strip()]
