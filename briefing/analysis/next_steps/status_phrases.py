"""The wording that changes a cue's status once it is found: a condition on another party, a warning of what
nobody does, a penalty, a date that is a span. Data only, read by `statuses.py` and `timing.py`; lowered text.
"""

from __future__ import annotations

import re

from briefing.analysis.next_steps.cues import THREAT_NOUN

# "will build its own plant if Ostmark gets a bomb", "unless ministers improve the offer": what the condition
# asks of a party; the words after it are read for one.
CONDITION = re.compile(r"\b(?:if|unless)\s+")
CONDITION_WORDS = 4
# "further strikes would follow unless ...": a harm as the subject of what hangs on the condition.
HARM = re.compile(rf"\b{THREAT_NOUN}")
# "warned of flooding" foretells; "warned of retaliation" threatens.
WARNED_OF = re.compile(r"warn\w*\s+of$")
THREAT_AFTER = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?{THREAT_NOUN}")
# "warned that anyone joining would be punished": a penalty, whoever the subject.
PENALTY = re.compile(r"\s+(?:\w+\s+)?(?:be\s+(?:punished|arrested|prosecuted|jailed|fined|detained|expelled|deported"
                     r"|charged|shot|targeted|held\s+(?:accountable|responsible))|face\s+(?:\w+\s+)?(?:consequences|charges"
                     r"|prosecution|arrest|sanctions|punishment))\b")
# "said they would retaliate", "will respond with tariffs", "said it would impose sanctions": a reprisal.
REPRISAL = re.compile(r"\s+(?:(?:also|now|then|soon|immediately|swiftly)\s+)?(?:retaliate|hit\s+back|strike\s+back"
                      rf"|respond\s+(?:with|in\s+kind|militarily|forcefully)|(?:impose|slap|levy|launch)\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"{THREAT_NOUN})")
# "said it would boycott the vote if the count is not reopened", "will walk out unless": a pressure a condition hangs
# on (unconditioned, "would boycott the inauguration" is a plan).
PRESSURE = re.compile(r"\s+(?:(?:also|now|then|simply)\s+)?(?:boycott|walk\s+out|strike|quit|withdraw\s+from|pull\s+out"
                      r"|leave\s+the\s+(?:coalition|government|talks))\b")
# The modal a cue ends with: 'said it would', 'warned that the rain will', 'warned that it could'.
REPORTED_MODAL = re.compile(r"(?:would|will|could|may|might|[’']ll|[’']d)$")
# A time phrase that spans or bounds rather than fixes a time: 'within a month', 'through the night', 'soon'.
UNFIXED_TIME = re.compile(r"(?i)(?:within|through|over|during|in\s+the\s+(?:coming|next|following)|soon|shortly"
                        r"|until\s+further)\b")
# A time phrase that dates the saying, not the step: 'the company said on Thursday' (not 'results would be announced
# within 72 hours': a passive is the step's own verb).
SAID_AT = re.compile(r"(?i)\b(?<!be\s)(?<!been\s)(?:said|says|announced|added|confirmed|stated"
                     r"|told\s+(?:[\w-]+\s+){1,2}?)\s*$")
# A past clause a time phrase may sit in: 'The army, which launched the offensive on 3 March, said it would press on',
# 'will resume after talks collapsed on Monday': that date is the past event's, not the step's.
PAST_CLAUSE = re.compile(r"\b(?:which|who|that|after|when|since)\s+(?:had\s+|was\s+|were\s+)?(?:[\w-]+\s+)?"
                         r"(?:[a-z]+ed|began|came|took|met|won|fell|broke|held|made|went|saw|left|struck|hit|sank|ran"
                         r"|seized|led|rose|spoke|told|said|fought|lost|sent|gave|flew|drew|wrote|stood|began|swept)\b"
                         r"[^,;:()—–“”\"]*$")
# Time phrases that may date a past event ('on Monday', 'in 2021', 'March 3'), not the bounds of a step ('until June').
POINT_IN_TIME = re.compile(r"(?i)(?:on|in)\s|[A-Z0-9]")
# A past verb just before a time phrase that comes before the step's cue: 'The minister resigned on Sunday and will
# be replaced by his deputy' dates the resignation ('The vote, scheduled for Friday, will go ahead' dates the vote).
PAST_VERB_BEFORE = re.compile(r"(?i)\b(?!(?:scheduled|rescheduled|planned|set|due|expected|postponed|delayed|moved"
                              r"|pushed|slated|fixed|called|brought|put)\b)(?:[a-z]+ed|began|came|took|met|won|fell"
                              r"|broke|held|made|went|saw|left|struck|hit|sank|ran|quit|fled)\s+(?:[\w’'-]+\s+){0,4}$")
