"""`briefing PATH` on the command line: bad files fail in one line before the TUI; other commands never load Textual."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tui_helpers import FIXTURES

from briefing.cli.main import main


def test_a_missing_file_is_one_line_and_exit_2(tmp_path: Path, capsys) -> None:
    assert main([str(tmp_path / "nowhere.md")]) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"{tmp_path / 'nowhere.md'}: no such file or folder"


def test_a_binary_file_is_refused_before_the_screen_is_taken(tmp_path: Path, capsys) -> None:
    path = tmp_path / "image.md"
    path.write_bytes(b"\x89PNG\x00\x00\x00binary")
    assert main([str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "image.md" in err and "binary" in err and "Traceback" not in err


def test_bad_front_matter_is_refused_before_the_screen_is_taken(tmp_path: Path, capsys) -> None:
    path = tmp_path / "open.md"
    path.write_text("---\ntitle: never closed\n", encoding="utf-8")
    assert main([str(path)]) == 2
    assert "front matter is not closed" in capsys.readouterr().err


def test_other_commands_do_not_import_textual() -> None:
    code = (
        "import sys\n"
        "from briefing.cli.main import main\n"
        f"main(['list', {str(FIXTURES)!r}, '--json'])\n"
        "print('textual' in sys.modules, 'rich' in sys.modules, file=sys.stderr)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stderr.strip().splitlines()[-1] == "False False"
    assert "harbour-talks" in run.stdout


def test_a_mistyped_command_is_named_with_the_nearest(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["serch", "talks"]) == 2
    said = capsys.readouterr().err.strip()
    assert said == "serch: no such file or folder, nor a command; fix: did you mean 'search'?"
