"""One person's name without titles or descriptions, for the index: 'the UN envoy Ortega' -> 'ortega',
'President Volodymyr Zelenskyy' -> 'volodymyr zelenskyy'.

The titles and name particles are nameparser's (a kept list of some 600 titles: 'Mr', 'President',
'Foreign Minister', 'de', 'van'). It takes ~55 ms to import, so only the index's writers load it.
"""

from __future__ import annotations

import re

from nameparser.config import CONSTANTS

from briefing.library.naming import fold

WORD = re.compile(r"[^\W_]+(?:[’'-][^\W_]+)*")


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
