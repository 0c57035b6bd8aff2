"""Checking an item against the text (enter), less-style paging and the position, the tab line and key bar."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_helpers import runs_with, screen_lines, screen_text, type_at_once, until, view_rows, write_long_briefing

from briefing.config import Config
from briefing.document.load import load_briefing
from briefing.model import Briefing, Sections, Statement

SIZE = (120, 40)


def status_line(app) -> str:
    return screen_lines(app)[-2]


def far_statement(folder: Path) -> Briefing:
    """The long report, with one statement whose words are in its 250th paragraph."""
    briefing = load_briefing(write_long_briefing(folder))
    words = "Paragraph 250 of the long report."
    said = Statement(text=words, speaker="Oskar Lund", direct=False, id="far")
    return Briefing(**{**briefing.__dict__, "sections": Sections(briefing.sections.actors, (said,))})


@pytest.mark.parametrize(("back", "size"), [("q", SIZE), ("escape", (80, 24))])
async def test_enter_on_a_statement_shows_its_words_in_the_text_and_q_goes_back(reader_app, tmp_path: Path,
                                                                               back: str, size) -> None:
    app = reader_app(far_statement(tmp_path))
    async with app.run_test(size=size) as pilot:
        await pilot.press("s", "enter")
        assert app.screen.section == "text"
        view = app.screen.view()
        # On the next refresh (a loaded machine may put it off past the key's own pause).
        await until(pilot, lambda: any("Paragraph 250 of the long report" in row for row in view_rows(view))
                    and "In the text: statement 1 · q goes back" in status_line(app))  # whole, even at 80 columns
        assert "".join(runs_with(view, "block-view--current")).startswith("Paragraph 250")
        await pilot.press(back)
        await until(pilot, lambda: app.screen.section == "statements")  # back on the item, the reader still open


async def test_enter_on_words_the_text_does_not_hold_says_so(reader_app) -> None:
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c", "enter")  # a curated casualty, written in the editor's words
        assert app.screen.section == "casualties"
        assert "Not in the text" in screen_text(app)


async def test_a_status_message_longer_than_its_line_ends_in_an_ellipsis(reader_app) -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "enter")
        line = status_line(app)
        assert line.lstrip().startswith("Not in the text: the file's editor") and "…" in line


async def test_less_keys_page_and_the_position_shows(reader_app, tmp_path: Path) -> None:
    app = reader_app(load_briefing(write_long_briefing(tmp_path)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t")
        await pilot.pause()
        view = app.screen.view()
        height = view.scrollable_content_region.height
        assert "paragraph 1 of 300" in status_line(app)
        await pilot.press("ctrl+d")
        assert view.scroll_y == height // 2
        await pilot.press("ctrl+u")
        assert view.scroll_y == 0
        await pilot.press("ctrl+f", "ctrl+f")
        assert view.scroll_y == 2 * (height - 1)
        await pilot.press("ctrl+b")
        assert view.scroll_y == height - 1
        await pilot.press("end")
        await pilot.pause()
        assert "paragraph" in status_line(app) and status_line(app).endswith("100%")


async def test_less_keys_move_the_cursor_of_a_list_a_page_at_a_time(reader_app, harbour: Briefing) -> None:
    said = tuple(Statement(text=f"Point {n} of the record.", speaker="Ilse Varga", direct=False, id=f"p{n}")
                 for n in range(1, 201))
    app = reader_app(Briefing(**{**harbour.__dict__, "sections": Sections(harbour.sections.actors, said)}))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        height = app.screen.view().scrollable_content_region.height
        seen = []
        for key in ("ctrl+d", "ctrl+f", "ctrl+b", "ctrl+u"):
            await pilot.press(key)
            await pilot.pause()
            seen.append(int(status_line(app).split("item ")[1].split(" of ")[0]))
        half, page = seen[0] - 1, seen[1] - seen[0]
        assert half == height // 2 and page == height - 1  # one row an item: half a screen, then a screen less one
        assert seen[2] < seen[1] and seen[3] == 1


async def test_less_keys_in_a_list_shorter_than_the_screen_go_to_its_ends(reader_app) -> None:
    # Five statements on a 30-row screen: nothing scrolls, so a page down is the last item, never the first.
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        for keys, item in ((("s", "j", "j"), 3), (("ctrl+d",), 5), (("ctrl+u",), 1), (("j", "pagedown"), 5),
                           (("pageup",), 1)):
            await pilot.press(*keys)
            await pilot.pause()
            assert status_line(app).endswith(f"item {item} of 5"), keys


async def test_a_list_says_which_item_the_cursor_is_on(reader_app) -> None:
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", "j", "j")
        await pilot.pause()
        assert status_line(app).endswith("item 3 of 5")


async def test_the_overview_summary_wraps_to_the_screen_not_the_file(reader_app, harbour: Briefing) -> None:
    summary = "Two states reopened talks\non shipping rights after a month\nof closed ports."
    app = reader_app(Briefing(**{**harbour.__dict__, "summary": summary}))
    async with app.run_test(size=SIZE):
        assert "Two states reopened talks on shipping rights after a month of closed ports." in screen_text(app)


async def test_the_tab_line_shows_remapped_section_keys(reader_app) -> None:
    app = reader_app(config=Config(keymap={"reader.actors": "y"}))
    async with app.run_test(size=SIZE):
        tabs = next(line for line in screen_lines(app) if "Overview" in line)
        assert "Actors 4 y" in tabs and "Actors 4 a" not in tabs


async def test_a_cut_tab_line_and_key_bar_end_in_an_ellipsis(reader_app) -> None:
    app = reader_app()
    async with app.run_test(size=(60, 15)) as pilot:
        await pilot.pause()  # the key bar is drawn after the screen's first refresh
        lines = screen_lines(app)
        tabs = next(line for line in lines if "Overview" in line)
        assert tabs.endswith("…")
        assert lines[-1].endswith("…")


async def test_a_click_on_a_tab_or_a_key_hint_does_what_its_key_does(reader_app) -> None:
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        tabs = next(line for line in screen_lines(app) if "Overview" in line)
        await pilot.click("#tabs", offset=(tabs.index("Statements") + 1, 0))
        assert app.screen.section == "statements"
        keys = screen_lines(app)[-1]
        await pilot.click("#keys", offset=(keys.index("Find"), 0))
        assert app.focused.id == "find-input"


async def test_under_no_color_the_cursor_row_and_matches_keep_a_mark(reader_app, monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        view = app.screen.view()
        assert view.style_of("block-view--cursor").reverse
        assert view.style_of("block-view--match").underline
    monkeypatch.delenv("NO_COLOR")
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        assert not app.screen.view().style_of("block-view--cursor").reverse  # colours do it when there are any


async def test_a_burst_of_keys_from_the_terminal_loses_none(reader_app) -> None:
    # A terminal hands over 's j j' at once: the keys after `s` must reach the list it shows, not the view it left.
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        type_at_once(app, "sjj")
        await pilot.pause()
        await pilot.pause()
        assert app.screen.section == "statements"
        assert app.screen.query_one("#statement-list").cursor == 2


async def test_end_typed_with_the_key_that_shows_the_text_goes_to_its_end(reader_app, tmp_path: Path) -> None:
    # 't' then End at once: End must wait until the text is laid out, or it scrolls a view of no height and is lost.
    app = reader_app(load_briefing(write_long_briefing(tmp_path)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1")
        type_at_once(app, "tG")
        await pilot.pause()
        await pilot.pause()
        assert app.screen.section == "text"
        assert any("Paragraph 300 of the long report" in row for row in view_rows(app.screen.view()))
