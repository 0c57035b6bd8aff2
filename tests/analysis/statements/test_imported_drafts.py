"""An imported draft of an article with speakers checks clean: a quote said twice is one statement, no quote keeps
the comma that closed it, a joint statement names its authors, and one person detained is never '1 people'."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# Inline, not in tests/fixtures: the round-trip test there expects a draft to keep every quote, and this one repeats.
ARTICLE = """Ferry union rejects pay offer

9:05 a.m.

Union leader Marta Solberg called the offer “an insult to every deckhand” on Monday.

“We will sail on Friday only if the offer changes,” Solberg said, “and not before.”

In a joint statement, the Ferry Operators Association and the Harbour Board said the offer was “final and fair.”

11:30 a.m.

Solberg again called the offer “an insult to every deckhand” outside the ministry, where one protester was detained.
"""


def briefing(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True, text=True, timeout=60)


def test_an_imported_draft_with_repeated_and_joint_quotes_checks_clean(tmp_path: Path) -> None:
    article, draft = tmp_path / "ferry.txt", tmp_path / "ferry.md"
    article.write_text(ARTICLE, encoding="utf-8")
    assert briefing("import", str(article), "-o", str(draft)).returncode == 0
    checked = briefing("check", str(draft))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    text = draft.read_text(encoding="utf-8")
    assert text.count("**Marta Solberg**: “an insult to every deckhand”") == 1
    assert "**Marta Solberg**: “We will sail on Friday only if the offer changes”" in text
    assert "**Ferry Operators Association and Harbour Board**: “final and fair.”" in text
    assert "**detained**: 1" in text and "1 people" not in text
