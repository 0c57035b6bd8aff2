"""The one vocabulary of the calendar: day and month names, their short forms, seasons and relative days.

Data only, lower case, in calendar order. The names are written out rather than taken from the stdlib
`calendar` module: `calendar.day_name` follows the process's LC_TIME locale, and an article in English
is read the same way whatever locale the reader's terminal runs under.
"""

from __future__ import annotations

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
# "Oct. 19", "Sept. 5": 'may' has no short form; 'sept' comes before 'sep' so an alternation tries the longer first.
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec")
SEASONS = ("spring", "summer", "autumn", "fall", "winter")
RELATIVE_DAYS = ("today", "tonight", "tomorrow", "yesterday")

# The same names as regular-expression alternations, for patterns on lowered text ("on friday")
# and on text as written ("on Friday", where case tells a month from the verb 'may').
DAY = "(?:" + "|".join(DAYS) + ")"
MONTH = "(?:" + "|".join(MONTHS) + ")"
MONTH_ABBREVIATION = "(?:" + "|".join(MONTH_ABBREVIATIONS) + ")"
TITLED_DAY = "(?:" + "|".join(day.title() for day in DAYS) + ")"
TITLED_MONTH = "(?:" + "|".join(month.title() for month in MONTHS) + ")"
TITLED_MONTH_ABBREVIATION = "(?:" + "|".join(short.title() for short in MONTH_ABBREVIATIONS) + ")"
SEASON = "(?:" + "|".join(SEASONS) + ")"
