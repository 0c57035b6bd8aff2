"""Encodings a user's files arrive in: UTF-8, UTF-8 with BOM, UTF-16 with BOM, cp1252, binary."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from briefing.document.load import load_briefing
from briefing.errors import BriefingError


def test_utf8_bom(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(codecs.BOM_UTF8 + b"---\ntitle: Kyiv\n---\nText\n")
    assert load_briefing(path).title == "Kyiv"


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Zelenskyy arrives\r\nMore text.\r\n".encode("utf-16"))
    b = load_briefing(path)
    assert b.title == "Zelenskyy arrives"
    assert "\r" not in b.text


def test_cp1252_falls_back_with_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Caf\xe9 talks \x93quoted\x94\n".encode("latin-1"))
    b = load_briefing(path)
    assert b.text.startswith("Café talks “quoted”")
    assert b.notices == ("not UTF-8 (line 1); read as cp1252",)


@pytest.mark.parametrize(("data", "message"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (NUL bytes), not a briefing"),
    (b"", "empty file"),
    (b"  \n\n ", "empty file"),
])
def test_non_briefings_are_refused(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "x.md"
    path.write_bytes(data)
    with pytest.raises(BriefingError) as err:
        load_briefing(path)
    assert err.value.render() == f"{path}: {message}"


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(BriefingError, match="no such file"):
        load_briefing(tmp_path / "nope.md")
    with pytest.raises(BriefingError, match="is a folder"):
        load_briefing(tmp_path)
