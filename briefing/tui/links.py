"""The links of a briefing (its sources, and links in its summary and text), and which of them may open."""

from __future__ import annotations

import re
import webbrowser
from urllib.parse import urlsplit

from briefing.model import Briefing
from briefing.safe_text import CONTROL

# An address with a scheme people click (the text keeps addresses written out, not a markdown link's target).
LINK = re.compile(r"\b(?:https?|ftp|file|javascript|data|mailto|vbscript):[^\s<>\"'\x00-\x1f\x7f-\x9f]+",
                  re.IGNORECASE)
OPENABLE = ("http", "https")


def links(briefing: Briefing) -> list[str]:
    """'sources: [Wire, https://a.example/x]' and 'see https://b.example.' -> ['Wire', 'https://a.example/x',
    'https://b.example']: every source, then the addresses in the summary and text, once each."""
    found = list(briefing.sources)
    for text in (briefing.summary, briefing.text):
        found += [_trimmed(m.group()) for m in LINK.finditer(text)]
    return list(dict.fromkeys(link.strip() for link in found if link.strip()))


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
    if parts.scheme.lower() in OPENABLE and parts.netloc and not CONTROL.search(link):
        return ""
    if not parts.scheme or parts.scheme.lower() in OPENABLE:
        return "Not a web address: only http and https links open."
    return (f"Not opened: '{parts.scheme}:' links could run or read something on this computer; "
            "only http and https open.")
