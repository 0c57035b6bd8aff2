"""Any front-matter value, fed to every command: exit 0, 1 (check) or 2, never a traceback, and a failure
names the file."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.cli.main import main
from briefing.document.load import load_briefing
from briefing.document.peek import peek_title
from briefing.errors import BriefingError
from briefing.paths import user_briefings

KEYS = st.sampled_from(["id", "title", "date", "place", "sources", "tags", "fictional", "summary", "colour"])
# Values as a curator might mistype them, and the YAML tags that make a loader construct something.
WRITTEN = st.sampled_from([
    "2026-02-30", "2026-13-45", "2026-01-05T25:00:00", "2026-05-01", "tomorrow", "5", "{a: 1}", "[a, [b]]",
    "[", "{", "!!int x", "!!float y", "!!binary x", "!!timestamp 2026-02-30", "!!set {a}", "!!python/none ''",
    "yes", "~", "''", "\"\\x1b[31m\"", "'\u202eevil'", "&a x", "*a", "? [a]", "|\n  block", "- a\n- b", "1e999",
    ".nan", "0x1F", "2026-02-30 10:00", "[2026-02-30]", "{date: 2026-02-30}",
])
PLAIN = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
VALUES = WRITTEN | st.text(max_size=30) | PLAIN.map(lambda v: yaml.safe_dump(v, default_flow_style=True).strip())


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(front=st.lists(st.tuples(KEYS, VALUES), min_size=1, max_size=3))
def test_every_command_takes_any_front_matter(tmp_path: Path, front: list[tuple[str, str]]) -> None:
    folder = user_briefings()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "random.md"
    lines = "\n".join(f"{key}: {value}" for key, value in front)
    path.write_text(f"---\n{lines}\n---\nThe port talks resumed on Friday, officials said.\n", encoding="utf-8")
    for argv, allowed in ((["sections", str(path)], {0, 2}), (["sections", str(path), "--json"], {0, 2}),
                          (["check", str(path)], {0, 1}), (["list"], {0}), (["list", "--json"], {0}),
                          (["search", "port"], {0}),
                          (["import", str(path), "-o", str(tmp_path / "out.md"), "--force"], {0, 2})):
        code, out, err = run(*argv)
        assert code in allowed, (argv, code, err)
        if code == 2:
            assert str(path) in err and len(err.strip().splitlines()) == 1, (argv, err)
        if code == 1:
            assert str(path) in out, (argv, out)
    try:  # the reader: its first look on the command line, then the read it does in a thread
        peek_title(path)
        load_briefing(path)
    except BriefingError as exc:
        assert str(path) in exc.render()
