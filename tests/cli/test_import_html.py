"""`briefing import PAGE.html`: a saved web page becomes a curated draft of its article, never of its chrome."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HTML = Path(__file__).resolve().parents[1] / "fixtures" / "html"
FERRY = HTML / "ferry-talks.html"
DAM = HTML / "dam-inquiry.htm"
# Text of each fixture's nav bar, adverts, scripts, styles, cookie banner, related links, comments and footer.
CHROME = ("NAVBAR-LINK", "Subscribe", "Glimmer Soap", "ADVERT", "SPONSORED", "Starlight", "TRACKER-SCRIPT",
          "SCRIPT WROTE", "INLINE-SCRIPT", "font-family", "FOOTER-TEXT", "Privacy policy", "COOKIE-BANNER",
          "MENU-WEATHER", "Moonbeam", "RELATED-STORY", "COMMENT-TEXT", "BODY-SCRIPT", "NewsArticle", "<")


def briefing(*args: str, stdin: bytes | None = None, prelude: str = "") -> subprocess.CompletedProcess[bytes]:
    """Run the command; `prelude` is Python run first in the same process (to take something away)."""
    code = f"{prelude}\nimport sys\nfrom briefing.cli.main import main\nsys.exit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, timeout=60, input=stdin)


def sections(path: Path) -> dict:
    out = briefing("sections", str(path), "--json")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def text_section(draft: str) -> str:
    return draft.split("\n## Text\n", 1)[1]


@pytest.mark.parametrize(("page", "title", "date", "speakers", "sources"), [
    (FERRY, "Ferry talks resume in Vessa after two-week pause", "2025-06-12", {"Ida Brenholt", "Tomas Keller"},
     ["The Coastline Courier", "https://courier.example/2025/06/ferry-talks"]),
    (DAM, "Inquiry into Morrow Dam flooding opens in Calder", "2024-11-03", {"Harriet Quill", "Dara Finch"},
     ["Valley Post", "https://valleypost.example/news/morrow-dam-inquiry"]),
], ids=["html", "htm"])
def test_page_becomes_a_clean_briefing(tmp_path: Path, page: Path, title: str, date: str, speakers: set[str],
                                       sources: list[str]) -> None:
    out = tmp_path / "draft.md"
    result = briefing("import", str(page), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert briefing("check", str(out)).returncode == 0
    listed = json.loads(briefing("list", str(out), "--json").stdout)[0]
    assert (listed["title"], listed["date"]) == (title, date)
    draft = out.read_text(encoding="utf-8")
    assert "sources:\n" + "".join(f"- {s}\n" for s in sources) in draft
    found = sections(out)
    assert {s["speaker"] for s in found["statements"]} == speakers
    assert any(c["kind"] == "injured" for c in found["casualties"])
    text = text_section(draft)
    assert [word for word in CHROME if word in text] == []


def test_paragraphs_and_quote_marks_survive(tmp_path: Path) -> None:
    out = tmp_path / "ferry.md"
    assert briefing("import", str(FERRY), "-o", str(out)).returncode == 0
    text = text_section(out.read_text(encoding="utf-8"))
    assert ("\n\n“We came back because the islanders cannot wait any longer,” said Ida Brenholt, the union’s chief "
            "negotiator, as she arrived at the harbour office.\n\n") in text
    assert '"The door has never been closed," he told reporters' in text
    statements = {s["text"].rstrip(",") for s in sections(out)["statements"] if s["direct"]}
    assert statements == {"We came back because the islanders cannot wait any longer", "The door has never been closed"}


def test_source_option_wins_over_the_site(tmp_path: Path) -> None:
    result = briefing("import", str(FERRY), "-o", "-", "--source", "Desk notes")
    assert result.returncode == 0
    assert "sources:\n- Desk notes\n---" in result.stdout.decode()


def test_html_on_stdin_is_recognised(tmp_path: Path) -> None:
    result = briefing("import", "-", "-o", "-", stdin=FERRY.read_bytes())
    assert result.returncode == 0, result.stderr
    draft = result.stdout.decode()
    assert "title: Ferry talks resume in Vessa after two-week pause\n" in draft
    assert [word for word in CHROME if word in text_section(draft)] == []


def test_html_option_reads_any_file_as_a_page(tmp_path: Path) -> None:
    saved = tmp_path / "page.txt"
    saved.write_bytes(DAM.read_bytes())
    as_text = briefing("import", str(saved), "-o", "-")
    assert "<!doctype html>" in as_text.stdout.decode()  # without --html, a .txt file is text
    as_page = briefing("import", str(saved), "-o", "-", "--html")
    assert as_page.returncode == 0
    assert "title: Inquiry into Morrow Dam flooding opens in Calder\n" in as_page.stdout.decode()


HOSTILE = (
    b"<html><head><title>Harbour \x1b[31mred&#27;]0;owned&#7; title</title></head><body><article>"
    b"<p>Mara Voss said the harbour at Kettle Bay would reopen next week. &#27;[2J cleared &#x1B;[31m and &#x9b;6n "
    b"and \xc2\x9b5n then <b>bold</b> words, <a href='javascript:alert(1)'>a link</a> and more words.</p>"
    b"<p>The port authority said repairs to the northern quay were finished on Sunday, ahead of schedule.</p>"
    b"<script>document.title = '\x1b]0;SCRIPTED\x07';</script></article></body></html>"
)


def test_escape_sequences_and_markup_never_reach_the_terminal(tmp_path: Path) -> None:
    """Not on stdout, and not in the written draft either, which a user may `cat`."""
    page = tmp_path / "hostile.html"
    page.write_bytes(HOSTILE)
    out = tmp_path / "hostile.md"
    printed = briefing("import", str(page), "-o", "-")
    written = briefing("import", str(page), "-o", str(out))
    assert (printed.returncode, written.returncode) == (0, 0), printed.stderr
    for draft in (printed.stdout.decode(), out.read_text(encoding="utf-8")):
        assert [c for c in draft if (ord(c) < 0x20 and c != "\n") or 0x7F <= ord(c) <= 0x9F] == []
        assert "Mara Voss said the harbour at Kettle Bay would reopen next week. ␛[2J cleared ␛[31m" in draft
        assert "title: Harbour [31mred␛]0;owned␇ title\n" in draft
        assert "<b>" not in draft and "javascript" not in draft and "SCRIPTED" not in draft
        assert "then bold words, a link and more words." in draft


@pytest.mark.parametrize("page", [
    b"<html><body><nav><a href='/'>Home</a></nav><script>var story = 'not text';</script></body></html>",
    b"",
    bytes(range(256)) * 8,
], ids=["only-chrome", "empty", "binary"])
def test_a_page_without_article_text_is_one_line(tmp_path: Path, page: bytes) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(page)
    result = briefing("import", str(path), "-o", str(tmp_path / "out.md"))
    assert (result.returncode, result.stderr.decode()) == (2, f"{path}: no article text found\n")
    assert not (tmp_path / "out.md").exists()


def test_a_page_of_markup_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    path = tmp_path / "soup.html"
    path.write_bytes(b"<html><body>" + b"<div><span>a</span></div>" * 300_000 + b"</body></html>")
    result = briefing("import", str(path), "-o", "-")
    assert result.returncode == 2
    assert result.stderr.decode() == f"{path}: too much markup (1,200,004 '<'; the limit is 1,000,000)\n"


WITHOUT_TRAFILATURA = "import sys\nsys.modules['trafilatura'] = None  # as if it were not installed"


def test_without_trafilatura_html_names_the_extra_and_text_still_works(tmp_path: Path) -> None:
    result = briefing("import", str(FERRY), "-o", "-", prelude=WITHOUT_TRAFILATURA)
    assert result.returncode == 2
    assert result.stderr.decode() == (
        f"{FERRY}: reading HTML needs trafilatura: pip install 'briefing[html]'\n")
    article = tmp_path / "note.txt"
    article.write_text("Port reopens\n\nMara Voss said the port would reopen on Friday.\n", encoding="utf-8")
    assert briefing("import", str(article), "-o", "-", prelude=WITHOUT_TRAFILATURA).returncode == 0


NO_NETWORK = (
    "import socket\n"
    "def refuse(*args, **kwargs):\n"
    "    raise SystemExit('network used')\n"
    "socket.socket.connect = socket.create_connection = socket.getaddrinfo = refuse"
)


def test_a_page_is_read_without_the_network(tmp_path: Path) -> None:
    """The page names its own address (og:url, canonical): it is recorded, never fetched."""
    result = briefing("import", str(DAM), "-o", "-", prelude=NO_NETWORK)
    assert result.returncode == 0, result.stderr
    assert b"- https://valleypost.example/news/morrow-dam-inquiry" in result.stdout
