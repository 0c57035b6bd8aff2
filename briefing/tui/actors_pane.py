"""The Actors section: the list of actors and the card of the one under the cursor, with their mentions.

The pane owns what it found (each actor's mentions and card, computed when first asked for, and which mention
`]` / `[` last showed) and tells the screen what to do by message: show a span of the text (`MentionShown`),
or say a line (`Said`).
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message

from briefing.model import Briefing
from briefing.tui.block_view import BlockView
from briefing.tui.item_list import ItemList
from briefing.tui.mentions import Mention, find_mentions, statements_by
from briefing.tui.renderings import card_blocks, safe

NO_ACTORS = "No actors in this briefing."


class ActorsPane(Horizontal):
    class MentionShown(Message):
        """Show [start, end) of the text, highlighted, and say `status`."""

        def __init__(self, start: int, end: int, status: str) -> None:
            super().__init__()
            self.start, self.end, self.status = start, end, status

    class Said(Message):
        def __init__(self, status: str) -> None:
            super().__init__()
            self.status = status

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.briefing = Briefing(id="", title="")
        self._mentions: dict[int, list[Mention]] = {}
        self._mention_at: dict[int, int] = {}
        self._cards: dict[int, tuple[list[str], Callable[[int], Text]]] = {}
        self._card_shown: int | None = None
        self._query = ""

    def compose(self) -> ComposeResult:
        yield ItemList(id="actor-list")
        card = BlockView(id="card")
        card.can_focus = False  # j / k stay with the list; J / K scroll the card
        yield card

    @property
    def listing(self) -> ItemList:
        return self.query_one("#actor-list", ItemList)

    @property
    def card(self) -> BlockView:
        return self.query_one("#card", BlockView)

    def show_briefing(self, briefing: Briefing) -> None:
        """A new version of the briefing: what was found for the old one goes (the list is the screen's to fill)."""
        self.briefing = briefing
        self._mentions, self._mention_at, self._cards, self._card_shown = {}, {}, {}, None

    def mentions(self, index: int) -> list[Mention]:
        if index not in self._mentions:
            self._mentions[index] = find_mentions(self.briefing.text, self.briefing.sections.actors[index])
        return self._mentions[index]

    def show_card(self) -> None:
        """The card of the actor under the cursor (drawn once per actor, then kept)."""
        actors = self.briefing.sections.actors
        if not actors:
            self.card.set_texts([Text(NO_ACTORS, "dim")])
            return
        index = self.listing.cursor
        if index == self._card_shown:
            return
        self._card_shown = index
        if index not in self._cards:
            said = statements_by(actors[index], self.briefing.sections.statements)
            self._cards[index] = card_blocks(index + 1, actors[index], said, self.briefing.text, self.mentions(index))
        plains, styled = self._cards[index]
        # Statements and mentions (indented two) wrap under their own first letter.
        self.card.set_blocks(plains, styled, [4 if p.startswith("  ") else 0 for p in plains])
        if self._query:
            self.card.search(self._query)

    def search(self, query: str) -> None:
        self._query = query
        self.card.search(query)

    def scroll_card(self, rows: int) -> None:
        self.card.scroll_to(None, round(self.card.scroll_y) + rows, animate=False)

    def step_mention(self, step: int) -> None:
        """The next (`step` 1) or previous (-1) mention of the actor under the cursor, from the first or last."""
        actors = self.briefing.sections.actors
        if not actors:
            self.post_message(self.Said(NO_ACTORS))
            return
        index = self.listing.cursor
        found = self.mentions(index)
        name = safe(actors[index].name)
        if not found:
            self.post_message(self.Said(f"{name} is not named in the text."))
            return
        at = self._mention_at.get(index)
        at = (0 if step > 0 else len(found) - 1) if at is None else (at + step) % len(found)
        self._mention_at[index] = at
        self.post_message(self.MentionShown(found[at].start, found[at].end,
                                            f"{name}: mention {at + 1}/{len(found)}  (] next, [ previous, q back)"))
