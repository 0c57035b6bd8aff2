"""Front matter as a curator writes it: variants that load, and mistakes that name their line."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.document.load import load_briefing, parse_file
from briefing.errors import BriefingError


def write(tmp_path: Path, text: str, name: str = "b.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_all_fields(tmp_path: Path) -> None:
    b = load_briefing(write(tmp_path, "---\nid: talks-1\ntitle: Talks\ndate: 2025-05-16\nplace: Istanbul\n"
                                      "sources: [AP, Reuters]\ntags: talks, ukraine\nfictional: true\n---\nBody.\n"))
    assert (b.id, b.title, b.date, b.place) == ("talks-1", "Talks", "2025-05-16", "Istanbul")
    assert b.sources == ("AP", "Reuters")
    assert b.tags == ("talks", "ukraine")
    assert b.fictional is True
    assert b.text == "Body."


def test_defaults_come_from_heading_and_file_name(tmp_path: Path) -> None:
    b = load_briefing(write(tmp_path, "# Ceasefire holds\n\nText.\n", "Ceasefire Day.md"))
    assert b.title == "Ceasefire holds"
    assert b.id == "ceasefire-day"


def test_dots_close_front_matter_too(tmp_path: Path) -> None:
    assert load_briefing(write(tmp_path, "---\ntitle: T\n...\nBody\n")).title == "T"


def test_unclosed_front_matter_names_line_one(tmp_path: Path) -> None:
    with pytest.raises(BriefingError) as err:
        load_briefing(write(tmp_path, "---\ntitle: T\nBody with no end\n"))
    assert err.value.render().endswith(
        "b.md:1: front matter is not closed (no line '---' after the opening one);"
        " fix: add a line '---' after the last key"
    )


def test_bad_yaml_names_its_line(tmp_path: Path) -> None:
    with pytest.raises(BriefingError) as err:
        load_briefing(write(tmp_path, "---\ntitle: T\nplace: [unclosed\n---\nBody\n"))
    assert err.value.line is not None and err.value.line >= 3


def test_alias_bomb_is_refused(tmp_path: Path) -> None:
    bomb = "---\na: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n---\nBody\n"
    with pytest.raises(BriefingError, match="anchors or aliases"):
        load_briefing(write(tmp_path, bomb))


def test_python_tags_do_not_construct_objects(tmp_path: Path) -> None:
    with pytest.raises(BriefingError, match="bad front matter"):
        load_briefing(write(tmp_path, "---\ntitle: !!python/object/apply:os.system ['echo hi']\n---\nBody\n"))


def test_front_matter_must_be_a_mapping(tmp_path: Path) -> None:
    with pytest.raises(BriefingError, match="mapping"):
        load_briefing(write(tmp_path, "---\n- a\n- b\n---\nBody\n"))


def test_unknown_key_is_a_check_finding_with_its_line(tmp_path: Path) -> None:
    loaded = parse_file(write(tmp_path, "---\ntitle: T\ncolour: red\n---\nBody\n"))
    assert [(p.line, p.message) for p in loaded.problems] == [(3, "unknown front matter key 'colour'")]
