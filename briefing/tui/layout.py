"""Blocks of text wrapped to a width on demand: the rows a line-API view shows, without wrapping it all.

A block (a line of the text, or one item of a list) is wrapped only when a view needs its rows; the others
count with an estimate from their length, so a 200,000-word text opens without wrapping every paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from rich.cells import cell_len

WORD = re.compile(r"\s*\S+\s*")

Row = tuple[int, int]  # [start, end) offsets into the block's plain text


def _cells(text: str) -> int:
    return len(text) if text.isascii() else cell_len(text)


def _split_word(start: int, word: str, room: int, later_room: int) -> tuple[list[Row], int]:
    """A word wider than a row, cut into full rows; returns them and where the rest of the word starts."""
    rows: list[Row] = []
    begin, used = 0, 0
    for index, char in enumerate(word):
        width = _cells(char)
        if used and used + width > room:
            rows.append((start + begin, start + index))
            begin, used, room = index, 0, later_room
        used += width
    return rows, start + begin


def wrap_rows(plain: str, width: int, indent: int = 0) -> list[Row]:
    """'alpha beta gamma' at width 11 -> [(0, 11), (11, 16)]: 'alpha beta ' and 'gamma'.

    Greedy word wrap by terminal cells; a newline forces a row; rows after the first of a line have
    `indent` fewer cells (the caller draws the indent). Trailing spaces stay in a row (drawn blank).
    """
    width = max(1, width)
    later = max(1, width - indent)
    rows: list[Row] = []
    offset = 0
    for line in plain.split("\n"):
        start, used, room = offset, 0, width
        for match in WORD.finditer(line):
            begin, end = offset + match.start(), offset + match.end()
            word = match.group()
            core = _cells(word.rstrip())
            if used and used + core > room:
                rows.append((start, begin))
                start, used, room = begin, 0, later
            if core > room:
                cut, start = _split_word(begin, word.rstrip(), room, later)
                rows.extend(cut)
                used, room = _cells(plain[start:end]), later
                continue
            used += _cells(word)
        rows.append((start, offset + len(line)))
        offset += len(line) + 1
    return rows


def estimate_rows(plain: str, width: int) -> int:
    """Rows a block will take, from its length alone: exact for short lines, close for long ones."""
    width = max(1, width)
    if "\n" not in plain:
        return max(1, -(-len(plain) // width))
    return sum(max(1, -(-len(line) // width)) for line in plain.split("\n"))


class Layout:
    """Where each block's rows are, for one width: exact for wrapped blocks, estimated for the rest."""

    def __init__(self, plains: list[str], width: int, indents: list[int] | None = None) -> None:
        self.plains = plains
        self.width = max(1, width)
        self.indents = indents
        self.heights = [estimate_rows(p, self.width) for p in plains]
        self._rows: dict[int, list[Row]] = {}
        self._tops: list[int] | None = None

    def __len__(self) -> int:
        return len(self.plains)

    @property
    def tops(self) -> list[int]:
        """tops[i]: the first row of block i; tops[-1]: the total."""
        if self._tops is None:
            self._tops = [0, *accumulate(self.heights)]
        return self._tops

    @property
    def total(self) -> int:
        return self.tops[-1]

    def is_exact(self, index: int) -> bool:
        return index in self._rows

    def rows(self, index: int) -> list[Row]:
        """The rows of block `index`, wrapping it now if it was only estimated."""
        rows = self._rows.get(index)
        if rows is None:
            indent = self.indents[index] if self.indents else 0
            rows = self._rows[index] = wrap_rows(self.plains[index], self.width, indent)
            if len(rows) != self.heights[index]:
                self.heights[index] = len(rows)
                self._tops = None
        return rows

    def locate(self, y: int) -> tuple[int, int] | None:
        """Block and row within it at virtual row `y`, or None past the end."""
        tops = self.tops
        if y < 0 or y >= tops[-1]:
            return None
        index = bisect_right(tops, y) - 1
        return index, y - tops[index]
