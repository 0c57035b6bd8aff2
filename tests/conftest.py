"""Every test runs with its own data, config and cache dirs, so no test touches the user's files."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        folder = home / name.lower()
        folder.mkdir(parents=True)
        monkeypatch.setenv(name, str(folder))
    # No background sweep writing to a test's index behind its back; the sweep's own tests ask for one.
    monkeypatch.setenv("BRIEFING_SWEEP_SECONDS", "inf")
    return home
