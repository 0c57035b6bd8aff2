"""The config's `[keymap]` checked before the app starts: every binding id known, no key doing two things.

    reader.actor = "y"      -> config.toml: keymap: no binding 'reader.actor'; fix: did you mean 'reader.actors'?
    reader.actors = "s"     -> config.toml: keymap: 'reader.actors' = "s" clashes with reader.statements (s)

Textual's `set_keymap` ignores an unknown id and lets the first of two bindings of a key win, silently.
Imported only when the config has a keymap: it loads every screen's module.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from textual.binding import Binding

from briefing.errors import BriefingError, suggestion


def binding_groups(app_bindings: Iterable[object]) -> dict[str, list[Binding]]:
    """Each screen's bindings (with the app's, which act on every screen) and each widget's, by the name a
    clash is reported under: a key bound twice in one group does one of the two things only."""
    from briefing.tui.block_view import BlockView
    from briefing.tui.find_bar import FindBar
    from briefing.tui.item_list import ItemList
    from briefing.tui.screens.agenda import AgendaScreen
    from briefing.tui.screens.bookmarks import BookmarksScreen
    from briefing.tui.screens.dossier import DossierScreen
    from briefing.tui.screens.help import HelpScreen
    from briefing.tui.screens.library import LibraryScreen
    from briefing.tui.screens.links import LinksScreen
    from briefing.tui.screens.outline import OutlineScreen
    from briefing.tui.screens.reader import ReaderScreen
    from briefing.tui.screens.search import SearchScreen
    from briefing.tui.screens.unreadable import UnreadableScreen

    app = bindings_of(app_bindings)
    screens = (ReaderScreen, LibraryScreen, SearchScreen, AgendaScreen, DossierScreen, BookmarksScreen)
    # The modals take every key: the app's do not reach them.
    modals = {"help": HelpScreen, "links": LinksScreen, "outline": OutlineScreen, "unreadable files": UnreadableScreen}
    groups = {f"the {s.HELP_TITLE} screen": [*bindings_of(s.BINDINGS), *app] for s in screens}
    groups |= {f"the {name} screen": bindings_of(m.BINDINGS) for name, m in modals.items()}
    groups |= {w.__name__: bindings_of(w.BINDINGS) for w in (BlockView, ItemList, FindBar)}
    return groups


def bindings_of(bindings: Iterable[object]) -> list[Binding]:
    return [b for b in bindings if isinstance(b, Binding) and b.id]


def check_keymap(keymap: Mapping[str, str], path: str, app_bindings: Iterable[object]) -> None:
    """Raise BriefingError (naming the config file) for an unknown binding id or a key bound twice (the app's
    `app_bindings` act on every screen)."""
    groups = binding_groups(app_bindings)
    known = frozenset(b.id for group in groups.values() for b in group if b.id)
    for binding_id in keymap:
        if binding_id not in known:
            raise BriefingError(path, f"keymap: no binding '{binding_id}'",
                                hint=suggestion(binding_id, known, "`?` in the app lists each screen's keys"))
    for where, group in groups.items():
        owner: dict[str, str] = {}
        for binding in group:
            assert binding.id is not None
            for key in keys_of(keymap.get(binding.id, binding.key)):
                other = owner.setdefault(key, binding.id)
                if other != binding.id and (other in keymap or binding.id in keymap):
                    # (`B` closes the bookmarks it opened: a clash by design, unless the user made it.)
                    mine, theirs = sorted((binding.id, other), key=lambda i: i not in keymap)
                    raise BriefingError(path, f"keymap: '{mine}' = \"{keymap[mine]}\" clashes with {theirs} "
                                              f"({key}) on {where}")


def keys_of(keys: str) -> list[str]:
    """'q, escape' -> ['q', 'escape']."""
    return [key.strip() for key in keys.split(",") if key.strip()]
