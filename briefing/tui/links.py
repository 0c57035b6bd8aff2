"""The links of a briefing (its sources, its Markdown links, addresses written out), and which of them may open."""

from __future__ import annotations

import re
import webbrowser
from urllib.parse import urlsplit

from briefing.model import Briefing, Link
from briefing.safe_text import UNSAFE

# An address written out in the text, with a scheme people click.
ADDRESS = re.compile(r"\b(?:https?|ftp|file|javascript|data|mailto|vbscript):[^\s<>\"'\x00-\x1f\x7f-\x9f]+",
                     re.IGNORECASE)
OPENABLE = ("http", "https")


def links(briefing: Briefing) -> list[Link]:
    """'sources: [Wire]', '[the minutes](https://m.example)' and 'see https://b.example.' -> [Link('Wire', 'Wire'),
    Link('the minutes', 'https://m.example'), Link('https://b.example', 'https://b.example')]: every source,
    every link the file wrote (words and target), then addresses written out that no link holds, once each."""
    found = [Link(source, source) for source in briefing.sources]
    found += briefing.links
    linked = [(link.start, link.end) for link in briefing.links if link.start is not None]
    for text, spans in ((briefing.summary, ()), (briefing.text, linked)):
        for m in ADDRESS.finditer(text):
            if not any(start <= m.start() < end for start, end in spans):  # a link's own words
                address = _trimmed(m.group())
                found.append(Link(address, address, m.start(), m.start() + len(address)))
    unique: dict[tuple[str, str], Link] = {}
    for link in found:
        if link.target.strip():
            unique.setdefault((link.words.strip(), link.target.strip()), link)
    return list(unique.values())


def _trimmed(address: str) -> str:
    """'https://a.example/x).' -> 'https://a.example/x': the sentence's punctuation is not the address's;
    'javascript:alert(2)' keeps its own closing parenthesis."""
    address = address.rstrip(".,;:!?")
    while address.endswith(")") and address.count(")") > address.count("("):
        address = address[:-1].rstrip(".,;:!?")
    return address


def has_browser() -> bool:
    """Whether this machine has a browser to hand a link to ($BROWSER, or one Python's webbrowser knows)."""
    try:
        webbrowser.get()
    except webbrowser.Error:
        return False
    return True


def refusal(link: str) -> str:
    """Why `link` is not opened ('' if it may be): only http and https addresses go to the browser."""
    try:
        parts = urlsplit(link)
    except ValueError:  # 'http://[oops': not an address a browser could take
        return "Not a web address: only http and https links open."
    if parts.scheme.lower() in OPENABLE and parts.netloc and not UNSAFE.search(link):
        return ""
    if not parts.scheme or parts.scheme.lower() in OPENABLE:
        return "Not a web address: only http and https links open."
    return (f"Not opened: '{parts.scheme}:' links could run or read something on this computer; "
            "only http and https open.")
