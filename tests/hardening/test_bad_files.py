"""A corpus of bad files: each one either works or gives one line naming the file and exit 2, fast."""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing.document.load import load_briefing
from briefing.errors import BriefingError

CASES: dict[str, Callable[[Path], Path]] = {}


def case(name: str) -> Callable[[Callable[[Path], bytes]], Callable[[Path], bytes]]:
    def register(make: Callable[[Path], bytes]) -> Callable[[Path], bytes]:
        def build(folder: Path) -> Path:
            path = folder / name
            path.write_bytes(make(folder))
            return path

        CASES[name] = build
        return make

    return register


case("empty.md")(lambda _: b"")
case("binary.md")(lambda _: bytes(range(256)) * 64)
case("nul-bytes.txt")(lambda _: b"Talks begin.\x00\x00 More.\n")
case("cp1252.txt")(lambda _: "Talks in Z\xfcrich \x93soon\x94 said Mr M\xfcller.\n".encode("latin-1"))
case("utf16.txt")(lambda _: "Talks in Kyiv, “soon”, he said.\n".encode("utf-16"))
case("utf16-no-bom.txt")(lambda _: "Talks in Kyiv.\n".encode("utf-16-le"))
case("long-line.txt")(lambda _: b"word " * 400_000)
case("quote-marks.md")(lambda _: b'"' * 200_000)
case("curly-quote-marks.txt")(lambda _: "“”‘’".encode() * 50_000)
case("nested-quotes.md")(lambda _: b">" * 5000 + b" deep\n" + b"> " * 5000 + b"x\n")
case("nested-lists.md")(lambda _: b"## Actors\n" + b"".join(b"  " * i + b"- **A%d** - x\n" % i for i in range(2000)))
case("unclosed-front-matter.md")(lambda _: b"---\ntitle: x\n" + b"line\n" * 1000)
case("bad-yaml.md")(lambda _: b"---\ntitle: [x\n---\nbody\n")
case("alias-bomb.md")(lambda _: b"---\na: &a [1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
                      b"c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n---\nx\n")
case("python-tag.md")(lambda _: b"---\ntitle: !!python/object/apply:os.system ['touch /tmp/pwned']\n---\nx\n")
case("huge-front-matter.md")(lambda _: b"---\n" + b"k: " + b"v" * 100_000 + b"\n---\nx\n")
case("front-matter-list.md")(lambda _: b"---\n- 1\n---\nbody\n")
case("he-said.txt")(lambda _: b"He said. " * 50_000)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for build in CASES.values():
        build(folder)
    return folder


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True, text=True, timeout=30)


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_bad_file_works_or_fails_in_one_line(tmp_path: Path, name: str) -> None:
    path = CASES[name](tmp_path)
    out = run("sections", str(path), "--json")
    assert "Traceback" not in out.stderr
    if out.returncode == 0:
        assert set(json.loads(out.stdout)) == {"actors", "statements", "casualties", "next_steps"}
    else:
        assert out.returncode == 2
        (line,) = out.stderr.strip().splitlines()
        assert line.startswith(f"{path}:")


def test_each_bad_file_loads_quickly_in_process(corpus: Path) -> None:
    for path in sorted(corpus.iterdir()):
        thread_error: list[BaseException] = []

        def load(p: Path = path, errors: list[BaseException] = thread_error) -> None:
            try:
                load_briefing(p)
            except BriefingError:
                pass
            except BaseException as exc:  # anything else is a bug worth failing on
                errors.append(exc)

        worker = threading.Thread(target=load, daemon=True)
        worker.start()
        worker.join(5)
        assert not worker.is_alive(), f"{path.name} took over 5 s"
        assert not thread_error, f"{path.name}: {thread_error[0]!r}"


def test_python_tags_construct_nothing(tmp_path: Path) -> None:
    marker = Path("/tmp/pwned")
    marker.unlink(missing_ok=True)
    run("sections", str(CASES["python-tag.md"](tmp_path)))
    assert not marker.exists()


def test_library_skips_bad_files_and_says_how_many(corpus: Path) -> None:
    good = corpus / "good.md"
    good.write_text("---\ntitle: Good one\n---\nText.\n", encoding="utf-8")
    os.symlink(corpus, corpus / "loop")  # a folder link back to itself
    os.symlink(corpus / "a.md", corpus / "b.md")
    os.symlink(corpus / "b.md", corpus / "a.md")  # a file link loop
    os.symlink(corpus / "gone.md", corpus / "dangling.md")
    os.mkfifo(corpus / "pipe.md")  # reading a FIFO would hang
    out = run("list", str(corpus), "--json")
    assert out.returncode == 0, out.stderr
    titles = [e["title"] for e in json.loads(out.stdout)]
    assert "Good one" in titles
    skipped = [line for line in out.stderr.splitlines() if line.startswith("skipped ")]
    assert len(skipped) >= 8
    assert f"skipped {len(skipped)} files" in out.stderr
    assert "Traceback" not in out.stderr


def test_a_file_that_changes_while_read(tmp_path: Path) -> None:
    path = tmp_path / "growing.md"
    path.write_text("---\ntitle: Growing\n---\n", encoding="utf-8")

    def grow() -> None:
        with path.open("a", encoding="utf-8") as handle:
            for _ in range(5000):  # bounded: the file ends near 150 KB
                handle.write("More words “quoted”, he said. ")
                handle.flush()

    writer = threading.Thread(target=grow, daemon=True)
    writer.start()
    loads = 0
    while writer.is_alive() or loads < 3:
        assert load_briefing(path).title == "Growing"
        loads += 1
    writer.join()


def test_utf16_without_bom_is_refused_as_binary(tmp_path: Path) -> None:
    with pytest.raises(BriefingError, match="binary"):
        load_briefing(CASES["utf16-no-bom.txt"](tmp_path))


def test_bom_utf8_then_bad_bytes_reads_as_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"Caf\xe9\n")
    assert "Caf" in load_briefing(path).text
