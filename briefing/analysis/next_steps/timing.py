"""When a step is to happen: the time phrases of a clause, not the spans that measure a record.

'will meet [in two weeks]' has a time phrase; 'its third election in four years' has none, nor has 'the
company said on Thursday' (the day of the saying, not of the step).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefing.analysis.next_steps.cues import IN_SPAN, RECORD_BEFORE, WHEN
from briefing.analysis.next_steps.status_phrases import PAST_CLAUSE, POINT_IN_TIME, SAID_AT


def time_phrases(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The time phrases in text[start:end]: 'will meet [in two weeks]', not 'its third election [in four years]'
    nor 'will cut jobs, the company said [on Thursday]' nor 'The army, which launched the offensive [on 3 March],
    said it would press on'."""
    for m in WHEN.finditer(text, start, len(text) if end is None else end):
        if IN_SPAN.match(m.group()) and RECORD_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue
        if SAID_AT.search(text, max(0, m.start() - 30), m.start()):
            continue
        if POINT_IN_TIME.match(m.group()) and PAST_CLAUSE.search(text, max(0, m.start() - 80), m.start()):
            continue
        yield m


def time_phrase(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first time phrase in text[start:end], if any."""
    return next(time_phrases(text, start, end), None)
