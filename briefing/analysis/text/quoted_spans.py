"""Where a paragraph quotes someone: words inside quotation marks are a statement, not the writer's own.

'“We will never give up,” Mr Haddad said.' -> the stretch from “ to ” is quoted.
"""

from __future__ import annotations

import bisect
import re

DOUBLE_QUOTE = re.compile(r"[“”\"]|''|``")
# The mark comes first and the look-behinds check what precedes it: a pattern opening on a look-behind is tried
# at every position of the text, one opening on the mark only where a mark is.
SINGLE_QUOTE = re.compile(r"(?P<open>['‘](?:(?<=[\s(\[:—–]['‘])|(?<=^['‘]))(?<!'['‘])(?=\w))"
                          r"|(?P<close>['’](?<=[\w.,!?…]['’])(?<!'['’])(?!')(?=[\s.,;:!?)\]—–]|$))")
Spans = tuple[list[int], list[int]]


def quoted_spans(text: str, offset: int) -> Spans:
    """Starts and ends (absolute) of quoted stretches in a paragraph; an unclosed double quote runs to its end.

    Single quotes count too ('Terror will not break us.'), but only as a pair: an apostrophe is no quote.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in DOUBLE_QUOTE.finditer(text):
        mark = m.group()
        if open_at is None and mark != "”":
            open_at = m.start()
        elif open_at is not None and mark not in ("“", "``"):
            spans.append((open_at, m.end()))
            open_at = None
    if open_at is not None:
        spans.append((open_at, len(text)))
    single_at: int | None = None
    for m in SINGLE_QUOTE.finditer(text):
        if m.lastgroup == "open":
            single_at = m.start()
        elif single_at is not None:
            spans.append((single_at, m.end()))
            single_at = None
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(spans):
        if ends and start < ends[-1] - offset:
            continue  # inside (or across) a stretch already kept
        starts.append(offset + start)
        ends.append(offset + end)
    return starts, ends


def quote_around(pos: int, spans: Spans) -> int | None:
    """Where the quoted stretch holding `pos` opens, or None when `pos` is not quoted."""
    starts, ends = spans
    i = bisect.bisect_right(starts, pos) - 1
    return starts[i] if i >= 0 and pos < ends[i] else None
