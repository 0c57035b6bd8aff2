"""`briefing import`: a raw article becomes a curated draft that checks clean and reads back the same."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ARTICLES = sorted(p for p in FIXTURES.rglob("*.txt"))


def briefing(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True, text=True, timeout=60,
                          input=stdin)


def sections(path: Path) -> dict:
    out = briefing("sections", str(path), "--json")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def shape(data: dict) -> dict:
    """What a reader sees of each item, without offsets and ids (the imported file has its own id)."""
    return {
        "actors": [(a["name"], a["kind"], a["role"], a["aliases"]) for a in data["actors"]],
        "statements": [(s["speaker"], " ".join(s["text"].split()), s["direct"]) for s in data["statements"]],
        "casualties": [(c["kind"], c["min"], c["max"], c["place"], c["period"], c["source"])
                       for c in data["casualties"]],
        "next_steps": [(" ".join(n["text"].split()), n["when"], n["actors"], n["status"]) for n in data["next_steps"]],
    }


@pytest.mark.parametrize("article", ARTICLES, ids=[p.name for p in ARTICLES])
def test_round_trip(tmp_path: Path, article: Path) -> None:
    out = tmp_path / "draft.md"
    result = briefing("import", str(article), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert briefing("check", str(out)).returncode == 0
    assert shape(sections(out)) == shape(sections(article))


def test_front_matter_from_the_article(tmp_path: Path) -> None:
    out = tmp_path / "strike.md"
    assert briefing("import", str(FIXTURES / "articles" / "harbour-strike.txt"), "-o", str(out)).returncode == 0
    listed = json.loads(briefing("list", str(out), "--json").stdout)[0]
    assert listed["title"] == "Dock workers in Port Alder extend strike as talks stall"
    assert listed["date"] == "2025-03-04"
    assert listed["place"] == "Port Alder, Keldonia"
    assert "sources:\n- harbour-strike.txt" in out.read_text(encoding="utf-8")
    assert "## Text\n\nDock workers in Port Alder extend strike" in out.read_text(encoding="utf-8")


def test_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    out = tmp_path / "draft.md"
    out.write_text("precious", encoding="utf-8")
    article = str(FIXTURES / "articles" / "harbour-strike.txt")
    refused = briefing("import", article, "-o", str(out))
    assert refused.returncode == 2
    assert refused.stderr.strip() == f"{out}: already exists; use --force to overwrite it"
    assert out.read_text(encoding="utf-8") == "precious"
    assert briefing("import", article, "-o", str(out), "--force").returncode == 0
    assert out.read_text(encoding="utf-8").startswith("---\n")


def test_stdin_to_stdout_and_default_folder(tmp_path: Path, isolated_dirs: Path) -> None:
    text = (FIXTURES / "articles" / "harbour-strike.txt").read_text(encoding="utf-8")
    piped = briefing("import", "-", "-o", "-", "--source", "Wire")
    assert piped.returncode == 2  # nothing on stdin: an empty article
    piped = briefing("import", "-", "-o", "-", "--source", "Wire", stdin=text)
    assert piped.returncode == 0
    assert piped.stdout.startswith("---\nid: article\n") and "- Wire" in piped.stdout
    saved = briefing("import", str(FIXTURES / "articles" / "harbour-strike.txt"))
    assert saved.returncode == 0
    target = isolated_dirs / "xdg_data_home" / "briefing" / "briefings" / "harbour-strike.md"
    assert saved.stdout.strip() == f"wrote {target}"
    assert target.exists()


def test_headings_in_the_text_stay_text(tmp_path: Path) -> None:
    article = tmp_path / "notes.txt"
    article.write_text("Notes\n\n## Actors\n- **Not** — an actor\n", encoding="utf-8")
    out = tmp_path / "notes.md"
    assert briefing("import", str(article), "-o", str(out)).returncode == 0
    assert shape(sections(out)) == shape(sections(article))
    assert briefing("check", str(out)).returncode == 0


def test_source_option_wins_over_the_files_sources(tmp_path: Path) -> None:
    article = tmp_path / "notes.md"
    article.write_text("---\nsources: [Old wire]\n---\nPort reopens\n\nThe port reopened.\n", encoding="utf-8")
    kept = briefing("import", str(article), "-o", "-")
    assert "sources:\n- Old wire\n---" in kept.stdout
    replaced = briefing("import", str(article), "-o", "-", "--source", "Desk notes")
    assert "sources:\n- Desk notes\n---" in replaced.stdout
