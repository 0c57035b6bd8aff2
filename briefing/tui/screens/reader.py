"""The reader: one briefing, its sections switched by key, with find, actor cards, mentions and bookmarks."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Input, Static
from textual.worker import Worker, WorkerState

from briefing.errors import BriefingError
from briefing.model import Briefing
from briefing.tui.block_view import BlockView
from briefing.tui.editing import edit, refusal, stamp
from briefing.tui.find_bar import FindBar
from briefing.tui.item_list import ItemList
from briefing.tui.key_bar import KeyBar
from briefing.tui.links import links
from briefing.tui.mentions import Mention, find_mentions, statements_by
from briefing.tui.reading import load_file
from briefing.tui.renderings import (
    TITLES,
    actor_entry,
    card_blocks,
    casualty_entry,
    next_step_entry,
    overview_blocks,
    safe,
    statement_entry,
)
from briefing.tui.text_view import TextView

if TYPE_CHECKING:
    from briefing.library.dossier import Figure

SECTIONS = ("overview", "actors", "statements", "casualties", "next_steps", "text")
KEYS = {"actors": "a", "statements": "s", "casualties": "c", "next_steps": "x", "text": "t"}
# The widget that holds the cursor (and the search) in each section.
VIEWS = {"overview": "overview-view", "actors": "actor-list", "statements": "statement-list",
         "casualties": "casualty-list", "next_steps": "next-step-list", "text": "text-view"}
# The child of the switcher that each section shows (the actors pane holds the list and the card).
PANES = {**VIEWS, "actors": "actors"}


# What to do once the reader shows (go to a statement, a search hit).
Opening = Callable[["ReaderScreen"], object]


def nothing(what: str) -> str:
    return f"No {what} in this briefing: none stated in the file, and none found in its text."


class ReaderScreen(Screen[None]):
    HELP_TITLE = "reader"
    AUTO_FOCUS = "#overview-view"  # never the filter or find input, which would take the letter keys
    BINDINGS: ClassVar[list[BindingType]] = [
        # The tabs line shows the section keys, so the key bar need not.
        *(Binding(key, f"section('{name}')", TITLES[name], id=f"reader.{name}", show=False)
          for name, key in KEYS.items()),
        Binding("tab", "cycle(1)", "Next section", id="reader.next_section", show=False),
        Binding("shift+tab", "cycle(-1)", "Previous section", id="reader.previous_section", show=False),
        *(Binding(str(n), f"actor({n})", "Actor 1-9 and their card", id=f"reader.actor_{n}", show=False)
          for n in range(1, 10)),
        Binding("D", "dossier", "Actor across the library", id="reader.dossier", show=False),
        Binding("right_square_bracket", "mention(1)", "Next mention", id="reader.next_mention"),
        Binding("left_square_bracket", "mention(-1)", "Previous mention", id="reader.previous_mention", show=False),
        Binding("slash", "find", "Find", id="reader.find"),
        Binding("n", "next_match(1)", "Next match", id="reader.next_match", show=False),
        Binding("N", "next_match(-1)", "Previous match", id="reader.previous_match", show=False),
        Binding("b", "bookmark", "Bookmark", id="reader.bookmark"),
        Binding("e", "edit", "Edit", id="reader.edit", show=False),
        Binding("o", "links", "Links", id="reader.links", show=False),
        Binding("q,escape", "back", "Back", id="reader.back"),
    ]

    def __init__(self, briefing: Briefing, then: Opening | None = None) -> None:
        """Show `briefing`; `then(self)` runs once it is on screen (open a bookmark's statement, a search hit)."""
        super().__init__()
        self.briefing = briefing
        self.section = "overview"
        self.search_query = ""
        self._then = then
        self._marked: set[str] = set()
        self._mentions: dict[int, list[Mention]] = {}
        self._mention_at: dict[int, int] = {}
        self._cards: dict[int, tuple[list[str], Callable[[int], Text]]] = {}
        self._card_shown: int | None = None
        self._stamp = stamp(briefing.path)

    # -- layout --------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(self._header(), id="reader-header")
        yield Static(id="tabs")
        with ContentSwitcher(initial=PANES["overview"], id="sections"):
            yield BlockView(id="overview-view")
            with Horizontal(id="actors"):
                yield ItemList(id="actor-list")
                yield BlockView(id="card")
            yield ItemList(id="statement-list")
            yield ItemList(id="casualty-list")
            yield ItemList(id="next-step-list")
            yield TextView(id="text-view")
        yield FindBar(id="find-bar")
        yield Static(id="status")
        yield KeyBar(id="keys")

    def _header(self) -> Text:
        b = self.briefing
        header = Text(safe(b.title), "bold")
        details = [safe(v) for v in (b.date, b.place) if v]
        if b.sources:
            details.append("sources: " + ", ".join(safe(s) for s in b.sources))
        if details:
            header.append("\n" + " · ".join(details), "dim")
        return header

    def on_mount(self) -> None:
        self.query_one("#card", BlockView).can_focus = False
        self._fill()
        self.query_one(FindBar).close()
        self.show_section("overview")
        if self._then is not None:
            self._then(self)
        if self._stamp is not None:
            self.set_interval(1.0, self.check_file)  # a stat a second: edits made elsewhere show up

    def _fill(self) -> None:
        """Put the briefing's content in every section."""
        sections = self.briefing.sections
        self._mentions, self._mention_at, self._cards, self._card_shown = {}, {}, {}, None
        self.query_one("#overview-view", BlockView).set_texts(overview_blocks(self.briefing))
        self.query_one("#actor-list", ItemList).set_items(
            [actor_entry(n, a) for n, a in enumerate(sections.actors, start=1)], indent=4, empty=nothing("actors"))
        self._marked = self._bookmarked_ids() if sections.statements else set()
        self.query_one("#statement-list", ItemList).set_items(
            [statement_entry(s, s.id in self._marked) for s in sections.statements], indent=2,
            empty=nothing("statements"))
        self.query_one("#casualty-list", ItemList).set_items(
            [casualty_entry(c) for c in sections.casualties], indent=10, empty=nothing("casualties"))
        if sections.casualties and self.briefing.path:
            self.run_worker(self._other_reports, thread=True, group="other-reports", exclusive=True,
                            exit_on_error=False)
        self.query_one("#next-step-list", ItemList).set_items(
            [next_step_entry(n) for n in sections.next_steps], indent=2, empty=nothing("next steps"))
        self.query_one("#text-view", TextView).set_text(self.briefing.text)

    # -- sections ------------------------------------------------------------------------------

    def view(self, section: str | None = None) -> BlockView:
        return self.query_one(f"#{VIEWS[section or self.section]}", BlockView)

    def show_section(self, section: str) -> None:
        self.section = section
        self.query_one(ContentSwitcher).current = PANES[section]
        self.query_one("#tabs", Static).update(self._tabs(), layout=False)
        self.view().focus()
        self.say("")
        if section == "actors":
            self._show_card()
        if self.search_query:
            self._search(self.search_query)

    def _tabs(self) -> Text:
        counts = self.briefing.sections.counts()
        tabs = Text()
        for name in SECTIONS:
            label = TITLES[name] + (f" {counts[name]}" if name in counts else "")
            key = KEYS.get(name)
            tabs.append(" ")
            tabs.append(f" {label} ", "bold reverse" if name == self.section else "")
            if key:
                tabs.append(key, "dim underline")
        return tabs

    def action_section(self, section: str) -> None:
        self.show_section(section)

    def action_cycle(self, step: int) -> None:
        self.show_section(SECTIONS[(SECTIONS.index(self.section) + step) % len(SECTIONS)])

    def say(self, message: str) -> None:
        """One line of status under the section (a mention's position, a bookmark saved)."""
        self.query_one("#status", Static).update(Text(message), layout=False)

    # -- actors --------------------------------------------------------------------------------

    def action_actor(self, number: int) -> None:
        actors = self.briefing.sections.actors
        if number > len(actors):
            self.say(f"There is no actor {number}: this briefing has {len(actors)}.")
            return
        self.show_section("actors")
        self.query_one("#actor-list", ItemList).move_cursor(number - 1)

    def _other_reports(self) -> dict[str, tuple[Figure, ...]]:
        from briefing.tui.other_reports import other_reports  # the index: only for a briefing with casualties

        return other_reports(self.app.roots, self.briefing.path)

    def _mark_other_reports(self, reports: dict[str, tuple[Figure, ...]]) -> None:
        """Under each figure that other briefings report differently, what they say (see other_reports.py)."""
        if not reports:
            return
        from briefing.tui.other_reports import report_note

        listing = self.query_one("#casualty-list", ItemList)
        indent = " " * 10  # under the figure, as its wrapped lines
        listing.set_items([Text.assemble(casualty_entry(c), "\n" + indent, report_note(reports[c.id]))
                           if c.id in reports else casualty_entry(c) for c in self.briefing.sections.casualties],
                          indent=10, cursor=listing.cursor)

    def action_dossier(self) -> None:
        """`D`: the actor under the cursor (or of the card shown) across every briefing of the library."""
        actors = self.briefing.sections.actors
        if not actors:
            self.say("No actors in this briefing.")
            return
        self.app.open_dossier(actors[self.query_one("#actor-list", ItemList).cursor].name)

    def on_item_list_highlighted(self, event: ItemList.Highlighted) -> None:
        if event.item_list.id == "actor-list" and self.section == "actors":
            self._show_card()

    def mentions(self, index: int) -> list[Mention]:
        if index not in self._mentions:
            self._mentions[index] = find_mentions(self.briefing.text, self.briefing.sections.actors[index])
        return self._mentions[index]

    def _show_card(self) -> None:
        actors = self.briefing.sections.actors
        card = self.query_one("#card", BlockView)
        if not actors:
            card.set_texts([Text("No actors in this briefing.", "dim")])
            return
        index = self.query_one("#actor-list", ItemList).cursor
        if index == self._card_shown:
            return
        self._card_shown = index
        actor = actors[index]
        if index not in self._cards:
            said = statements_by(actor, self.briefing.sections.statements)
            self._cards[index] = card_blocks(index + 1, actor, said, self.briefing.text, self.mentions(index))
        plains, styled = self._cards[index]
        # Statements and mentions (indented two) wrap under their own first letter.
        card.set_blocks(plains, styled, [4 if p.startswith("  ") else 0 for p in plains])
        if self.search_query:
            card.search(self.search_query)

    def action_mention(self, step: int) -> None:
        actors = self.briefing.sections.actors
        if not actors:
            self.say("No actors in this briefing.")
            return
        index = self.query_one("#actor-list", ItemList).cursor
        found = self.mentions(index)
        name = safe(actors[index].name)
        if not found:
            self.say(f"{name} is not named in the text.")
            return
        at = self._mention_at.get(index)
        at = (0 if step > 0 else len(found) - 1) if at is None else (at + step) % len(found)
        self._mention_at[index] = at
        if self.section != "text":
            self.show_section("text")
        self.query_one("#text-view", TextView).show_span(found[at].start, found[at].end)
        self.say(f"{name}: mention {at + 1}/{len(found)}  (] next, [ previous)")

    # -- find ----------------------------------------------------------------------------------

    def action_find(self) -> None:
        bar = self.query_one(FindBar)
        bar.open()
        if self.search_query:
            bar.input.value = self.search_query

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "find-input":
            event.stop()
            self.search_query = event.value
            self._search(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "find-input":
            event.stop()
            self.view().focus()  # the search stays; n / N step through it

    def on_find_bar_cleared(self, event: FindBar.Cleared) -> None:
        self.clear_search()

    def clear_search(self) -> None:
        self.search_query = ""
        for section in SECTIONS:
            self.view(section).search("")
        self.query_one("#card", BlockView).search("")
        self.query_one(FindBar).close()
        self.view().focus()

    def _search(self, query: str, at: int | None = None) -> None:
        """Highlight `query` here (and in the text and card); make current its first match from the top of
        the view, or from offset `at` of this section."""
        view = self.view()
        count = view.search(query)
        for other in ("text-view", "card"):
            if other != view.id:
                self.query_one(f"#{other}", BlockView).search(query)
        index = view.first_match_from_view() if at is None else view.first_match_from(at)
        if at is not None and index is not None and view.block_of(view.matches[index]) != view.block_of(at):
            index = None  # the word is not in the item opened (it matched a name): the cursor stays there
        if index is not None:
            view.show_match(index)
        self.query_one(FindBar).show_position(index, count)

    def show_hit(self, section: str, item: str, start: int | None, word: str) -> None:
        """Open a library search hit: its section, on its item (or the text at its paragraph), with the
        matched `word` found as if typed after `/`."""
        self.show_section(section)
        view = self.view()
        if section == "text":
            offset = start or 0
        else:
            ids = [entry.id for entry in getattr(self.briefing.sections, section)]
            if item not in ids:
                self.say("This item is no longer in the briefing (it changed since it was indexed).")
                return
            offset = view.offset_of_block(ids.index(item))
        view.land(offset)
        if not word:
            return
        bar = self.query_one(FindBar)
        bar.open()
        with bar.input.prevent(Input.Changed):
            bar.input.value = word
        self.search_query = word
        self._search(word, at=offset)
        view.focus()  # as after enter in the find bar: n / N step through the matches

    def action_next_match(self, step: int) -> None:
        view = self.view()
        if not self.search_query:
            self.say("Press / to search.")
            return
        if not view.matches:
            self.query_one(FindBar).show_position(None, 0)
            return
        current = view.current_match
        index = view.first_match_from_view() if current is None else (current + step) % len(view.matches)
        assert index is not None
        view.show_match(index)
        self.query_one(FindBar).show_position(index, len(view.matches))

    # -- bookmarks -----------------------------------------------------------------------------

    def action_bookmark(self) -> None:
        statements = self.briefing.sections.statements
        if self.section != "statements" or not statements:
            self.say("b bookmarks a statement: press s, move to it, then b.")
            return
        listing = self.query_one("#statement-list", ItemList)
        statement = statements[listing.cursor]
        marked = self.app.with_bookmarks(lambda store: store.toggle(self.briefing, statement), None)
        if marked is None:
            self.say("The bookmark could not be saved (see the message).")
            return
        (self._marked.add if marked else self._marked.discard)(statement.id)
        listing.replace_item(listing.cursor, statement_entry(statement, marked))
        self.say("Bookmarked." if marked else "Bookmark removed.")

    def _bookmarked_ids(self) -> set[str]:
        return self.app.with_bookmarks(lambda store: store.bookmarked_ids(self.briefing.id), set())

    def reload_marks(self) -> None:
        """Redraw the ★ of each statement from the store (bookmarks may have been deleted elsewhere)."""
        self._marked = self._bookmarked_ids()
        listing = self.query_one("#statement-list", ItemList)
        for index, statement in enumerate(self.briefing.sections.statements):
            listing.replace_item(index, statement_entry(statement, statement.id in self._marked))

    def show_statement(self, statement_id: str) -> bool:
        """Open the Statements section on this statement; False if the briefing no longer has it."""
        ids = [s.id for s in self.briefing.sections.statements]
        self.show_section("statements")
        if statement_id not in ids:
            self.say("This statement is no longer in the briefing; the bookmark keeps its saved text.")
            return False
        self.query_one("#statement-list", ItemList).move_cursor(ids.index(statement_id))
        return True

    # -- links -------------------------------------------------------------------------------------

    def action_links(self) -> None:
        from briefing.tui.screens.links import LinksScreen

        self.app.push_screen(LinksScreen(links(self.briefing)))

    # -- editing and reloading -----------------------------------------------------------------

    def action_edit(self) -> None:
        path = self.briefing.path
        refused = refusal(path)
        if refused:
            self.notify(refused, title="Edit", severity="warning", markup=False)
            return
        failure = edit(self.app, path)
        if failure:
            self.notify(failure, title="Edit", severity="error", markup=False)
        self.check_file()

    def check_file(self) -> None:
        """Reload the briefing (in a thread) if its file changed on disk since it was read."""
        now = stamp(self.briefing.path)
        if now == self._stamp:
            return
        self._stamp = now
        if now is None:
            self.say("The file is gone; this is the last version read.")
            return
        self.run_worker(partial(load_file, Path(self.briefing.path)), thread=True, group="reload", exclusive=True,
                        exit_on_error=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "other-reports" and event.state == WorkerState.SUCCESS:
            self._mark_other_reports(event.worker.result)
        if event.worker.group != "reload":
            return
        if event.state == WorkerState.SUCCESS:
            self.reload(event.worker.result)
        elif event.state == WorkerState.ERROR:
            error = event.worker.error
            shown = error.render() if isinstance(error, BriefingError) else str(error)
            self.notify(f"The file changed but cannot be read; still showing the last version.\n{shown}",
                        title="Reload", severity="error", markup=False)

    def reload(self, briefing: Briefing) -> None:
        """Show the new version of the briefing, on the same section and, where it still exists, the same
        item (lists) or row (overview, text)."""
        view = self.view()
        place = view.cursor if isinstance(view, ItemList) else round(view.scroll_y)
        self.briefing = briefing
        self.query_one("#reader-header", Static).update(self._header())
        self._fill()
        self.show_section(self.section)
        view = self.view()
        if isinstance(view, ItemList):
            view.move_cursor(place)
        else:
            view.scroll_to(None, place, animate=False)
        self.say("Reloaded: the file changed on disk.")

    # -- leaving -------------------------------------------------------------------------------

    def action_back(self) -> None:
        if self.query_one(FindBar).is_open:
            self.clear_search()
            return
        self.app.action_back()
