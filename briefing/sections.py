"""The sections of a briefing, once: what the model, the file parser and writer, search and the reader call them.

    SECTIONS[3] -> Section('next_steps', 'Next steps', 'next step', 'next steps', key='x', aliases=...)

`name` is the model's field and the JSON key; `title` the `## heading` of a curated file and the reader's tab;
`one` / `many` the words a count or a message uses; `key` the reader's key for it; `aliases` what else
`section:NAME` in a search takes. TEXT is the briefing's text: a tab of the reader and a section of search,
not a section of the model.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Section:
    name: str
    title: str
    one: str
    many: str
    key: str
    aliases: tuple[str, ...] = ()


SECTIONS = (
    Section("actors", "Actors", "actor", "actors", "a", ("actor",)),
    Section("statements", "Statements", "statement", "statements", "s", ("statement", "quotes")),
    Section("casualties", "Casualties", "casualty", "casualties", "c", ("casualty",)),
    Section("next_steps", "Next steps", "next step", "next steps", "x", ("next_step", "steps")),
)
TEXT = Section("text", "Text", "paragraph", "paragraphs", "t", ("paragraphs",))
