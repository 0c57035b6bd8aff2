"""Small curated briefings written for these tests, and a helper to put them in a folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.library.index import Library

TALKS = """---
title: Talks in Istanbul
date: 2025-05-16
place: Istanbul
---
Delegations met at the palace on Friday. The ceasefire was the only item on the agenda.

Observers waited outside for most of the afternoon.

## Actors
- **Hakan Fidan** — Turkish foreign minister; aka: Mr Fidan
- **Rustem Umerov** — Ukrainian defence minister

## Statements
- **Hakan Fidan**: “There are two roads ahead of us.” — opening the talks
- **Rustem Umerov**: “We came for a ceasefire.” — after the session

## Casualties
- **killed**: at least 5 civilians; place: Sumy

## Next steps
- Prisoner exchange; when: next week; who: Rustem Umerov; status: planned
"""

FLOOD = """---
title: Flood on the river
date: 2024-03-02
place: Northvale
---
The river rose overnight and crews evacuated the lower town.

## Actors
- **Mara Quill** — mayor of Northvale

## Statements
- **Mara Quill**: “The levee held where it was repaired.” — at the town hall

## Next steps
- Engineers inspect the levee; when: Monday; who: Mara Quill
"""

ARTICLE = """Harbour strike ends

Dock workers returned on Tuesday after a strike over pay.

The ceasefire talk in the canteen was about the strike, not the war.
"""


@pytest.fixture
def shelf(tmp_path: Path) -> Path:
    """A folder with two curated briefings and a plain article."""
    folder = tmp_path / "shelf"
    folder.mkdir()
    for name, text in (("talks.md", TALKS), ("flood.md", FLOOD), ("harbour.txt", ARTICLE)):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def library(shelf: Path, tmp_path: Path) -> Iterator[Library]:
    lib = Library([shelf], index=tmp_path / "index.sqlite3")
    yield lib
    lib.close()
