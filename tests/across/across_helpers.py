"""Briefings written for the views across the library (one per case), and reading the CLI's JSON."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

# Wednesday 14 May 2025: the date the issue reasons from.
ENVOY = """---
title: Envoy arrives in Sumy
date: 2025-05-14
place: Sumy, Ukraine
---
The envoy came by train.

## Actors
- **José Ortega** — UN envoy; aka: Mr Ortega
- **Maria Ortega** — Red Cross official

## Statements
- **José Ortega**: “We will not leave.”
- **Maria Ortega**: “Aid is ready.”

## Casualties
- **killed**: at least 12 civilians; place: Sumy; source: officials

## Next steps
- Talks resume; when: on Friday; who: José Ortega; status: scheduled
- Aid convoy; when: by the end of July; status: postponed
- Census of the shelters; when: soon
"""

TOLL = """---
title: Shelling toll rises
date: 2025-05-20
place: Sumy
---
The count went on.

## Actors
- **the UN envoy Ortega** — envoy

## Statements
- **the UN envoy Ortega**: “The toll is rising.”

## Casualties
- **killed**: 19 civilians; place: Sumy; source: the governor

## Next steps
- Envoy visits Kyiv; when: next week; who: the UN envoy Ortega
"""


def article(date: str, body: str, title: str = "Talks") -> str:
    return f"---\ntitle: {title}\ndate: {date}\n---\n{body}\n"


Run = Callable[..., tuple[int, str, str]]


def run_json(run: Run, *args: str | Path) -> dict:
    status, out, err = run(*args, "--json")
    assert status == 0, err
    return json.loads(out)
