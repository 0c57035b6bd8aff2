"""`briefing` and its commands. Errors are one line on stderr and exit 2; never a traceback."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from briefing import __version__
from briefing.cli.output import warn
from briefing.errors import BriefingError, suggestion

if TYPE_CHECKING:
    from pathlib import Path

    from briefing.library.read_ahead import ReadAhead

Command = Callable[[argparse.Namespace], int]

# Each command's module, imported only when that command runs (or for --help): start-up stays fast.
COMMANDS = {"list": "listing", "sections": "sections", "check": "check", "import": "importing",
            "search": "search", "bookmarks": "bookmarks", "agenda": "agenda", "actor": "actor",
            "conflicts": "conflicts"}


class UsageError(Exception):
    """argparse's complaint, re-raised so main() prints it as one line and exits 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


def build_parser(names: Sequence[str] = tuple(COMMANDS)) -> tuple[Parser, dict[str, Command]]:
    parser = Parser(prog="briefing", description="A terminal reader for news briefings.")
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    handlers: dict[str, Command] = {}
    for name in names:
        module = importlib.import_module(f"briefing.cli.{COMMANDS[name]}")
        module.add_parser(commands)
        handlers[name] = module.run
    return parser, handlers


def reader_parser() -> Parser:
    parser = Parser(prog="briefing", description="Open the reader on the library, or on the files and folders given.")
    parser.add_argument("paths", nargs="*", help="briefing files or folders (default: the library)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if args_list and args_list[0] in COMMANDS:
            parser, handlers = build_parser([args_list[0]])
            args = parser.parse_args(args_list)
            return handlers[args.command](args)
        if args_list and args_list[0] in ("-h", "--help", "--version"):
            build_parser()[0].parse_args(args_list)
        return open_reader(reader_parser().parse_args(args_list))
    except BriefingError as exc:
        warn(exc.render())
        return 2
    except UsageError as exc:
        warn(str(exc))
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # a closed pager is not an error worth a traceback
        return 0


def open_reader(args: argparse.Namespace) -> int:
    """`briefing` opens the library, `briefing FILE` that file, `briefing FOLDER...` a library of those folders.

    Textual is imported here, only when the reader opens, so the other commands stay fast; meanwhile a short
    file is read ahead in a child process, so the reader's first frame shows it. A file that cannot be read
    fails before the screen is taken over (first_look); a problem found while the reader reads it in its
    thread is printed the same way once the TUI has closed.
    """
    from pathlib import Path

    from briefing.config import load_config
    from briefing.library.read_ahead import read_ahead

    paths = [Path(p) for p in args.paths]
    for path in paths:
        if not path.exists() and len(path.parts) == 1 and not path.suffix:  # a mistyped command, most likely
            near = suggestion(str(path), frozenset(COMMANDS), f"the commands are {', '.join(COMMANDS)}")
            raise BriefingError(path, "no such file or folder, nor a command", hint=near)
        if not path.exists():
            raise BriefingError(path, "no such file or folder")
    one_file = paths[0] if len(paths) == 1 and paths[0].is_file() else None
    # First, so the child reads the file on the other core while Textual imports here.
    ahead = read_ahead(one_file) if one_file else None
    try:
        config = load_config()
        roots = paths if paths and one_file is None else None  # None: the user's library

        import gc

        from briefing.tui.app import BriefingApp

        opened = first_look(one_file, ahead)
        # What was just imported (Textual, ~50,000 objects) lives as long as the process: kept out of the
        # collector, the first full collection (right after the first paint, ~20 ms) need not walk it.
        gc.freeze()
        app = BriefingApp(roots=roots, config=config, **opened)
        app.run()
    finally:
        if ahead is not None:
            ahead.stop()  # the reader closed before the analysis ended: it is not waited for
    if isinstance(app.load_error, BriefingError):
        raise app.load_error
    if app.load_error is not None:
        raise BriefingError(one_file or "briefing", f"cannot open: {app.load_error}")
    return app.return_code or 0


def first_look(path: Path | None, ahead: ReadAhead | None) -> dict[str, Any]:
    """What the reader is opened with (BriefingApp's arguments): the file's draft read ahead, or its briefing
    kept whole; else its title (peek_title), the file read once the reader shows. Raises the file's
    BriefingError before the screen is taken over."""
    if path is None:
        return {}
    if ahead is not None:
        from briefing.library.read_ahead import ReadAheadFailed

        try:
            shown, whole = ahead.first()
        except ReadAheadFailed:
            pass  # the child gave out: the reader reads the file itself
        else:
            return {"briefing": shown} if whole else {"path": path, "title": shown.title, "draft": (shown, ahead.rest)}
    from briefing.document.peek import peek_title

    return {"path": path, "title": peek_title(path)}
