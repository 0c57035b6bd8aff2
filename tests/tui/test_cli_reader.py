"""`briefing PATH` on the command line: bad files fail in one line before the TUI; other commands never load Textual."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from tui_helpers import FIXTURES

from briefing.cli.main import main
from briefing.config import config_path, load_config
from briefing.errors import BriefingError
from briefing.tui.app import BriefingApp
from briefing.tui.keymap import check_keymap


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


def test_a_files_draft_is_read_without_loading_the_analysis() -> None:
    # The reader shows a file's text and stated sections before the analysis runs: loading its passes and
    # tables first (~1.3 s) would hold that first paint back.
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from briefing.document.load import draft_bytes\n"
        f"path = Path({str(FIXTURES / 'harbour-talks.md')!r})\n"
        "draft_bytes(path.read_bytes(), path)\n"
        "print(sorted(m for m in sys.modules if m.startswith('briefing.analysis.') and 'text' not in m),"
        " file=sys.stderr)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stderr.strip().splitlines()[-1] == "[]"


def test_a_mistyped_command_is_named_with_the_nearest(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["serch", "talks"]) == 2
    said = capsys.readouterr().err.strip()
    assert said == "serch: no such file or folder, nor a command; fix: did you mean 'search'?"


def write_config(text: str) -> Path:
    """The user's config file (its dir is in tmp for every test)."""
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("keymap", "said"), [
    ('"reader.actor" = "y"', "keymap: no binding 'reader.actor'; fix: did you mean 'reader.actors'?"),
    ('"reader.actors" = "s"', "'reader.actors' = \"s\" clashes with reader.statements (s) on the reader screen"),
    ('"reader.find" = "question_mark"', "clashes with app.help (question_mark) on the reader screen"),
], ids=["unknown", "clash", "clash-with-the-app"])
def test_a_wrong_keymap_is_refused_in_one_line_naming_the_config(keymap: str, said: str) -> None:
    # `briefing` prints a BriefingError raised before the app runs as its one line, exit 2 (see above).
    path = write_config(f"[keymap]\n{keymap}\n")
    with pytest.raises(BriefingError) as refused:
        BriefingApp(path=FIXTURES / "harbour-talks.md", config=load_config())
    line = refused.value.render()
    assert "\n" not in line and line.startswith(f"{path}: ") and said in line


def test_a_swap_of_two_keys_is_no_clash() -> None:
    check_keymap({"reader.actors": "s", "reader.statements": "a"}, "config.toml", BriefingApp.BINDINGS)
