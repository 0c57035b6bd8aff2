"""Names folded so that the forms of one name meet: 'José  ORTEGA' and 'jose ortega'. Cheap to import: a
query folds with it (titles are dropped when the index is written, see titles.py)."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """'José  ORTEGA' -> 'jose ortega': case, accents and white space folded."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(ascii_text.lower().split())


def surname(key: str) -> str:
    """'jose ortega' -> 'ortega': what 'Mr Ortega' keeps."""
    return key.rsplit(" ", 1)[-1]
