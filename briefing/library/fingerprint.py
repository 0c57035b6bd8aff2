"""What produced the index's data: when the parser changes, every briefing must be read again."""

from __future__ import annotations

import hashlib
from pathlib import Path

from briefing import __version__

PACKAGE = Path(__file__).resolve().parent.parent
# The code whose output the index stores: the loader, the analysis, the model, the row maker.
PARSER_SOURCES = ("document", "analysis", "model.py", "library/records.py", "library/crossing.py",
                  "library/naming.py", "library/titles.py")


def parser_fingerprint() -> str:
    """A hash of the version and the parser's source; an edited analysis pass changes it."""
    digest = hashlib.blake2b(__version__.encode(), digest_size=12)
    for name in PARSER_SOURCES:
        target = PACKAGE / name
        for path in sorted(target.rglob("*.py")) if target.is_dir() else [target]:
            try:
                digest.update(path.name.encode() + path.read_bytes())
            except OSError:  # sources not shipped (a frozen build): the version alone decides
                continue
    return digest.hexdigest()
