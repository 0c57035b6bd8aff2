"""Curated sections: what a curator writes by hand is what the reader shows."""

from __future__ import annotations

from pathlib import Path

from briefing.document.load import load_briefing, parse_file
from briefing.document.write import actor_line
from briefing.model import Actor

BRIEFING = """---
id: demo
title: Demo
---
Intro text about the talks.

## Actors
- **Hakan Fidan** — Turkish foreign minister; aka: Mr Fidan, Fidan
- **The Kremlin** — Russian presidency; kind: organization

## Statements
- **Hakan Fidan**: “There is a window of opportunity.” — at a Nato meeting
- **Dmitry Peskov**: The president has no plans to travel.

## Casualties
- **killed**: at least 5 civilians; place: eastern regions; period: the past day; source: regional authorities
- **wounded**: 29 civilians
- **displaced**: 5-7 families
- **missing**: up to 40 fishermen

## Next steps
- Delegations meet again; when: next week; who: Hakan Fidan, Dmitry Peskov; status: planned

## Background
More text about the war.
"""


def load(tmp_path: Path, text: str = BRIEFING):
    path = tmp_path / "demo.md"
    path.write_text(text, encoding="utf-8")
    return load_briefing(path)


def test_actors(tmp_path: Path) -> None:
    actors = load(tmp_path).sections.actors
    assert [(a.id, a.name, a.role, a.kind) for a in actors] == [
        ("hakan-fidan", "Hakan Fidan", "Turkish foreign minister", "person"),
        ("the-kremlin", "The Kremlin", "Russian presidency", "organization"),
    ]
    assert actors[0].aliases == ("Mr Fidan", "Fidan")
    assert actors[0].line == 8


def test_an_actor_written_without_a_role_reads_back_without_one(tmp_path: Path) -> None:
    lines = [actor_line(Actor("Parliament", kind="organization")), actor_line(Actor("Ilse Marak", role="governor"))]
    text = "---\nid: demo\ntitle: Demo\n---\nText.\n\n## Actors\n" + "\n".join(lines) + "\n"
    actors = load(tmp_path, text).sections.actors
    assert [(a.name, a.role, a.kind) for a in actors] == [
        ("Parliament", "", "organization"), ("Ilse Marak", "governor", "person")]


def test_statements_direct_and_reported(tmp_path: Path) -> None:
    first, second = load(tmp_path).sections.statements
    assert (first.speaker, first.text, first.direct, first.context) == (
        "Hakan Fidan", "There is a window of opportunity.", True, "at a Nato meeting")
    assert (second.speaker, second.direct) == ("Dmitry Peskov", False)
    assert second.text == "The president has no plans to travel."


def test_casualties_counts(tmp_path: Path) -> None:
    rows = [(c.kind, c.min, c.max, c.group) for c in load(tmp_path).sections.casualties]
    assert rows == [
        ("killed", 5, None, "civilians"),
        ("injured", 29, 29, "civilians"),
        ("displaced", 5, 7, "families"),
        ("missing", None, 40, "fishermen"),
    ]
    killed = load(tmp_path).sections.casualties[0]
    assert (killed.place, killed.period, killed.source) == ("eastern regions", "the past day", "regional authorities")


def test_next_steps(tmp_path: Path) -> None:
    (step,) = load(tmp_path).sections.next_steps
    assert (step.text, step.when, step.status) == ("Delegations meet again", "next week", "planned")
    assert step.actors == ("Hakan Fidan", "Dmitry Peskov")


def test_text_keeps_other_headings_and_drops_curated_sections(tmp_path: Path) -> None:
    b = load(tmp_path)
    assert "Intro text about the talks." in b.text
    assert "Background" in b.text and "More text about the war." in b.text
    assert "window of opportunity" not in b.text
    assert set(b.curated) == {"actors", "statements", "casualties", "next_steps"}


def test_malformed_items_are_reported_with_their_lines_and_skipped(tmp_path: Path) -> None:
    text = "## Actors\n- **Ann Lee** — mayor\n- no bold name\n## Casualties\n- **killed**: many\n- **eaten**: 3\n" \
           "## Next steps\n- Vote; whn: Friday\n## Statments\n- x\n"
    path = tmp_path / "bad.md"
    path.write_text(text, encoding="utf-8")
    loaded = parse_file(path)
    found = [(p.line, p.message.split(" (")[0]) for p in loaded.problems]
    assert found == [
        (3, "an actor item must start with a **bold** name"),
        (5, "a casualty needs a count: '5', 'at least 5', '5-7', 'up to 7' or 'unknown', then the group"),
        (6, "unknown casualty kind 'eaten'"),
        (8, "unknown field 'whn' in a next step item"),
        (9, "unknown section 'Statments'"),
    ]
    assert [a.name for a in loaded.briefing.sections.actors] == ["Ann Lee"]


def test_stray_paragraph_in_a_section_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "stray.md"
    path.write_text("## Actors\n\nJust prose here.\n\n- **Ann Lee** — mayor\n", encoding="utf-8")
    loaded = parse_file(path)
    assert [(p.line, p.message) for p in loaded.problems] == [
        (3, "expected a list item ('- ...') in a curated section")]


def test_duplicate_actor_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "dup.md"
    path.write_text("## Actors\n- **Ann Lee** — mayor\n- **Ann Lee** — governor\n", encoding="utf-8")
    assert [(p.line, p.message) for p in parse_file(path).problems] == [(3, "duplicate actor (id 'ann-lee')")]


def test_headings_inside_code_fences_are_text(tmp_path: Path) -> None:
    b = load(tmp_path, "Intro\n\n```\n## Actors\n- **Not** — an actor\n```\n")
    assert b.curated == ()
    assert "## Actors\n- **Not** — an actor" in b.text  # code is shown as written


def test_sections_left_out_are_analysed_with_the_stated_actors(tmp_path: Path) -> None:
    text = ("---\ntitle: Vote\n---\n## Actors\n- **Ann Lee** — mayor of Oru; aka: Ms Lee\n\n## Statements\n"
            "- **Ann Lee**: “We will vote.”\n\n## Text\nMs Lee will meet the council on Friday to set a date for "
            "the vote.\n")
    b = load(tmp_path, text)
    assert [a.name for a in b.sections.actors] == ["Ann Lee"]
    (step,) = b.sections.next_steps
    assert step.actors == ("Ann Lee",)
    assert step.when == "on Friday"
    assert set(b.curated) == {"actors", "statements"}
