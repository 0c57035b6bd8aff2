"""The words of subjects: who can act on a plan ('the committee', 'rebels', 'she') and who is anyone at all.

Data only, read by `subjects.py`.
"""

from __future__ import annotations

import re

# Nouns of those who act on plans: institutions, officials, forces, sides.
AGENTS = frozenset("""government governments parliament council court courts committee ministry ministries army
    police bank agency agencies commission board company companies union unions party cabinet senate congress
    assembly administration regulator regulators prosecutor prosecutors official officials investigators
    delegation delegations envoy envoys negotiators negotiator minister ministers president leader leaders rebels
    militants troops forces military navy embassy organisers organizers operator firm tribunal inspectors
    observers monitors mediators mediator campaign coalition opposition spokesman spokeswoman judge jury
    authorities secretary chancellor governor mayor premier king queen prince chief director ceo chairman
    team squad club federation alliance bloc summit legislature lawmakers legislators parliamentarians mps
    senators deputies insurgents fighters guerrillas junta regime state states side sides""".split())
# Words that make a subject anyone at all: "a chancellor who looks weak", "every dispute", "most of them".
GENERIC = frozenset("""a an every any each no some most many few such all those these this that it its they them
    you one nobody everyone anyone something everything nothing whoever""".split())
PERSONAL = frozenset({"he", "she", "i", "we"})
# Subjects that are some of anyone, whatever they do: "Some readers will call this a wasted vote".
QUANTIFIERS = frozenset("some most many few every any each no anyone everyone nobody whoever".split())
# Where a subject begins: after a comma or dash, or a word that opens a clause.
SUBJECT_START = re.compile(r"[,;:(—–]|\b(?:that|which|who|whom|because|if|when|while|and|but|as|so|unless|where"
                           r"|whether|once|until|then|says|said|think|thinks|believe|believes"
                           r"|fear|fears|feared|expect|expects|predict|predicts|worry|worries)\b", re.IGNORECASE)
                           # "Officials fear the toll will rise": the toll is what 'will' is about
RELATIVE = re.compile(r"who|which|that", re.IGNORECASE)
SUBJECT_WORD = re.compile(r"[\w’'-]+")
SUBJECT_REACH = 80
# Speakers whose "would" is a forecast, not their plan: "The weather service said the storm would weaken".
FORECASTERS = frozenset("""forecasters forecaster meteorologists meteorologist weather economists economist analysts
    analyst experts expert scientists scientist researchers researcher strategists strategist pollsters pollster
    seismologists seismologist modellers modelers study studies survey poll polls model models""".split())
# Subjects no party acts through: nature, markets and measures of them ("the storm would weaken", "prices will
# rise", "the toll would climb", "the situation could worsen").
FORCES = frozenset("""storm storms hurricane typhoon cyclone rain rains rainfall snow wind winds flood floods flooding
    water waters river rivers temperatures temperature heat fire fires blaze wildfire wildfires drought weather tide
    tides quake earthquake aftershocks virus outbreak epidemic pandemic disease prices price inflation economy growth
    market markets shares stocks currency demand supply supplies costs cost toll number numbers figure figures level
    levels rate rates unemployment deficit debt situation crisis tension tensions exit""".split())
