"""The analysis of a long file in a process of its own, so the reader's process stays free to page and find.

    sections = analysed_apart(path, data, wanted)  # in the reader's thread: the sections, or None
    python -m briefing.library.apart PATH          # the child: the file's bytes on stdin, its sections on stdout

In the reader's process the analysis of 200,000 words holds the interpreter lock for seconds, and a page-down
waits behind it; a child on the other core does not. The child reads the same bytes (sent, not read again, so
an edit meanwhile cannot mix two versions) and keeps the briefing in the cache dir as `open_in_stages` would.
A reader that goes stops its child: quitting never waits for an analysis no one will see.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from briefing.model import Sections, sections_from_json, sections_to_json

# Below this the analysis ends before a process would have started (~0.3 s of imports).
APART_FROM = 100_000  # characters of text
NICENESS = 5  # the reader's own paint and keys come before its analysis (measured: page-down 57 -> 37 ms)
POLL = 0.2  # seconds between two looks at whether the answer is still wanted

Wanted = Callable[[], bool]


def analysed_apart(path: Path, data: bytes, wanted: Wanted) -> Sections | None:
    """The sections of the file `path` whose bytes are `data` (stated ones kept, next steps dated, ids stamped),
    found by a child process; None when it could not give them, or once `wanted()` is false (it is stopped)."""
    command = [sys.executable, "-m", "briefing.library.apart", str(path)]
    try:
        # The bytes go in a file, not a pipe: `communicate` with a timeout, asked again, never sends the rest of
        # its input (the child then waits for it for ever); it only reads here.
        with tempfile.TemporaryFile() as sent:
            sent.write(data)
            sent.seek(0)
            with subprocess.Popen(command, stdin=sent, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL) as child:
                output = _answer(child, wanted)
        if output is None or child.returncode != 0:
            return None
        return sections_from_json(json.loads(output))
    except (OSError, ValueError, TypeError):
        return None


def _answer(child: subprocess.Popen[bytes], wanted: Wanted) -> bytes | None:
    while True:
        try:
            return child.communicate(timeout=POLL)[0]  # asked again, it goes on reading where it stopped
        except subprocess.TimeoutExpired:
            if not wanted():
                child.kill()
                return None


def main(argv: list[str]) -> int:
    from briefing.document.load import complete, draft_bytes, with_problems
    from briefing.library.kept import keep, key_of

    with contextlib.suppress(OSError, AttributeError):  # AttributeError: no nice() on Windows
        os.nice(NICENESS)
    path = Path(argv[0])
    data = sys.stdin.buffer.read()
    briefing = complete(with_problems(draft_bytes(data, path)))
    keep(key_of(path, data), briefing)
    sys.stdout.buffer.write(json.dumps(sections_to_json(briefing.sections)).encode("ascii"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
