"""`?`: every key of the screen you are on, as that screen's active bindings say (remaps included).

Where the terminal is wide enough the keys stand in two columns, read down the left one first; where
they are still longer than the box, its foot says how far down the list you are.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.dom import DOMNode
from textual.geometry import Size
from textual.screen import ModalScreen, Screen

from briefing.tui.block_view import BlockView

# Textual's own bindings that help lists too, and what it calls them there (the key bar says 'Palette').
TEXTUALS = {"command_palette": "Palette", "quit": "Quit"}
GAP = 4  # cells between the two columns
CHROME = 6  # cells around the keys: the box's border, padding and scroll bar
FOOT = "escape closes"


def keys_of(screen: Screen[object]) -> list[tuple[str, str]]:
    """(keys, what they do) on `screen`: its own keys first, then the focused widget's, then the app's.

    Only bindings with an id (ours, remappable) and TEXTUALS are listed; scrolling sideways is not a key here.
    Each node's keys stand in the order its class declares them, so a remapped key keeps its row.
    """
    order = {screen: 0, screen.app: 2}
    found: dict[str, tuple[tuple[int, int], list[str]]] = {}
    for active in _pressable(screen):
        binding = active.binding
        if not (binding.id or binding.action in TEXTUALS) or not binding.description:
            continue
        description = TEXTUALS.get(binding.action, binding.description)
        declared = _declared(active.node)
        place = (order.get(active.node, 1), declared.get(binding.id or "", len(declared)))  # Textual's: last
        _, shown = found.setdefault(description, (place, []))
        shown.append(screen.app.get_key_display(binding))
    rows = sorted(found.items(), key=lambda item: item[1][0])
    return [(" ".join(dict.fromkeys(shown)), description) for description, (_, shown) in rows]


def _pressable(screen: Screen[object]) -> list[ActiveBinding]:
    """The screen's active bindings, and ours that a Textual binding without an id holds the key of: the
    library filter's up / down / page keys pass on to the screen what an Input cannot use."""
    active = screen.active_bindings
    held = {key for key, binding in active.items() if not binding.binding.id}
    found = list(active.values())
    for node, bindings in screen._modal_binding_chain:
        for key, binding in bindings:
            if binding.id and key in held:
                held.discard(key)
                found.append(ActiveBinding(node, binding, True, binding.tooltip))
    return found


def _declared(node: DOMNode) -> dict[str, int]:
    """Binding id -> its place among the bindings the node's class declares (base classes' first), before any
    keymap: Textual moves a remapped binding to the end of the node's own map."""
    merged = type(node)._merged_bindings
    ids = [binding.id for bindings in merged.key_to_bindings.values() for binding in bindings] if merged else []
    return {binding_id: place for place, binding_id in enumerate(dict.fromkeys(filter(None, ids)))}


class KeyTable(BlockView):
    """The keys' rows; as wide as its widest row when the box sizes itself to it (`width: auto`)."""

    def get_content_width(self, container: Size, viewport: Size) -> int:
        # Textual adds the stable scroll bar gutter to an auto width only where overflow-x is auto; ours is hidden.
        widest = max((cell_len(plain) for plain in self._plains), default=0)
        return widest + self.styles.scrollbar_size_vertical


def key_column(keys: list[tuple[str, str]]) -> list[Text]:
    """[('q esc', 'Back'), ('?', 'Help')] -> rows 'q esc  Back', '    ?  Help': keys right-aligned, one width."""
    width = max((cell_len(key) for key, _ in keys), default=0)
    return [Text.assemble((" " * (width - cell_len(key)) + key, "bold"), "  ", what) for key, what in keys]


def side_by_side(keys: list[tuple[str, str]]) -> list[Text]:
    """The keys in two columns, each aligned on its own keys: the first half down the left, the rest down the right."""
    half = (len(keys) + 1) // 2
    lefts, rights = key_column(keys[:half]), key_column(keys[half:])
    width = max((row.cell_len for row in lefts), default=0)
    paired = []
    for left, right in zip(lefts, [*rights, Text()], strict=False):
        row = left.copy()
        row.append(" " * (width - left.cell_len + GAP))
        paired.append(row + right)
    return paired


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("q,escape,question_mark", "dismiss", "Close", id="help.close")]

    def __init__(self, title: str, keys: list[tuple[str, str]]) -> None:
        super().__init__()
        self.title_text = title
        self.keys = keys
        self.columns = 0

    def compose(self) -> ComposeResult:
        yield KeyTable(id="help-keys")

    def on_mount(self) -> None:
        view = self.query_one(KeyTable)
        view.border_title = Text(f"Keys: {self.title_text}")
        view.border_subtitle = Text(FOOT)
        self.lay_out(self.app.size.width)
        view.focus()

    def on_resize(self, event: events.Resize) -> None:
        self.lay_out(event.size.width)

    def lay_out(self, width: int) -> None:
        """Two columns if both fit across the terminal, else one."""
        two = side_by_side(self.keys)
        columns = 2 if max((row.cell_len for row in two), default=0) + CHROME <= width else 1
        if columns != self.columns:
            self.columns = columns
            self.query_one(KeyTable).set_texts(two if columns == 2 else key_column(self.keys))

    def on_block_view_moved(self, message: BlockView.Moved) -> None:
        """A list longer than the box says so at its foot, as the reader's text does: how far down it is."""
        view = message.view
        below = view.virtual_size.height > view.scrollable_content_region.height
        view.border_subtitle = Text(f"{FOOT} · ↓ ↑ scroll · {view.position()}" if below else FOOT)
