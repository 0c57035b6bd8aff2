"""Content is data in the reader: `o` lists every link with its words and target (only http(s) ones open);
invisible direction marks show as placeholders."""

from __future__ import annotations

from pathlib import Path

from tui_helpers import screen_text, settled

from briefing.tui.app import BriefingApp

SIZE = (120, 40)
LINKED = (
    "---\ntitle: Linked\nsources: [Harbour Wire]\n---\n"
    "## Text\nThe newcomer read [the council page](https://council.example/p) first.\n\n"
    "Do not [click here](javascript:alert(3)); see <https://wire.example/a> or https://plain.example/b.\n"
)


async def test_o_shows_each_markdown_link_with_words_and_target(tmp_path: Path, store_path: Path) -> None:
    path = tmp_path / "linked.md"
    path.write_text(LINKED, encoding="utf-8")
    app = BriefingApp(path=path, bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("t")
        await pilot.pause()
        text = screen_text(app)
        assert "The newcomer read the council page first." in text  # the words stay, the markup goes
        assert "Do not click here; see https://wire.example/a or https://plain.example/b." in text
        underlined = [segment.text for y in range(5) for segment in app.screen.view().render_line(y)
                      if segment.style is not None and segment.style.underline]
        # a link's words are marked (an autolink's are its address); `o` has its target
        assert underlined == ["the council page", "click here", "https://wire.example/a"]
        await pilot.press("o")
        await pilot.pause()
        text = screen_text(app)
        for row in ("Harbour Wire", "the council page  →  https://council.example/p",
                    "click here  →  javascript:alert(3)", "https://wire.example/a", "https://plain.example/b"):
            assert row in text
        assert "https://wire.example/a  →" not in text  # an address shown as its own words is listed once
        await pilot.press("j", "j", "enter")  # click here: a refused scheme is shown, never followed
        await pilot.pause()
        assert any("'javascript:' links could run" in n.message for n in app._notifications)


async def test_direction_overrides_show_as_placeholders_with_one_notice(tmp_path: Path, store_path: Path) -> None:
    path = tmp_path / "novak.txt"
    path.write_text("Port talks\n\nMr Novak said: \u201cWe will \u202eNOT\u202c sign the deal.\u201d\n",
                    encoding="utf-8")
    app = BriefingApp(path=path, bookmarks_path=store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        overview = screen_text(app)
        assert overview.count("holds 2 invisible direction marks") == 1
        for key in ("s", "t"):
            await pilot.press(key)
            await pilot.pause()
            text = screen_text(app)
            assert "We will \ufffdNOT\ufffd sign the deal." in text
            assert "\u202e" not in text and "\u202c" not in text
