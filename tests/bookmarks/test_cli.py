"""`briefing bookmarks` and `briefing bookmarks export`, as a user at a terminal sees them."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing.bookmarks import BookmarkStore
from briefing.cli.main import main
from briefing.model import Briefing, Statement


@pytest.fixture
def kept(harbour: Briefing) -> Briefing:
    """Two bookmarks in the harbour briefing, one in another; the harbour ones newest."""
    with BookmarkStore() as store:
        store.toggle(Briefing(id="river-dispute", title="River dispute", path="/nowhere/river.md"),
                     Statement(text="The river is ours.", speaker=None, id="river1"))
        for said in harbour.sections.statements[:2]:
            store.toggle(harbour, said)
    return harbour


def test_json_is_an_array_of_the_contract_fields(kept: Briefing, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bookmarks", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [set(d) for d in data] == [{"id", "briefing", "path", "statement", "speaker", "text", "direct",
                                          "created"}] * 3
    assert [d["speaker"] for d in data] == ["Tomas Reyes", "Mara Voss", None]
    assert data[0] == {
        "id": f"harbour-talks:{kept.sections.statements[1].id}", "briefing": "harbour-talks", "path": kept.path,
        "statement": kept.sections.statements[1].id, "speaker": "Tomas Reyes",
        "text": "We have not agreed to anything yet.", "direct": True, "created": data[0]["created"],
    }


def test_no_bookmarks_is_an_empty_array(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bookmarks", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_text_mode_shows_one_block_per_bookmark(kept: Briefing, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bookmarks"]) == 0
    blocks = capsys.readouterr().out.strip().split("\n\n")
    assert len(blocks) == 3
    assert blocks[0].splitlines()[:2] == ["Tomas Reyes — Harbour talks in Port Elin",
                                          "    We have not agreed to anything yet."]
    assert kept.path in blocks[0]
    assert blocks[2].startswith("No speaker — River dispute")


def test_text_mode_says_when_there_are_none(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bookmarks"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "no bookmarks yet" in err


def test_export_markdown_groups_by_briefing(kept: Briefing, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bookmarks", "export", "--format", "md"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Bookmarks\n")
    assert out.count("## Harbour talks in Port Elin") == 1 and out.count("## River dispute") == 1
    harbour_part = out.split("## River dispute")[0]
    assert "> We have not agreed to anything yet." in harbour_part
    assert "> The harbour stays open to every ship." in harbour_part
    assert "> — Mara Voss · bookmarked " in harbour_part


def test_export_json_to_a_file_matches_the_listing(kept: Briefing, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "kept.json"
    assert main(["bookmarks", "export", "-o", str(target)]) == 0  # the .json name picks the format
    assert main(["bookmarks", "--json"]) == 0
    assert json.loads(target.read_text(encoding="utf-8")) == json.loads(capsys.readouterr().out)


def test_export_refuses_to_overwrite_without_force(kept: Briefing, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "notes.md"
    target.write_text("my own notes\n", encoding="utf-8")
    assert main(["bookmarks", "export", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err == f"{target}: already exists; fix: add --force to replace it\n"
    assert target.read_text(encoding="utf-8") == "my own notes\n"
    assert main(["bookmarks", "export", "-o", str(target), "--force"]) == 0
    assert target.read_text(encoding="utf-8").startswith("# Bookmarks")


def test_export_into_a_missing_folder_is_one_line_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bookmarks", "export", "-o", str(tmp_path / "no" / "such.md")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot write" in err


def test_an_unknown_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bookmarks", "export", "--format", "pdf"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "invalid choice" in err


def test_escape_sequences_in_a_statement_are_shown_not_obeyed(harbour: Briefing, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    with BookmarkStore() as store:
        store.toggle(harbour, Statement(text="Clear \x1b[2J the screen\x9b31m", speaker="Eve", id="evil"))
    for argv in (["bookmarks"], ["bookmarks", "--json"], ["bookmarks", "export"], ["bookmarks", "export",
                                                                                     "--format", "json"]):
        assert main(argv) == 0
        out = capsys.readouterr().out
        assert "\x1b" not in out and "\x9b" not in out
    assert main(["bookmarks", "export", "-o", str(tmp_path / "x.md")]) == 0
    assert "\x1b" not in (tmp_path / "x.md").read_text(encoding="utf-8")


def test_a_damaged_store_is_reported_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    store_path = Path(os.environ["XDG_DATA_HOME"]) / "briefing" / "bookmarks.sqlite3"
    store_path.parent.mkdir(parents=True)
    store_path.write_bytes(b"not sqlite at all " * 100)
    assert main(["bookmarks", "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == []
    assert err.count("\n") == 1 and "bookmarks.sqlite3.damaged-" in err


def test_export_carries_what_a_damaged_store_still_held(kept: Briefing, damage_index: Callable[[Path], None],
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    damage_index(Path(os.environ["XDG_DATA_HOME"]) / "briefing" / "bookmarks.sqlite3")
    assert main(["bookmarks", "export"]) == 0
    out, err = capsys.readouterr()
    assert "3 bookmarks recovered" in err
    assert "> We have not agreed to anything yet." in out and "> The river is ours." in out


def test_remove_forgets_the_bookmarks_named(kept: Briefing, capsys: pytest.CaptureFixture[str]) -> None:
    main(["bookmarks", "--json"])
    ids = [d["id"] for d in json.loads(capsys.readouterr().out)]
    assert main(["bookmarks", "remove", ids[0], ids[2]]) == 0
    assert "removed 2 bookmarks" in capsys.readouterr().err
    main(["bookmarks", "--json"])
    assert [d["id"] for d in json.loads(capsys.readouterr().out)] == [ids[1]]


def test_remove_with_an_unknown_id_removes_nothing(kept: Briefing, capsys: pytest.CaptureFixture[str]) -> None:
    main(["bookmarks", "--json"])
    ids = [d["id"] for d in json.loads(capsys.readouterr().out)]
    assert main(["bookmarks", "remove", ids[0], ids[1] + "x"]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and f"no bookmark with id '{ids[1]}x'" in err and f"did you mean '{ids[1]}'?" in err
    main(["bookmarks", "--json"])
    assert len(json.loads(capsys.readouterr().out)) == 3


def test_reported_speech_stays_reported(harbour: Briefing, capsys: pytest.CaptureFixture[str]) -> None:
    reported = harbour.sections.statements[2]
    assert not reported.direct
    with BookmarkStore() as store:
        store.toggle(harbour, reported)
        store.toggle(harbour, harbour.sections.statements[0])
    assert main(["bookmarks", "--json"]) == 0
    data = {d["text"]: d["direct"] for d in json.loads(capsys.readouterr().out)}
    assert data == {reported.text: False, harbour.sections.statements[0].text: True}
    assert main(["bookmarks", "export"]) == 0
    exported = capsys.readouterr().out
    assert f"Reported: {reported.text}" in exported
    assert f"> {reported.text}" not in exported and f"“{reported.text}" not in exported
    assert "> The harbour stays open to every ship." in exported


def test_a_store_of_the_first_schema_keeps_its_bookmarks_as_quotations(harbour: Briefing, tmp_path: Path) -> None:
    import sqlite3

    from briefing.bookmarks.schema import STEPS

    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    for statement in STEPS[0]:
        db.execute(statement)
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO bookmarks VALUES ('h:1', 'h', '/h.md', '1', 'Mara Voss', 'Open.', '2026-01-01', 'H')")
    db.commit()
    db.close()
    with BookmarkStore(path) as store:
        [kept] = store.all()
    assert kept.text == "Open." and kept.direct
