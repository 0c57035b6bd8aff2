"""Find: `/` opens the bar, matches highlight as you type, `enter` keeps, `n` / `N` step, `escape` clears."""

from __future__ import annotations

from tui_helpers import runs_with, screen_lines, screen_text, type_at_once

from briefing.tui.find_bar import FindBar

SIZE = (120, 40)


def bar_line(app) -> str:
    return next(line for line in screen_lines(app) if line.lstrip().startswith("Find:"))


async def test_typing_highlights_matches_and_shows_the_position(reader_app) -> None:
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", "slash")
        assert app.focused.id == "find-input"
        await pilot.press(*"brenner")
        await pilot.pause()
        listing = app.screen.view()
        assert bar_line(app).endswith("1/2")
        assert runs_with(listing, "block-view--current") == ["Brenner"]
        assert runs_with(listing, "block-view--match") == ["Brenner"]
        assert listing.cursor == 1  # the cursor follows the current match
        text_view = app.screen.query_one("#text-view")
        assert text_view.matches  # ... and the text is searched too


async def test_a_word_typed_at_once_after_the_slash_goes_whole_into_the_find_box(reader_app) -> None:
    # 'c', 'o' and 'n' are reader keys (casualties, links, next match): none may act before the box has the focus.
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        type_at_once(app, "/council")
        await pilot.pause()
        await pilot.pause()
        assert app.screen.query_one(FindBar).input.value == "council"
        assert app.screen.section == "overview"


async def test_enter_keeps_the_search_and_n_steps_through_it(reader_app) -> None:
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t", "slash", *"the", "enter")
        await pilot.pause()
        assert app.focused is app.screen.view()
        assert app.screen.query_one(FindBar).is_open
        count = len(app.screen.view().matches)
        assert count == 9
        assert bar_line(app).endswith(f"1/{count}")
        await pilot.press("n")
        assert bar_line(app).endswith(f"2/{count}")
        await pilot.press("n", "N", "N", "N")
        assert bar_line(app).endswith(f"{count}/{count}")


async def test_escape_clears_the_search(reader_app) -> None:
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", "slash", *"varga")
        await pilot.pause()
        assert runs_with(app.screen.view(), "block-view--match")
        await pilot.press("escape")
        await pilot.pause()
        assert not app.screen.query_one(FindBar).is_open
        assert not any(line.lstrip().startswith("Find:") for line in screen_lines(app))
        assert runs_with(app.screen.view(), "block-view--match") == []
        assert runs_with(app.screen.view(), "block-view--current") == []
        assert app.focused is app.screen.view()
        await pilot.press("a")  # keys are the reader's again, not the closed input's
        assert app.screen.section == "actors"


async def test_escape_after_enter_clears_before_going_back(reader_app) -> None:
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", "slash", *"port", "enter", "escape")
        await pilot.pause()
        assert not app.screen.query_one(FindBar).is_open
        assert app.is_running


async def test_no_match_shows_zero(reader_app) -> None:
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", "slash", *"zebra")
        await pilot.pause()
        assert bar_line(app).endswith("0/0")


async def test_switching_section_keeps_the_search(reader_app) -> None:
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", "slash", *"monday", "enter", "x")
        await pilot.pause()
        assert bar_line(app).endswith("1/1")
        assert runs_with(app.screen.view(), "block-view--current") == ["Monday"]


async def test_n_without_a_search_says_how_to_start_one(reader_app) -> None:
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        assert "Press / to search." in screen_text(app)
