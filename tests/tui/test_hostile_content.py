"""Content is data: markup and escape sequences in any field show as written, links open only on `o` + enter,
and only http(s) ones."""

from __future__ import annotations

import webbrowser
from pathlib import Path

import pytest
from tui_helpers import screen_lines, screen_text, settled, until

from briefing.tui.app import BriefingApp
from briefing.tui.screens.search import PAUSE

SIZE = (120, 40)
TRAP = "[@click=app.quit]"
HOSTILE = (
    '---\ndate: 2031-05-01\nplace: Port [bold]Avel[/bold] [@click=app.quit]x[/]\n'
    'sources: [Coastal Wire, "https://example.org/report", "javascript:alert(1)", "file:///etc/passwd", '
    '"[@click=app.quit]src[/]"]\n---\n\n'
    "# Hostile [@click=app.quit]title[/] \x1b[31mred\x1b[0m\n\n"
    "## Summary\nA summary with [@click=app.quit]a trap[/] and \x1b[2Jclear.\n\n"
    "## Actors\n- **Ann [@click=app.quit]Trap[/]** — envoy [b]bold[/b] \x1b[5mblink\n\n"
    "## Statements\n- **Ann [@click=app.quit]Trap[/]**: “Press \x1b[31mred\x1b[0m and [@click=app.quit]quit[/].”\n\n"
    "## Casualties\n- **injured**: 3 [i]people[/i]; place: \x1b[1mPort\n\n"
    "## Next steps\n- Talks [@click=app.quit]resume[/]; when: Friday\n\n"
    "## Text\nAnn [@click=app.quit]Trap[/] spoke. See https://example.org/full or javascript:alert(2). "
    "\x1b]0;owned\x07Title set. \x1b]8;;http://evil.example\x07link\x1b]8;;\x07\n"
)


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.md"
    path.write_text(HOSTILE, encoding="utf-8")
    return path


@pytest.fixture
def browser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """$BROWSER: a script that writes down the address it was given."""
    opened = tmp_path / "opened.txt"
    script = tmp_path / "browser.sh"
    script.write_text(f'#!/bin/sh\necho "$1" >> {opened}\n', encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("BROWSER", str(script))
    monkeypatch.setattr(webbrowser, "_tryorder", None)  # webbrowser reads $BROWSER once: read it again
    return opened


@pytest.mark.parametrize(("keys", "shown"), [
    ([], ["Hostile [@click=app.quit]title[/] ␛[31mred␛[0m", "Place: Port [bold]Avel[/bold] [@click=app.quit]x[/]",
          "[@click=app.quit]src[/]", "A summary with [@click=app.quit]a trap[/] and ␛[2Jclear."]),
    (["a"], ["1 Ann [@click=app.quit]Trap[/]", "Role: envoy [b]bold[/b] ␛[5mblink"]),
    (["s"], ["Ann [@click=app.quit]Trap[/]: “Press ␛[31mred␛[0m and [@click=app.quit]quit[/].”"]),
    (["c"], ["3 [i]people[/i] · ␛[1mPort"]),
    (["x"], ["Talks [@click=app.quit]resume[/] · when: Friday"]),
    (["t"], ["Ann [@click=app.quit]Trap[/] spoke.", "␛]0;owned␇Title set.", "␛]8;;http://evil.example␇link␛]8;;␇"]),
], ids=["overview", "actors", "statements", "casualties", "next_steps", "text"])
async def test_every_field_shows_markup_and_escapes_as_written(keys: list[str], shown: list[str], hostile: Path,
                                                               store_path: Path) -> None:
    app = BriefingApp(path=hostile, bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press(*keys)
        await pilot.pause()
        text = screen_text(app)
        for expected in shown:
            assert expected in text
        assert "\x1b" not in text and "\x07" not in text


async def test_clicking_a_click_action_in_content_does_nothing(hostile: Path, store_path: Path) -> None:
    app = BriefingApp(path=hostile, bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        for keys in ([], ["a"], ["s"], ["t"]):
            await pilot.press(*keys)
            await pilot.pause()
            places = [(row.index(TRAP), y) for y, row in enumerate(screen_lines(app)) if TRAP in row]
            assert places
            for x, y in places:
                await pilot.click(offset=(x + 2, y))
                await pilot.pause()
                assert app.is_running


async def test_with_no_browser_a_link_is_not_said_to_be_opened(hostile: Path, store_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BROWSER", raising=False)
    monkeypatch.setattr(webbrowser, "_tryorder", [])  # no browser registered, none to find
    app = BriefingApp(path=hostile, bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("o", "j", "enter")  # https://example.org/report
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("No web browser found" in m for m in messages)
        assert not any("Opened in your browser" in m for m in messages)


async def test_o_lists_the_links_and_opens_only_http(hostile: Path, store_path: Path, browser: Path) -> None:
    app = BriefingApp(path=hostile, bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("o")
        await pilot.pause()
        text = screen_text(app)
        for link in ("Coastal Wire", "https://example.org/report", "javascript:alert(1)", "file:///etc/passwd",
                     "https://example.org/full", "javascript:alert(2)"):
            assert link in text
        await pilot.press("j", "j", "enter")  # javascript:alert(1)
        await pilot.pause()
        assert any("'javascript:' links could run" in n.message for n in app._notifications)
        await pilot.press("j", "enter")  # file:///etc/passwd
        await pilot.press("k", "k", "k", "enter")  # Coastal Wire
        await pilot.pause()
        assert any("Not a web address" in n.message for n in app._notifications)
        await pilot.press("j", "enter")  # https://example.org/report
        await until(pilot, lambda: browser.exists() and browser.read_text(encoding="utf-8").strip() != "")
        assert browser.read_text(encoding="utf-8").split() == ["https://example.org/report"]
        await pilot.press("escape")
        assert app.is_running


async def test_the_library_and_its_search_show_content_as_written(hostile: Path, store_path: Path) -> None:
    app = BriefingApp(roots=[hostile.parent], bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert "Hostile [@click=app.quit]title[/] ␛[31mred␛[0m" in screen_text(app)
        await pilot.press("ctrl+f", *"press")
        await pilot.pause(PAUSE + 0.1)
        await settled(pilot)
        text = screen_text(app)
        assert "Hostile [@click=app.quit]title[/] ␛[31mred␛[0m · Statements" in text
        assert "Press ␛[31mred␛[0m and [@click=app.quit]quit[/]." in text
        assert "\x1b" not in text
        places = [(row.index(TRAP), y) for y, row in enumerate(screen_lines(app)) if TRAP in row]
        for x, y in places:
            await pilot.click(offset=(x + 2, y))
        await pilot.pause()
        assert app.is_running
