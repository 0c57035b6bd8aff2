"""The reader's sections and moves: what each key shows (Pilot, 120x40)."""

from __future__ import annotations

from pathlib import Path

from tui_helpers import RIVER, runs_with, screen_lines, screen_text, view_rows, write_long_briefing

from briefing.document.load import load_briefing
from briefing.tui.block_view import BlockView

SIZE = (120, 40)


def tabs_line(app) -> str:
    return next(line for line in screen_lines(app) if "Overview" in line and "Text" in line)


async def test_opens_on_the_overview_with_header_and_counts(reader_app) -> None:
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        lines = screen_lines(app)
        assert lines[0].strip() == "Ministers meet at the harbour conference"
        assert "2031-04-02 · Port Avel, Marenland · sources: Coastal Wire, Evening Ledger" in lines[1]
        assert app.screen.section == "overview"
        text = screen_text(app)
        assert "Two neighbouring states reopened talks" in text
        assert "4 actors · 5 statements · 2 casualties · 2 next steps" in text
        assert "Actors 4 a" in tabs_line(app) and "Next steps 2 x" in tabs_line(app)


async def test_section_keys_show_each_section(reader_app) -> None:
    app = reader_app()
    expected = {
        "a": ("actors", "Tomas Brenner — trade envoy of Ostria"),
        "s": ("statements", "Tomas Brenner: “We came to sign, not to talk.” — to reporters"),
        "c": ("casualties", "injured   3 dock workers · Port Avel · last week · source: the Harbour Council"),
        "x": ("next_steps", "Delegations meet again · when: Friday · who: Ilse Varga, Tomas Brenner · planned"),
        "t": ("text", "The conference opened on Tuesday in Port Avel."),
    }
    async with app.run_test(size=SIZE) as pilot:
        for key, (section, shown) in expected.items():
            await pilot.press(key)
            await pilot.pause()
            assert app.screen.section == section
            assert shown in screen_text(app)
            assert app.focused is app.screen.view()


async def test_tab_and_shift_tab_cycle_sections_from_the_overview(reader_app) -> None:
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        seen = []
        for _ in range(6):
            await pilot.press("tab")
            seen.append(app.screen.section)
        assert seen == ["actors", "statements", "casualties", "next_steps", "text", "overview"]
        await pilot.press("shift+tab")
        assert app.screen.section == "text"


async def test_j_k_and_arrows_move_the_cursor_in_a_list(reader_app) -> None:
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", "j", "j")
        listing = app.screen.view()
        assert listing.cursor == 2
        assert "".join(runs_with(listing, "block-view--cursor")).startswith("Ilse Varga: Marenland would review")
        await pilot.press("k", "down", "down", "up")
        assert listing.cursor == 2
        await pilot.press("end")
        assert listing.cursor == 4
        await pilot.press("home")
        assert listing.cursor == 0


async def test_content_is_shown_literally(reader_app, tmp_path: Path) -> None:
    path = tmp_path / "odd.md"
    path.write_text("---\ntitle: Odd [b]title[/b]\n---\n\n## Statements\n"
                    "- **Ann**: “Press \x1b[31mred[0m and [@click=app.quit]quit[/].”\n", encoding="utf-8")
    app = reader_app(load_briefing(path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        await pilot.pause()
        text = screen_text(app)
        assert "Odd [b]title[/b]" in text
        assert "Ann: “Press ␛[31mred[0m and [@click=app.quit]quit[/].”" in text
        assert app.is_running


async def test_text_scrolls_a_row_with_j_and_jumps_to_the_end_at_once(reader_app, tmp_path: Path) -> None:
    app = reader_app(load_briefing(write_long_briefing(tmp_path)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t")
        view: BlockView = app.screen.view()
        first = view_rows(view)[0]
        await pilot.press("j")
        assert view.scroll_y == 1 and view_rows(view)[0] != first
        await pilot.press("k")
        assert view.scroll_y == 0
        await pilot.press("end")  # no animation: there after one key, not 0.8 s later
        assert view.scroll_y == view.max_scroll_y > 0
        assert any("Paragraph 300 of the long report" in row for row in view_rows(view))
        await pilot.press("home")
        assert view.scroll_y == 0
        await pilot.press("pagedown")
        assert view.scroll_y == view.scrollable_content_region.height - 1


async def test_an_empty_section_says_so_and_has_no_cursor(reader_app) -> None:
    app = reader_app(load_briefing(RIVER))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c", "j", "enter")
        await pilot.pause()
        assert "No casualties in this briefing: none stated in the file" in screen_text(app)
        assert runs_with(app.screen.view(), "block-view--cursor") == []


async def test_the_overview_says_which_sections_no_editor_wrote(reader_app, tmp_path: Path) -> None:
    article = tmp_path / "quay.txt"
    article.write_text("Quay workers walk out in Port Avel\n\nThe dock strike began on Monday, "
                       "union leader Mara Lenz said. “We will stay out until Friday,” Lenz told reporters.\n",
                       encoding="utf-8")
    for briefing, said in ((load_briefing(article), True), (None, False)):
        app = reader_app(briefing)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            shown = "All four sections were found by the analysis, not written by an editor" in screen_text(app)
            assert shown is said
