"""Opening a file in stages: a long text is analysed in a process of its own, with the same result."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from briefing.document.load import load_briefing
from briefing.library import apart, opening
from briefing.library.kept import kept_dir
from briefing.library.opening import always, open_in_stages


def long_article(folder: Path) -> Path:
    """~110,000 characters: past the length that is analysed apart."""
    paragraph = ("Envoy Marta Solberg met the delegation at the harbour on Tuesday, and the talks went on into "
                 "the evening while the ships waited. “We are close to an agreement,” Solberg said. ")
    path = folder / "harbour-talks.md"
    path.write_text("# Harbour talks\n\n" + "\n\n".join([paragraph] * 600) + "\n", encoding="utf-8")
    assert len(path.read_text(encoding="utf-8")) > apart.APART_FROM
    return path


def analysis_here_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(draft: object) -> None:
        raise AssertionError("the long text was analysed in the reader's process")

    monkeypatch.setattr(opening, "complete", fail)


def test_a_long_text_is_analysed_apart_and_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = long_article(tmp_path)
    expected = load_briefing(path)
    drafts = []
    analysis_here_fails(monkeypatch)
    briefing = open_in_stages(path, drafts.append)
    assert briefing == expected
    assert briefing.sections.statements and briefing.sections.actors
    assert not drafts[0].sections.statements  # the draft showed first, before the analysis
    monkeypatch.setattr(opening, "draft_bytes", None)  # a second open reads nothing but the kept briefing
    assert open_in_stages(path, drafts.append) == expected
    assert len(drafts) == 1


def test_without_a_child_the_analysis_runs_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = long_article(tmp_path)
    monkeypatch.setattr(apart.sys, "executable", str(tmp_path / "no-such-python"))
    assert open_in_stages(path, lambda draft: None) == load_briefing(path)


def test_a_reader_that_goes_stops_the_analysis(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = long_article(tmp_path)
    analysis_here_fails(monkeypatch)
    briefing = open_in_stages(path, lambda draft: None, wanted=lambda: False)  # it went while the child ran
    assert not briefing.sections.statements  # the draft, with nothing analysed, here or apart
    assert not list(kept_dir().glob("*.json"))  # the child was stopped before it kept anything


def test_the_sections_come_however_often_the_reader_looks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = long_article(tmp_path)
    monkeypatch.setattr(apart, "POLL", 0.001)  # it looks again and again while the child starts and reads
    found = []
    thread = threading.Thread(target=lambda: found.append(apart.analysed_apart(path, path.read_bytes(), always)),
                              daemon=True)
    thread.start()
    thread.join(60)  # a child that waits for the rest of its bytes would never answer
    assert found == [load_briefing(path).sections]


def test_a_long_text_read_in_a_process_of_its_own_is_analysed_there_with_no_third(tmp_path: Path,
                                                                                  monkeypatch) -> None:
    # The read-ahead child is the other process already: apart=False analyses in it, never starts another.
    def no_child(*args: object) -> None:
        raise AssertionError("a process was started for the analysis")

    monkeypatch.setattr(opening, "analysed_apart", no_child)
    path = long_article(tmp_path)
    assert open_in_stages(path, apart=False) == load_briefing(path)
