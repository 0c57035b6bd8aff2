"""`o` in the reader: the briefing's links; `enter` opens one in the browser if it is an http(s) address."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from briefing.model import Link
from briefing.tui.item_list import ItemList
from briefing.tui.links import has_browser, refusal
from briefing.tui.renderings import safe


class LinksScreen(ModalScreen[None]):
    HELP_TITLE = "links"
    AUTO_FOCUS = "#link-list"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("q,escape,o", "dismiss", "Close", id="links.close")]

    def __init__(self, links: list[Link]) -> None:
        super().__init__()
        self.links = links

    def compose(self) -> ComposeResult:
        with Vertical(id="links-box"):
            yield Static(Text("Links: enter opens an http(s) link in your browser", "bold"))
            yield ItemList(id="link-list")
            yield Static(Text("escape closes", "dim"))

    def on_mount(self) -> None:
        self.query_one(ItemList).set_items([_entry(link) for link in self.links], indent=2,
                                           empty="No sources or links in this briefing.")

    def on_item_list_selected(self, event: ItemList.Selected) -> None:
        target = self.links[event.index].target
        refused = refusal(target)
        if refused:
            self.notify(refused, title=safe(target), severity="warning", markup=False)
            return
        if not has_browser():
            self.notify(f"No web browser found here (set $BROWSER to one); the address: {safe(target)}",
                        severity="warning", markup=False)
            return
        self.app.open_url(target)
        self.notify(f"Opened in your browser: {safe(target)}", markup=False)


def _entry(link: Link) -> Text:
    """'the council page  →  https://council.example/p'; a link that will not open is dim, its target as written."""
    entry = Text(safe(link.words), "" if not refusal(link.target) else "dim")
    if link.words != link.target:
        entry.append("  →  ", "dim")
        entry.append(safe(link.target), "dim" if refusal(link.target) else "underline")
    return entry
