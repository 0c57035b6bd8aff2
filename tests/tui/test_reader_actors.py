"""Actor keys: 1-9 jump to an actor's card; ] and [ walk their mentions in the text, highlighted."""

from __future__ import annotations

from pathlib import Path

from tui_helpers import runs_with, screen_text, view_rows, write_long_briefing

from briefing.document.load import load_briefing

SIZE = (120, 40)


async def test_number_keys_open_the_actor_card(reader_app) -> None:
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        assert app.screen.section == "actors"
        card = " ".join(" ".join(view_rows(app.screen.query_one("#card"))).split())
        assert card.startswith("2 Tomas Brenner Role: trade envoy of Ostria")
        assert "Role: trade envoy of Ostria" in card
        assert "Kind: person" in card
        assert "Also: Brenner" in card
        assert "Statements (2)" in card
        assert "Tomas Brenner: “We came to sign, not to talk.” — to reporters" in card
        assert "Mentions (3)" in card
        assert "Brenner did not attend that meeting" in card
        assert "2  Tomas Brenner" in screen_text(app)  # the number shows beside the name in the list


async def test_number_past_the_last_actor_says_so(reader_app) -> None:
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("9")
        assert app.screen.section == "overview"
        assert "There is no actor 9: this briefing has 4." in screen_text(app)


async def test_moving_in_the_actor_list_changes_the_card(reader_app) -> None:
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "j", "j")
        await pilot.pause()
        card = view_rows(app.screen.query_one("#card"))
        assert card[0] == "3 The Harbour Council"
        assert "Kind: organization" in card


async def test_brackets_walk_the_mentions_of_the_current_actor(reader_app) -> None:
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "right_square_bracket")
        await pilot.pause()
        text_view = app.screen.view()
        assert app.screen.section == "text"
        assert runs_with(text_view, "block-view--current") == ["Ilse Varga"]
        assert "Ilse Varga: mention 1/3" in screen_text(app)
        await pilot.press("right_square_bracket")
        assert runs_with(text_view, "block-view--current") == ["Varga"]
        assert "Ilse Varga: mention 2/3" in screen_text(app)
        await pilot.press("right_square_bracket")
        assert runs_with(text_view, "block-view--current") == ["Minister Varga"]
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert "Ilse Varga: mention 1/3" in screen_text(app)


async def test_a_mention_far_down_a_long_text_is_brought_on_screen(reader_app, tmp_path: Path) -> None:
    app = reader_app(load_briefing(write_long_briefing(tmp_path)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "left_square_bracket")  # [ from the start wraps round to the last mention
        await pilot.pause()
        view = app.screen.view()
        assert "Oskar Lund: mention 6/6" in screen_text(app)
        assert runs_with(view, "block-view--current") == ["Oskar Lund"]
        assert any("Paragraph 257 of" in row for row in view_rows(view))


async def test_J_and_K_scroll_the_actor_card_from_the_keyboard(reader_app, tmp_path) -> None:
    from tui_helpers import write_long_briefing

    from briefing.document.load import load_briefing

    app = reader_app(load_briefing(write_long_briefing(tmp_path, paragraphs=1000)))  # 20 mentions: a long card
    async with app.run_test(size=(120, 20)) as pilot:
        await pilot.press("1")
        card = app.screen.query_one("#card")
        assert card.max_scroll_y > 0 and card.scroll_y == 0
        await pilot.press("J", "J", "shift+down")
        assert card.scroll_y == 3
        await pilot.press("K")
        assert card.scroll_y == 2
        assert app.screen.query_one("#actor-list").cursor == 0  # the list kept its cursor
