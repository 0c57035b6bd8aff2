"""Stray folders at the command line: an import into a folder that is not there, an empty library folder,
and files the library cannot read, each said in one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ARTICLE = "Port talks resume\n\nThe harbour council met on Friday, officials said.\n"


def briefing(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True, text=True, timeout=60)


def article(tmp_path: Path) -> Path:
    path = tmp_path / "port.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_import_into_a_missing_folder_is_one_line_and_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "dir" / "x.md"
    out = briefing("import", str(article(tmp_path)), "-o", str(target))
    assert out.returncode == 2
    assert out.stderr == f"{tmp_path}/no/such/dir: no such folder; fix: create it first, or add --parents to " \
                         "create it\n"
    assert not (tmp_path / "no").exists()


def test_import_with_parents_creates_the_folder(tmp_path: Path) -> None:
    target = tmp_path / "new" / "x.md"
    out = briefing("import", str(article(tmp_path)), "-o", str(target), "--parents")
    assert out.returncode == 0, out.stderr
    assert target.is_file()


def test_import_onto_a_folder_asks_for_a_file_name(tmp_path: Path) -> None:
    out = briefing("import", str(article(tmp_path)), "-o", str(tmp_path))
    assert out.returncode == 2
    assert out.stderr.startswith(f"{tmp_path}: is a folder; fix: name the file to write")


def test_list_of_an_empty_folder_says_how_to_add_briefings(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    out = briefing("list", str(empty))
    assert (out.returncode, out.stdout) == (0, "")
    assert out.stderr == (f"No briefings in {empty}: add .md or .txt files there, or run "
                          "`briefing import ARTICLE -o FILE`.\n")
    as_json = briefing("list", str(empty), "--json")
    assert as_json.stdout.strip() == "[]" and "No briefings in" in as_json.stderr


def test_list_names_an_unreadable_file_whether_the_index_is_fresh_or_warm(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    folder.mkdir()
    article(folder)
    assert briefing("list", str(folder)).stderr == ""  # the index now exists
    (folder / "late.md").write_text("---\ndate: 2026-02-30\n---\nText.\n", encoding="utf-8")
    for _ in ("fresh", "warm"):
        out = briefing("list", str(folder))
        assert f"{folder}/late.md:2: date '2026-02-30' is not a real date" in out.stderr
        assert "skipped 1 file that could not be read" in out.stderr
        assert "Port talks resume" in out.stdout
