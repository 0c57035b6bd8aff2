"""Giving freed memory back: where the C library has no malloc_trim (macOS, musl), it does nothing."""

from __future__ import annotations

import sys

import pytest

from briefing import heap


def test_without_malloc_trim_it_does_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    class NoTrim:  # a C library without the call
        pass

    heap._trim.cache_clear()
    monkeypatch.setattr(heap.ctypes, "CDLL", lambda name: NoTrim())
    heap.give_back()
    assert heap._trim() is None
    heap._trim.cache_clear()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's call")
def test_on_linux_the_call_is_found() -> None:
    heap._trim.cache_clear()
    assert heap._trim() is not None
    heap.give_back()
