"""Stable ids: bookmarks point at them, so edits elsewhere in a file must not change them."""

from __future__ import annotations

from pathlib import Path

from briefing.document.load import load_briefing

BASE = """---
id: talks
title: Talks
---
## Actors
- **Hakan Fidan** — Turkish foreign minister

## Statements
- **Hakan Fidan**: “There is a window of opportunity.” — at a Nato meeting
- **Ann Lee**: “We will wait.”
"""


def ids(tmp_path: Path, text: str) -> dict[str, str]:
    path = tmp_path / "talks.md"
    path.write_text(text, encoding="utf-8")
    b = load_briefing(path)
    return {s.text: s.id for s in b.sections.statements} | {a.name: a.id for a in b.sections.actors}


def test_ids_survive_edits_elsewhere(tmp_path: Path) -> None:
    before = ids(tmp_path, BASE)
    edited = BASE.replace("title: Talks", "title: Talks in Istanbul").replace(
        "## Statements\n", "## Statements\n- **New Person**: “Added first.”\n")
    edited = edited.replace("at a Nato meeting", "at a Nato meeting in Antalya") + "\n## Text\nNew text.\n"
    after = ids(tmp_path, edited)
    for key, value in before.items():
        assert after[key] == value


def test_ids_survive_cosmetic_quote_and_space_changes(tmp_path: Path) -> None:
    before = ids(tmp_path, BASE)
    after = ids(tmp_path, BASE.replace("“There is a window of opportunity.”", '"There is a  window of opportunity."'))
    assert after["There is a window of opportunity."] == before["There is a window of opportunity."]


def test_ids_differ_between_briefings(tmp_path: Path) -> None:
    first = ids(tmp_path, BASE)
    second = ids(tmp_path, BASE.replace("id: talks", "id: other"))
    assert first["We will wait."] != second["We will wait."]
