"""One folder of briefings per test, and the real `briefing` command run in process."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from across_helpers import Run

from briefing.cli.main import main


@pytest.fixture
def shelf(tmp_path: Path) -> Callable[..., Path]:
    """shelf(name=text, ...) -> a folder holding those briefings as name.md."""

    def make(**files: str) -> Path:
        folder = tmp_path / "shelf"
        folder.mkdir(exist_ok=True)
        for name, text in files.items():
            (folder / f"{name}.md").write_text(text, encoding="utf-8")
        return folder

    return make



@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    """run('agenda', folder) -> (exit status, stdout, stderr) of the real `briefing` command."""

    def call(*args: str | Path) -> tuple[int, str, str]:
        status = main([str(a) for a in args])
        out = capsys.readouterr()
        return status, out.out, out.err

    return call
