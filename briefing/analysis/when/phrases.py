"""The words a time phrase is made of, as data: short month forms, counts, seasons (the day and month names
themselves are text/vocabulary.py's)."""

from __future__ import annotations

from briefing.analysis.text.vocabulary import MONTH_ABBREVIATIONS, MONTHS

# "the debate Oct. 19": the month a newsroom's short form stands for.
MONTH_SHORT = {short: next(n for n, month in enumerate(MONTHS, 1) if month.startswith(short))
               for short in MONTH_ABBREVIATIONS}
# "within two weeks", "in a few days": how many, for the small counts a time phrase uses.
COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a few": 3, "few": 3, "several": 3, "a couple of": 2}
# Northern seasons as (first month, last month): "in the spring" of a briefing from May is this one.
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
