"""One person's name across briefings: 'José Ortega', 'Jose Ortega', 'Mr Ortega' and 'the UN envoy Ortega'
fold to forms that meet ('jose ortega', 'ortega').

The titles and name particles are nameparser's (a kept list of some 600 titles: 'Mr', 'President',
'Foreign Minister', 'de', 'van'), so a title is dropped whether a briefing wrote it or not.
"""

from __future__ import annotations

import re
import unicodedata

from nameparser.config import CONSTANTS

WORD = re.compile(r"[^\W_]+(?:[’'-][^\W_]+)*")


def fold(text: str) -> str:
    """'José  ORTEGA' -> 'jose ortega': case, accents and white space folded."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(ascii_text.lower().split())


def person_key(name: str) -> str:
    """The name a person goes by with titles and descriptions dropped, folded.

    'the UN envoy Ortega' -> 'ortega'; 'President Volodymyr Zelenskyy' -> 'volodymyr zelenskyy';
    'Mr. Ortega' -> 'ortega'; 'Jean de la Fontaine' -> 'jean de la fontaine'.
    """
    words = WORD.findall(name)
    kept: list[str] = []
    for word in reversed(words):  # the name is the trailing run of capitalised words that are no title
        low = word.lower().rstrip(".")
        particle = low in CONSTANTS.prefixes and bool(kept)
        if not particle and (not word[:1].isupper() or low in CONSTANTS.titles or low in CONSTANTS.conjunctions):
            break
        kept.append(word)
    while kept and kept[-1].lower() in CONSTANTS.prefixes:  # 'de la' leading the run: no particle opens a name
        kept.pop()
    return fold(" ".join(reversed(kept))) or fold(name)


def surname(key: str) -> str:
    """'jose ortega' -> 'ortega': what 'Mr Ortega' keeps."""
    return key.rsplit(" ", 1)[-1]
