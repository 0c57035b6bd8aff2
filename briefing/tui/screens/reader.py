"""The reader: one briefing, its sections switched by key, with find, actor cards, mentions and bookmarks.

Opened by path, it shows at once: the title, then the text (the sections the file states too), then the
sections the analysis finds; a key typed meanwhile waits for the section it acts on (`HeldKeys`). The first
paint holds the Overview only: the other sections' panes are mounted after it.
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import events
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import ContentSwitcher, Input, Static
from textual.worker import Worker, WorkerState

from briefing.errors import BriefingError
from briefing.model import SECTION_NAMES, Actor, Briefing, source_line
from briefing.sections import SECTIONS, TEXT
from briefing.tui.actors_pane import ActorsPane
from briefing.tui.block_view import BlockView
from briefing.tui.editing import edit, is_bundled, own_copy, refusal, stamp
from briefing.tui.find_bar import FindBar
from briefing.tui.held_keys import HeldKeys
from briefing.tui.item_list import ItemList
from briefing.tui.key_bar import KeyBar
from briefing.tui.renderings import (
    SECTION_LABELS,
    TITLES,
    actor_entry,
    casualty_entry,
    next_step_entry,
    overview_blocks,
    safe,
    statement_entry,
    statement_plain,
)
from briefing.tui.screens.base import BriefingScreen
from briefing.tui.spans import span_in_text
from briefing.tui.text_view import TextView

if TYPE_CHECKING:
    from briefing.library.figures import Figure

# The tabs, in the order tab cycles them: the Overview, the four sections, the text.
TABS = ("overview", *SECTION_NAMES, TEXT.name)
KEYS = {section.name: section.key for section in (*SECTIONS, TEXT)}
# The widget that holds the cursor (and the search) in each section.
VIEWS = {"overview": "overview-view", "actors": "actor-list", "statements": "statement-list",
         "casualties": "casualty-list", "next_steps": "next-step-list", "text": "text-view"}
# The child of the switcher that each section shows (the actors pane holds the list and the card).
PANES = {**VIEWS, "actors": "actors"}


# How each list draws item n (from 0), given whether it is bookmarked; and how its continuation rows indent.
ENTRIES: dict[str, Callable[[int, Any, bool], Text]] = {
    "actors": lambda n, actor, marked: actor_entry(n + 1, actor),
    "statements": lambda n, statement, marked: statement_entry(statement, marked),
    "casualties": lambda n, casualty, marked: casualty_entry(casualty),
    "next_steps": lambda n, step, marked: next_step_entry(step),
}
INDENTS = {"actors": 4, "statements": 2, "casualties": 10, "next_steps": 2}

# What to do once the reader shows (go to a statement, a search hit).
Opening = Callable[["ReaderScreen"], object]
# How a file is read, in a thread: the briefing, after calling `show_draft(text only)` when it can; the reading
# stops early once `wanted()` is false (the reader went).
Load = Callable[[Path, Callable[[Briefing], None], Callable[[], bool]], Briefing]
# Actions that show another section: the keys after them wait for it to be laid out.
SWITCHING = frozenset({"section", "cycle", "actor"})
LAYOUT_WAIT = 0.5  # seconds: the longest a key waits for a switch that never came
READ_AFTER_PAINT = 200_000  # bytes: a file this long is read once the reader is on screen
LONG_TEXT = 100_000  # characters: past this, the memory the parse freed is given back once the text shows
# Actions that go ahead while the section shown is being read: they leave it, or ask for help.
PASSING = frozenset({"section", "cycle", "back", "find", "help", "bookmarks", "command_palette", "quit"})


def open_file(path: Path, show_draft: Callable[[Briefing], None], wanted: Callable[[], bool]) -> Briefing:
    """Read the file in two stages (kept analysis reused); the parser's imports come after the first paint."""
    from briefing.library.opening import open_in_stages

    return open_in_stages(path, show_draft, wanted)


def file_size(path: str) -> int:
    """Its size in bytes; 0 when it cannot be told (the read then says why)."""
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def found_later(draft: Briefing) -> frozenset[str]:
    """The sections a file's draft leaves to the analysis: those the file does not state."""
    return frozenset(name for name in SECTION_NAMES if name not in draft.curated)


def action_name(action: str) -> str:
    """'app.section('text')' -> 'section'."""
    return action.split("(", 1)[0].rsplit(".", 1)[-1]


def nothing(what: str) -> str:
    return f"No {what} in this briefing: none stated in the file, and none found in its text."


class ReaderScreen(BriefingScreen):
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
        Binding("J,shift+down", "card(1)", "Scroll the actor card down", id="reader.card_down", show=False),
        Binding("K,shift+up", "card(-1)", "Scroll the actor card up", id="reader.card_up", show=False),
        Binding("right_square_bracket", "mention(1)", "Next mention", id="reader.next_mention"),
        Binding("left_square_bracket", "mention(-1)", "Previous mention", id="reader.previous_mention", show=False),
        # Priority: the bar opens as the key arrives, so the word typed right after `/` goes into it (a key's
        # own binding runs only once the key has passed the widget that had the focus).
        Binding("slash", "find", "Find", id="reader.find", priority=True),
        Binding("n", "next_match(1)", "Next match", id="reader.next_match", show=False),
        Binding("N", "next_match(-1)", "Previous match", id="reader.previous_match", show=False),
        Binding("b", "bookmark", "Bookmark", id="reader.bookmark"),
        Binding("e", "edit", "Edit", id="reader.edit", show=False),
        Binding("o", "links", "Links", id="reader.links", show=False),
        Binding("O", "outline", "Outline", id="reader.outline", show=False),
        Binding("q,escape", "back", "Back", id="reader.back"),
    ]

    def __init__(self, briefing: Briefing, then: Opening | None = None, load: Load | None = None, *,
                 first: bool = False) -> None:
        """Show `briefing`; `then(self)` runs once it is all on screen (open a bookmark's statement, a search hit).

        With `load`, `briefing` holds only the title and path (`first`: the file's draft, read ahead): `load`
        reads the rest in a thread. `first`: the app's first screen, shown as the app starts (see on_mount).
        """
        super().__init__()
        self.briefing = briefing
        self.section = "overview"
        self.search_query = ""
        self._then = then
        self._load = load
        # Sections not read yet: all of them until the file is read, then those the analysis finds.
        self.pending: frozenset[str] = frozenset(TABS) if load or first else frozenset()
        self._first = first
        self._held = HeldKeys(self.app)
        # A section just switched to is laid out on the next refresh: keys wait for it (an End before would
        # act on a view with no height yet, and be lost).
        self._laying_out = False
        self._return_to: str | None = None  # where q goes back to after enter showed an item in the text
        self._tab_spans: list[tuple[int, int, str]] = []  # where each section's tab is on the tab line
        self._marked: set[str] = set()
        self._stamp = stamp(briefing.path)
        # The panes of the sections other than the Overview are mounted after the first paint; until then keys
        # wait, and what they would show is filled in once they are there.
        self._panes_in = False
        self._unfilled: frozenset[str] = frozenset()
        self._opened_then = False  # the briefing was all read before the panes came: `_opened` once they do

    # -- layout --------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(self._header(), id="reader-header")
        yield Static(id="tabs")
        with ContentSwitcher(initial=PANES["overview"], id="sections"):
            yield BlockView(id="overview-view")  # the other sections' panes come after the first paint
        yield FindBar(id="find-bar")
        with Horizontal(id="status-line"):
            yield Static(id="status")
            yield Static(id="position")
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
        self._fill()
        self.query_one(FindBar).close()
        self.show_section("overview")
        if self._first:
            # Not here: the first screen is laid out while the app starts, in a frame Textual never writes, and
            # a line drawn in it that does not change after (the tab line) stays blank. The app's messages wait
            # until it has started: the briefing is filled in as the first of them (keys typed meanwhile wait).
            self.app.call_later(self._show_first)
        elif self._load is not None:
            self._start_reading()
        else:
            self._opened()
        self.call_after_refresh(self._mount_panes)

    async def _mount_panes(self) -> None:
        """Mount the sections' panes but the Overview's, after the first paint: mounted with it, their views'
        styles (~2 ms apiece) held it back."""
        panes = [ActorsPane(id="actors"), ItemList(id="statement-list"), ItemList(id="casualty-list"),
                 ItemList(id="next-step-list"), TextView(id="text-view")]
        for pane in panes:
            pane.display = False  # the switcher shows one pane at a time
        await self.query_one(ContentSwitcher).mount_all(panes)
        if self not in self.app.screen_stack or not all(pane.is_attached for pane in panes):
            return  # the reader closed meanwhile (its file could not be read), or the app did
        self._panes_in = True
        self._fill(self._unfilled)
        if self._opened_then:
            self._opened()
        self.call_after_refresh(self._held.release)

    def on_unmount(self) -> None:
        gc.unfreeze()  # what this reader held can be collected again

    def _show_first(self) -> None:
        """The briefing shows (or its draft, read ahead: then the rest is read after that frame)."""
        self._show_read(self.briefing, found_later(self.briefing) if self._load else frozenset())
        if self._load is not None:
            self.call_after_refresh(self._start_reading)
        else:
            self._opened()

    def _start_reading(self) -> None:
        """At once: reading a short file ends before the next paint, which then shows all of it. A long one is
        read after it (its parse would hold the lock the paint needs), and shows its draft when read (the
        analysis waits for that paint, see `_read`)."""
        read = partial(self.run_worker, self._read, thread=True, group="open", exit_on_error=False)
        if file_size(self.briefing.path) >= READ_AFTER_PAINT:
            self.call_after_refresh(read)
        else:
            read()

    def _opened(self) -> None:
        """All of the briefing is on screen: go where the opener asked, and watch the file."""
        if not self._panes_in:
            self._opened_then = True
            return
        if self._then is not None:
            self._then(self)
        # A stat and a query a second: edits and bookmarks made elsewhere (another window) show up.
        self.set_interval(1.0, self._look_around)

    def _look_around(self) -> None:
        if self._stamp is not None:
            self.check_file()
        if self.briefing.sections.statements:
            marked = self.app.with_bookmarks(lambda store: store.bookmarked_ids(self.briefing.id), self._marked,
                                             quiet=True)
            if marked != self._marked:
                self._marked = marked
                self.query_one("#statement-list", ItemList).redraw()

    def _read(self) -> Briefing:
        """In the thread: the file read in stages, each shown as it comes."""
        assert self._load is not None

        def show(draft: Briefing) -> None:
            painted = threading.Event()
            self.app.call_from_thread(self.show_draft, draft, painted)
            # The analysis (its imports first) would hold the GIL through the paint: let the draft show first.
            painted.wait(1.0)

        return self._load(Path(self.briefing.path), show, lambda: self.is_attached)

    def show_draft(self, draft: Briefing, painted: threading.Event) -> None:
        """The file is read: its text and the sections it states show; the others wait for the analysis.
        `painted` is set once they are on screen."""
        if self.is_attached:
            self._show_read(draft, found_later(draft))
        self.call_after_refresh(painted.set)

    def _show_read(self, briefing: Briefing, pending: frozenset[str]) -> None:
        """Show the sections read since (pending before and not now) and those that changed (stated next steps
        get their dates); the ones shown keep their place."""
        changed = {name for name in SECTION_NAMES if name not in self.pending
                   and getattr(self.briefing.sections, name) != getattr(briefing.sections, name)}
        filled = (self.pending - pending) | changed
        self.briefing, self.pending = briefing, pending
        if filled:
            self.query_one("#reader-header", Static).update(self._header())
            self._fill(filled | {"overview"})
            self.show_section(self.section)
        if len(briefing.text) >= LONG_TEXT:
            from briefing.heap import give_back  # ctypes: ~5 ms, for long files only

            give_back()  # what was freed to get here (the parse's tokens, the analysis's answer) need not stay ours
        self.call_after_refresh(self._held.release)  # once the new content is laid out, so a page is a page

    def _fill(self, names: frozenset[str] = frozenset(TABS)) -> None:
        """Put the briefing's content in these sections; a section not read yet says so."""
        if not self._panes_in:
            self._unfilled |= names - {"overview"}
            names &= {"overview"}
        sections = self.briefing.sections
        if names - {"overview"}:
            self.query_one(ActorsPane).show_briefing(self.briefing)
        reading = Text(f"Reading {safe(self.briefing.path)} …", "dim")
        if "overview" in names:
            overview = self.query_one("#overview-view", BlockView)
            place = round(overview.scroll_y)
            if "overview" in self.pending:
                overview.set_texts([reading])
            else:
                overview.set_texts(overview_blocks(self.briefing, tuple(n for n in SECTION_NAMES if n in self.pending)))
            overview.scroll_to(None, place, animate=False)
        if "statements" in names:
            self._marked = set()
            if sections.statements and "statements" not in self.pending:
                # The store (SQLite) opens after the paint: no ★ is on the Overview that shows first.
                self.call_after_refresh(self.reload_marks)
        for name in SECTION_NAMES:
            if name not in names:
                continue
            label = SECTION_LABELS[name][1]
            empty = f"Finding {label} in the text…" if name in self.pending else nothing(label)
            items = () if name in self.pending else getattr(sections, name)
            # Items are drawn as they come on screen (thousands of statements as Rich Text cost ~0.3 s).
            plains = ([statement_plain(s) for s in items] if name == "statements"
                      else [ENTRIES[name](n, item, False).plain for n, item in enumerate(items)])
            listing = self.query_one(f"#{VIEWS[name]}", ItemList)
            listing.set_lazy_items(plains, partial(self._entry, name), indent=INDENTS[name], cursor=listing.cursor,
                                   empty=empty)
        if "casualties" in names and "casualties" not in self.pending and sections.casualties and self.briefing.path:
            # After the paint: the index's imports and queries would hold the GIL through it.
            self.call_after_refresh(self.run_worker, self._other_reports, thread=True, group="other-reports",
                                    exclusive=True, exit_on_error=False)
        if "text" in names:
            text_view = self.query_one("#text-view", TextView)
            if "text" in self.pending:
                text_view.set_texts([reading])
            else:
                text_view.set_text(self.briefing.text, self.briefing.links)
        # What the reader holds lives as long as it does: out of the collector's sight, a full collection
        # no longer walks 200,000 words' blocks and items in the middle of a page-down.
        gc.freeze()

    def _entry(self, name: str, index: int) -> Text:
        """Item `index` of section `name`, drawn (a statement with its bookmark mark as the store has it now)."""
        item = getattr(self.briefing.sections, name)[index]
        return ENTRIES[name](index, item, item.id in self._marked)

    # -- sections ------------------------------------------------------------------------------

    def view(self, section: str | None = None) -> BlockView:
        return self.query_one(f"#{VIEWS[section or self.section]}", BlockView)

    def show_section(self, section: str) -> None:
        """Show `section`; its view takes the focus, unless the find box has it (a word is being typed)."""
        self.section = section
        switcher = self.query_one(ContentSwitcher)
        if switcher.current != PANES[section] or self._laying_out:
            switcher.current = PANES[section]
            self._laying_out = True
            self.call_after_refresh(self._laid_out)
        self.query_one("#tabs", Static).update(self._tabs(), layout=False)
        if not isinstance(self.focused, Input):
            # At once, not after this message as `focus()` would: a burst of keys ('s j j' from a terminal)
            # otherwise gives the keys after `s` to the view it leaves.
            self.set_focus(self.view())
        self.say("")
        self.call_after_refresh(self.show_position)  # once the view has its size
        if section == "actors":
            self.query_one(ActorsPane).show_card()
        if self.search_query:
            self._search(self.search_query)

    def _tabs(self) -> Text:
        """' Overview   Actors 4 a  ...': each section with its count and its key (as the keymap has it);
        cut short, the line ends in '…'. Remembers where each tab is, for a click."""
        counts = self.briefing.sections.counts()
        tabs = Text(no_wrap=True, overflow="ellipsis", end="")
        keys = self._section_keys()
        self._tab_spans = []
        for name in TABS:
            count = " …" if name in self.pending else (f" {counts[name]}" if name in counts else "")
            start = len(tabs)
            tabs.append(" ")
            tabs.append(f" {TITLES[name]}{count} ", "bold reverse" if name == self.section else "")
            if name in keys:
                tabs.append(keys[name], "dim underline")
            self._tab_spans.append((start, len(tabs), name))
        return tabs

    def _section_keys(self) -> dict[str, str]:
        """Each section's key as the user's keymap has it ('a', or what reader.actors was remapped to)."""
        shown: dict[str, str] = {}
        for active in self.active_bindings.values():
            binding = active.binding
            name = (binding.id or "").removeprefix("reader.")
            if name in KEYS and name not in shown:
                shown[name] = self.app.get_key_display(binding)
        return shown

    def on_click(self, event: events.Click) -> None:
        """A click on a tab shows its section."""
        if event.widget is not None and event.widget.id == "tabs":
            for start, end, name in self._tab_spans:
                if start <= event.x < end:
                    self.action_section(name)
                    return

    def action_section(self, section: str) -> None:
        self._return_to = None
        self.show_section(section)

    def action_cycle(self, step: int) -> None:
        self._return_to = None
        self.show_section(TABS[(TABS.index(self.section) + step) % len(TABS)])

    def show_position(self) -> None:
        """Where the section's view is: 'paragraph 12 of 340 · 4%', 'item 3 of 40'."""
        self.query_one("#position", Static).update(Text(self.view().position()), layout=False)

    def on_block_view_moved(self, event: BlockView.Moved) -> None:
        if event.view is self.view():
            self.show_position()

    # -- keys typed while the file is read -------------------------------------------------------

    def hold_key(self, event: events.Key) -> bool:
        """Hold a key typed while the section shown is still being read (unless it leaves the section or
        goes to the find bar), and every key after it; they are typed again once the section is in."""
        active = self.active_bindings.get(event.key)  # one look-up a key: it walks the focus chain
        action = action_name(active.binding.action) if active else None
        typing = isinstance(self.focused, Input)
        waits = not self._panes_in or (not typing and (self._laying_out or (self.section in self.pending
                                                                             and action not in PASSING)))
        if not waits and not typing and action in SWITCHING:
            # Its action runs once the key has passed the focused view: keys typed right after it ('t' then End)
            # wait until the section it shows is laid out, so they reach that view.
            self._laying_out = True
            self.set_timer(LAYOUT_WAIT, self._laid_out)  # should the action not run (a key the view took)
        return self._held.take(event, waits)

    def _laid_out(self) -> None:
        self._laying_out = False
        self._held.release()

    # -- actors --------------------------------------------------------------------------------

    def action_actor(self, number: int) -> None:
        actors = self.briefing.sections.actors
        if number > len(actors):
            self.say(f"There is no actor {number}: this briefing has {len(actors)}.")
            self._laid_out()  # no section to wait for: the keys after this one go on
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
            self.query_one(ActorsPane).show_card()
        if event.item_list is self.view():
            self.show_position()

    def on_item_list_selected(self, event: ItemList.Selected) -> None:
        """`enter` on an item: its words in the text, highlighted (an actor: their first mention)."""
        if event.item_list.id == "actor-list":
            self.action_mention(1)
            return
        section = next(name for name, view in VIEWS.items() if view == event.item_list.id)
        span = span_in_text(getattr(self.briefing.sections, section)[event.index], self.briefing.text)
        if span is None:
            self.say("Not in the text: the file's editor wrote this item in their own words.")
            return
        self._show_in_text(*span)
        self.say(f"In the text: {SECTION_LABELS[section][0]} {event.index + 1} · q goes back")  # whole at 80 columns

    def _show_in_text(self, start: int, end: int) -> None:
        back = self.section
        self.show_section("text")
        self._return_to = back
        self.query_one("#text-view", TextView).show_span(start, end)

    def action_card(self, rows: int) -> None:
        """J / K: scroll the actor card (it never takes the focus: j / k stay with the list)."""
        if self.section != "actors":
            self.say("J and K scroll the actor card: press a, or 1-9.")
            return
        self.query_one(ActorsPane).scroll_card(rows)

    def action_mention(self, step: int) -> None:
        self.query_one(ActorsPane).step_mention(step)

    def on_actors_pane_mention_shown(self, event: ActorsPane.MentionShown) -> None:
        self._show_in_text(event.start, event.end)
        self.say(event.status)

    def on_actors_pane_said(self, event: ActorsPane.Said) -> None:
        self.say(event.status)

    # -- find ----------------------------------------------------------------------------------

    def action_find(self) -> None:
        bar = self.query_one(FindBar)
        if self.focused is bar.input:
            raise SkipAction  # `/` in the box is a slash of the word searched for
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
            self.set_focus(self.view())  # the search stays; n / N step through it

    def on_find_bar_cleared(self, event: FindBar.Cleared) -> None:
        self.clear_search()

    def clear_search(self) -> None:
        self.search_query = ""
        for section in TABS:
            self.view(section).search("")
        self.query_one(ActorsPane).search("")
        self.query_one(FindBar).close()
        self.set_focus(self.view())

    def _search(self, query: str, at: int | None = None) -> None:
        """Highlight `query` here (and in the text and card); make current its first match from the top of
        the view, or from offset `at` of this section."""
        view = self.view()
        count = view.search(query)
        if view.id != "text-view":
            self.query_one("#text-view", TextView).search(query)
        self.query_one(ActorsPane).search(query)
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
        self.set_focus(view)  # as after enter in the find bar: n / N step through the matches

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
        listing.redraw()
        self.say("Bookmarked." if marked else "Bookmark removed.")

    def _bookmarked_ids(self) -> set[str]:
        return self.app.with_bookmarks(lambda store: store.bookmarked_ids(self.briefing.id), set())

    def reload_marks(self) -> None:
        """Redraw the ★ of each statement from the store (bookmarks may have been deleted elsewhere)."""
        self._marked = self._bookmarked_ids()
        self.query_one("#statement-list", ItemList).redraw()

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
        from briefing.tui.links import links  # webbrowser and the address scan: only when the links are asked for
        from briefing.tui.screens.links import LinksScreen

        self.app.push_screen(LinksScreen(links(self.briefing)))

    # -- outline ---------------------------------------------------------------------------------

    def action_outline(self) -> None:
        """`O`: the text's headings; the one chosen shows in the text, highlighted (q goes back)."""
        from briefing.tui.screens.outline import OutlineScreen

        text_view = self.query_one("#text-view", TextView)
        at = text_view.offset_of_block(text_view.top_block()) if self.section == "text" else 0
        self.app.push_screen(OutlineScreen(self.briefing, at), self._go_to_heading)

    def _go_to_heading(self, start: int | None) -> None:
        if start is None:
            return
        end = next(b.end for b in self.briefing.blocks if b.start == start)
        self._show_in_text(start, end)
        self.say("In the text: a heading · q goes back, O the outline")

    # -- editing and reloading -----------------------------------------------------------------

    def action_edit(self) -> None:
        """Edit the file in the user's editor, at the item under the cursor; a bundled briefing in a copy."""
        path = self.briefing.path
        if is_bundled(path):
            try:
                path = str(own_copy(path))
            except OSError as exc:
                self.notify(f"Cannot copy the briefing to edit it: {exc.strerror or exc}", title="Edit",
                            severity="error", markup=False)
                return
            self.briefing, self._stamp = replace(self.briefing, path=path), None  # the copy is read on return
            self.notify(f"This briefing comes with briefing; you are editing your copy, {path}.", title="Edit",
                        markup=False)
        refused = refusal(path)
        if refused:
            self.notify(refused, title="Edit", severity="warning", markup=False)
            return
        failure = edit(self.app, path, self._line_here())
        if failure:
            self.notify(failure, title="Edit", severity="error", markup=False)
        self.check_file()

    def _line_here(self) -> int | None:
        """The file's line of what is under the cursor: a stated item knows it; a found one is where its words
        are in the text; in the text, the paragraph at the top. None where there is no such place."""
        if self.section == "text":
            view = self.view()
            return source_line(self.briefing, view.offset_of_block(view.top_block())) if self.briefing.text else None
        items = getattr(self.briefing.sections, self.section, ())
        if not items:
            return None
        item = items[self.view().cursor]
        if item.line is not None:
            return item.line
        span = (item.start, item.end) if isinstance(item, Actor) else span_in_text(item, self.briefing.text)
        return source_line(self.briefing, span[0]) if span and span[0] is not None else None

    def check_file(self) -> None:
        """Reload the briefing (in a thread) if its file changed on disk since it was read."""
        now = stamp(self.briefing.path)
        if now == self._stamp:
            return
        self._stamp = now
        if now is None:
            self.say("The file is gone; this is the last version read.")
            return
        reading = partial(open_file, Path(self.briefing.path), lambda draft: None, lambda: self.is_attached)
        self.run_worker(reading, thread=True, group="reload", exclusive=True, exit_on_error=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "other-reports" and event.state == WorkerState.SUCCESS:
            self._mark_other_reports(event.worker.result)
        if event.worker.group == "open":
            self._on_read(event)
        if event.worker.group != "reload":
            return
        if event.state == WorkerState.SUCCESS:
            self.reload(event.worker.result)
        elif event.state == WorkerState.ERROR:
            error = event.worker.error
            shown = error.render() if isinstance(error, BriefingError) else str(error)
            self.notify(f"The file changed but cannot be read; still showing the last version.\n{shown}",
                        title="Reload", severity="error", markup=False)

    def _on_read(self, event: Worker.StateChanged) -> None:
        """The thread that read the file ended: show all of it, or give up if it could not be read."""
        if event.state == WorkerState.SUCCESS:
            self._show_read(event.worker.result, frozenset())
            self._opened()
        elif event.state == WorkerState.ERROR:
            self.app.fail(event.worker.error)

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
        """Close the find bar; else back to the item `enter` showed in the text; else leave the reader."""
        if self.query_one(FindBar).is_open:
            self.clear_search()
            return
        if self._return_to is not None:
            back, self._return_to = self._return_to, None
            self.query_one("#text-view", TextView).flash = None
            self.show_section(back)
            return
        self.app.action_back()
