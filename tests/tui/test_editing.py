"""`e` edits the briefing in $VISUAL / $EDITOR; the reader and the library pick up files changed on disk."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tui_helpers import screen_text, settled, until, view_rows

from briefing.paths import bundled_content, user_briefings
from briefing.tui.app import BriefingApp
from briefing.tui.screens.reader import ReaderScreen

SIZE = (120, 40)
ADDED = "- **Ilse Varga**: “The fishing fleet sails at dawn.”\n"


def editor_script(tmp_path: Path, body: str) -> Path:
    script = tmp_path / "editor.sh"
    script.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    script.chmod(0o755)
    return script


@pytest.fixture
def copy(library: Path) -> Path:
    return library / "harbour-talks.md"


def add_statement(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("## Casualties", ADDED + "\n## Casualties"), encoding="utf-8")


async def test_e_edits_in_the_editor_and_reloads_on_the_same_section(
        copy: Path, store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The editor (with an argument, as in EDITOR="code -w") inserts a statement with sed.
    insert = f'sed -i "s/^## Casualties/{ADDED.strip()}\\n\\n## Casualties/" "$2"'
    script = editor_script(tmp_path, f'[ "$1" = "--wait" ] || exit 9\n{insert}')
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"{script} --wait")
    app = BriefingApp(path=copy, bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("s", "j", "j")
        assert "The fishing fleet sails at dawn" not in screen_text(app)
        await pilot.press("e")
        await settled(pilot)
        text = screen_text(app)
        assert "The fishing fleet sails at dawn" in text
        assert "Statements 6" in text
        assert app.screen.section == "statements"
        assert app.screen.query_one("#statement-list").cursor == 2


@pytest.mark.parametrize(("editor", "said"), [
    ("exit 3", "exited with status 3"),
    ("", "Cannot run the editor"),
], ids=["failing", "missing"])
async def test_an_edit_that_cannot_happen_is_a_notification(
        editor: str, said: str, copy: Path, store_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = copy
    before = path.read_bytes()
    monkeypatch.setenv("VISUAL", str(editor_script(tmp_path, editor) if editor else tmp_path / "no-such-editor"))
    app = BriefingApp(path=path, bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("e")
        await pilot.pause()
        assert said in "\n".join(n.message for n in app._notifications)
        assert app.is_running and isinstance(app.screen, ReaderScreen)
    assert path.read_bytes() == before


async def test_e_on_a_bundled_briefing_edits_the_users_own_copy(store_path: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    bundled = bundled_content() / "welcome.md"
    before = bundled.read_bytes()
    monkeypatch.setenv("VISUAL", str(editor_script(tmp_path, 'sed -i "s/press 1 to meet/press 1 to greet/" "$1"')))
    app = BriefingApp(path=bundled, bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("e")
        await until(pilot, lambda: "press 1 to greet" in app.screen.briefing.summary)
        assert "your copy" in "\n".join(n.message for n in app._notifications)
        assert Path(app.screen.briefing.path).parent == user_briefings()
    assert bundled.read_bytes() == before
    assert "press 1 to greet" in (user_briefings() / "welcome.md").read_text(encoding="utf-8")


async def test_e_opens_the_editor_at_the_items_line(copy: Path, store_path: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    args = tmp_path / "args.txt"
    folder = tmp_path / "bin"
    folder.mkdir()
    vi = folder / "vi"  # an editor that takes +N, by its name
    vi.write_text(f'#!/bin/sh\necho "$@" > {args}\n', encoding="utf-8")
    vi.chmod(0o755)
    monkeypatch.setenv("VISUAL", str(vi))
    app = BriefingApp(path=copy, bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("s", "j", "e")
        await pilot.pause()
        line = app.screen.briefing.sections.statements[1].line
    assert line and args.read_text(encoding="utf-8").split() == [f"+{line}", str(copy)]


async def test_the_reader_reloads_a_file_changed_elsewhere(copy: Path, store_path: Path) -> None:
    app = BriefingApp(path=copy, bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("s")
        add_statement(copy)
        os.utime(copy, ns=(1, 1))  # a different mtime even within the file system's resolution
        await until(pilot, lambda: "The fishing fleet sails at dawn" in screen_text(app))  # polled every second


async def test_the_library_lists_a_file_added_while_a_briefing_was_open(library: Path, store_path: Path,
                                                                        copy: Path) -> None:
    app = BriefingApp(roots=[library], bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("enter")
        await settled(pilot)
        text = copy.read_text(encoding="utf-8").replace("title: Ministers meet", "title: Envoys meet")
        (library / "envoys.md").write_text(text.replace("id: harbour-talks", "id: envoys"), encoding="utf-8")
        await pilot.press("q")
        await settled(pilot)
        assert "Envoys meet at the harbour conference" in screen_text(app)
        assert "3 briefings" in screen_text(app)


ARTICLE = """Talks resumed in Port Avel on Tuesday.

Ilse Varga, the foreign minister, opened the session.

"We came to sign, not to talk," Tomas Brenner told reporters.
"""


async def test_e_opens_the_editor_at_a_found_items_line_and_at_the_texts_paragraph(
        store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A plain article states nothing: its items are found by the analysis, and carry no line of their own.
    article = tmp_path / "talks.txt"
    article.write_text(ARTICLE + "".join(f"\nHour {n} went by.\n" for n in range(60)), encoding="utf-8")
    args = tmp_path / "args.txt"
    vi = tmp_path / "vi"
    vi.write_text(f'#!/bin/sh\necho "$@" >> {args}\n', encoding="utf-8")
    vi.chmod(0o755)
    monkeypatch.setenv("VISUAL", str(vi))
    app = BriefingApp(path=article, bookmarks_path=store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        statements = app.screen.briefing.sections.statements
        await pilot.press("s", *["j"] * next(i for i, s in enumerate(statements) if "sign" in s.text), "e")
        await pilot.pause()
        await pilot.press("t", "G", "e")
        await pilot.pause()
        top = view_rows(app.screen.view())[0].strip()
    first, second = (line.split()[0] for line in args.read_text(encoding="utf-8").splitlines())
    assert first == "+5"
    assert article.read_text(encoding="utf-8").splitlines()[int(second[1:]) - 1] == top
    assert top.startswith("Hour ")  # scrolled down: not the first line of the file
