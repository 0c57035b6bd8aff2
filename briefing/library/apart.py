"""The analysis of a long file in a process of its own, so the reader's process stays free to page and find.

    sections = analysed_apart(path, data)   # in the reader's thread: the sections, or None (then analyse here)
    python -m briefing.library.apart PATH   # the child: the file's bytes on stdin, its sections on stdout

In the reader's process the analysis of 200,000 words holds the interpreter lock for seconds, and a page-down
waits behind it; a child on the other core does not. The child reads the same bytes (sent, not read again, so
an edit meanwhile cannot mix two versions), keeps the briefing in the cache dir as `open_in_stages` would, and
exits as soon as its stdin closes: a reader that quits takes its analysis with it.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from briefing.model import Sections, sections_from_json, sections_to_json

# Below this the analysis ends before a process would have started (~0.3 s of imports).
APART_FROM = 100_000  # characters of text
NICENESS = 5  # the reader's own paint comes before its analysis


def analysed_apart(path: Path, data: bytes) -> Sections | None:
    """The sections of the file `path` whose bytes are `data` (stated ones kept, next steps dated, ids stamped),
    found by a child process; None when it could not give them."""
    command = [sys.executable, "-m", "briefing.library.apart", str(path)]
    try:
        with subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL) as child:
            assert child.stdin is not None and child.stdout is not None
            child.stdin.write(b"%d\n" % len(data) + data)
            child.stdin.flush()  # stdin stays open: the child lives as long as it does
            output = child.stdout.read()
            child.stdin.close()
            if child.wait() != 0:
                return None
        return sections_from_json(json.loads(output))
    except (OSError, ValueError, TypeError):
        return None


def main(argv: list[str]) -> int:
    from briefing.document.load import complete, draft_bytes, with_problems
    from briefing.library.kept import keep, key_of

    with contextlib.suppress(OSError):
        os.nice(NICENESS)
    path = Path(argv[0])
    stdin = sys.stdin.buffer
    data = stdin.read(int(stdin.readline()))
    threading.Thread(target=_exit_when_closed, args=(stdin.fileno(),), daemon=True).start()
    briefing = complete(with_problems(draft_bytes(data, path)))
    keep(key_of(path, data), briefing)
    sys.stdout.buffer.write(json.dumps(sections_to_json(briefing.sections)).encode("ascii"))
    return 0


def _exit_when_closed(stdin: int) -> None:
    """The reader closed our stdin (it quit, or took its answer): nothing waits for the rest. (The raw file: a
    daemon thread inside the buffered one would hold its lock at the interpreter's exit.)"""
    while os.read(stdin, 65536):
        pass
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
