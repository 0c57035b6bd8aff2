"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, else cp1252 with a notice."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from briefing.errors import BriefingError

SNIFF = 8192


@dataclass(frozen=True)
class Decoded:
    text: str
    notice: str = ""


def decode(data: bytes, path: str) -> Decoded:
    """Decode a file's bytes; a binary file is refused with a clear error."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(_newlines(data.decode("utf-16")))
        except UnicodeDecodeError as exc:
            raise BriefingError(path, f"not valid UTF-16 despite its byte-order mark (byte {exc.start})") from None
    if b"\x00" in data[:SNIFF]:
        raise BriefingError(path, "binary file (NUL bytes), not a briefing")
    try:
        return Decoded(_newlines(data.decode("utf-8-sig")))
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        text = data.decode("cp1252", errors="replace")
        return Decoded(_newlines(text), f"not UTF-8 (line {line}); read as cp1252")


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
