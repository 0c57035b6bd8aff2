"""`o` in the reader: the briefing's links; `enter` opens one in the browser if it is an http(s) address."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType

from briefing.model import Link
from briefing.tui.item_list import ItemList
from briefing.tui.links import has_browser, refusal
from briefing.tui.renderings import safe
from briefing.tui.screens.list_box import ListBox


class LinksScreen(ListBox[None]):
    HELP_TITLE = "links"
    LIST_ID = "links-list"
    EMPTY = "No sources or links in this briefing."
    BINDINGS: ClassVar[list[BindingType]] = [Binding("q,escape,o", "dismiss", "Close", id="links.close")]

    def __init__(self, links: list[Link]) -> None:
        super().__init__()
        self.links = links

    def title_line(self) -> str:
        return "Links: enter opens an http(s) link in your browser"

    def entries(self) -> list[Text]:
        return [_entry(link) for link in self.links]

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
