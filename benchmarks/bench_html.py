"""Speed of `briefing import` on web pages, from a typical page to hostile ones just under the 64 MiB cap.

Each synthetic page holds a ~1,300-word story plus bulk of one kind; prints the seconds to extract the
article (trafilatura) and to analyse it, or the one-line error. Needs `pip install 'briefing[html]'`.
Run: python benchmarks/bench_html.py [PAGE.html ...]   (optional pages: also time those files)
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

from briefing.document.html import read_page
from briefing.document.load import plain_article
from briefing.document.source import MAX_FILE_BYTES
from briefing.errors import BriefingError

NAMES = ["Anna Novak", "Boris Lindqvist", "Carla Moreau", "Farid Okafor", "Grace Petrov", "Hakan Sato"]
WORDS = ("the talks in the capital were delayed again on Tuesday as delegations argued over the agenda and the "
         "order of the sessions while observers waited outside").split()
CAP = MAX_FILE_BYTES - 1024 * 1024  # leave room for the story and the page around the bulk


def story(words: int, per_paragraph: int = 40, seed: int = 5) -> str:
    """Paragraphs of a wire story: a named speaker, a quote, filler."""
    rnd = random.Random(seed)
    paragraphs, count = [], 0
    while count < words:
        filler = " ".join(rnd.choice(WORDS) for _ in range(per_paragraph))
        paragraphs.append(f"<p>“{filler.capitalize()},” said {rnd.choice(NAMES)}, on Monday.</p>")
        count += per_paragraph + 5
    return "\n".join(paragraphs)


def page(bulk: str, text: str | None = None) -> bytes:
    return ("<!doctype html><html><head><title>Talks resume in the capital</title>"
            "<meta property='article:published_time' content='2025-05-16'></head><body>"
            "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>Talks resume</h1>"
            f"{story(1300) if text is None else text}</article>{bulk}</body></html>").encode()


def filled(unit: str, size: int = CAP) -> str:
    return unit * (size // len(unit))


PAGES: dict[str, Callable[[], bytes]] = {
    "typical page (story + 200 KiB of chrome)": lambda: page(filled('<div class="promo"><a href="/x">More</a></div>',
                                                                    200 * 1024)),
    "63 MiB inline script": lambda: page(f"<script>{filled('var x = [1, 2, 3];')}</script>"),
    "63 MiB data: URI image": lambda: page(f'<img src="data:image/png;base64,{filled("QUJD")}">'),
    "63 MiB of HTML comments": lambda: page(filled("<!-- tracking slot -->")),
    "63 MiB of nested divs (refused)": lambda: page(filled('<div class="w"><span>a</span></div>')),
    "95,000 elements of nav links": lambda: page("<ul>" + "<li><a href='/s'>Section</a></li>" * 47_000 + "</ul>"),
    "8 MiB of article paragraphs": lambda: page("", story(1_300_000, per_paragraph=600)),
    "63 MiB of article paragraphs": lambda: page("", story(10_000_000, per_paragraph=600)),
}


def timed(data: bytes, name: str) -> str:
    start = time.perf_counter()
    try:
        article = read_page(data, name)
    except BriefingError as exc:
        return f"{time.perf_counter() - start:6.2f} s  refused: {exc.message}"
    extracted = time.perf_counter() - start
    if len(article.text) > 16 * 1024 * 1024:  # the analysis runs ~1 MiB/s: too long to wait for here
        return f"{extracted:6.2f} s  {len(article.text) / 2**20:.1f} MiB of text (analysis not run)"
    start = time.perf_counter()
    plain_article(article.text, Path(name))
    analysed = time.perf_counter() - start
    return f"{extracted:6.2f} s  + analysis {analysed:6.2f} s  ({len(article.text) / 2**20:.2f} MiB of text)"


def main(argv: list[str]) -> int:
    for name, make in PAGES.items():
        data = make()
        print(f"{name:<42} {len(data) / 2**20:5.1f} MiB  {timed(data, name)}", flush=True)
    for path in argv:
        data = Path(path).read_bytes()
        print(f"{path}: {len(data) / 2**20:.2f} MiB  {timed(data, path)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
