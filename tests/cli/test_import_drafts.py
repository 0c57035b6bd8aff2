"""Imported drafts of real-looking articles check clean: a quote said twice, a comma before the closing mark, one
person counted."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

LIVE_PAGE = """Senator attacks pension plan

10:15 a.m.

Senator Ruth Olsen called the pension plan a “blank cheque” on Tuesday.

“We will not sign it,” Olsen said.

11:40 a.m.

Olsen again called the plan a “blank cheque” in a radio interview. A man was arrested outside her office.
"""


def briefing(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True, text=True, timeout=60)


def test_a_live_page_imports_to_a_draft_that_checks_clean(tmp_path: Path) -> None:
    article = tmp_path / "live.txt"
    article.write_text(LIVE_PAGE, encoding="utf-8")
    draft = tmp_path / "live.md"
    assert briefing("import", str(article), "-o", str(draft)).returncode == 0
    checked = briefing("check", str(draft))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    text = draft.read_text(encoding="utf-8")
    assert text.count("**Ruth Olsen**: “blank cheque”") == 1
    assert "**Ruth Olsen**: “We will not sign it”" in text
    assert "1 person" in text and "1 people" not in text
