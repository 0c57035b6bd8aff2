"""A page's blocks as article text: paragraphs, list items and table rows as a reader expects them."""

from __future__ import annotations

import codecs

import pytest

from briefing.document.html import looks_like_html, read_page

STORY = (
    "<p>The ferry union in Vessa met the Orland Line on Wednesday for a second round of talks on pay.</p>"
    "<p>Ida Brenholt said the talks would go on<br>until Friday, and that the union would not strike before then.</p>"
    "<ul><li>Night-shift pay for deckhands</li><li>Rest days after storms</li></ul>"
    "<table><tr><th>Route</th><th>Crossings</th></tr><tr><td>Vessa–Tarn</td><td>6</td></tr></table>"
    "<p>The company said it would answer the union’s demands in writing by the end of the week.</p>"
)


def test_blocks_become_paragraphs_items_and_rows() -> None:
    page = read_page(f"<html><body><article>{STORY}</article></body></html>".encode(), "story.html")
    assert page.text.split("\n\n") == [
        "The ferry union in Vessa met the Orland Line on Wednesday for a second round of talks on pay.",
        "Ida Brenholt said the talks would go on until Friday, and that the union would not strike before then.",
        "- Night-shift pay for deckhands\n- Rest days after storms",
        "Route | Crossings\nVessa–Tarn | 6",
        "The company said it would answer the union’s demands in writing by the end of the week.",
    ]
    assert (page.title, page.date, page.sources) == ("", "", ())


@pytest.mark.parametrize(("data", "html"), [
    (b"<!DOCTYPE html>\n<html lang='en'>", True),
    (codecs.BOM_UTF8 + b"  <html><body>", True),
    (b"<!-- saved from a browser -->\n<HTML>", True),
    (b"<head><title>T</title></head>", True),
    (b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"', True),
    (b"Talks resume in Geneva\n\n<b>not a page</b>", False),
    (b"<b>A bold first line</b> of an article", False),
    (b"", False),
])
def test_looks_like_html(data: bytes, html: bool) -> None:
    assert looks_like_html(data) is html
