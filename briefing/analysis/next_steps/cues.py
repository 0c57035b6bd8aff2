"""The wording of next steps: which words mark something to come, with which status, and when.

"has no plans to travel" is ruled out, "urged ... to agree" demanded, "are due to meet" scheduled; a time
phrase ("in the coming days", "on Friday") says when. The patterns run on lowered text, except `WHEN`.
"""

from __future__ import annotations

import re

from briefing.analysis.next_steps.event_words import STATE_PARTICIPLES
from briefing.analysis.text.vocabulary import (
    DAY,
    MONTH,
    MONTH_ABBREVIATION,
    SEASON,
    TITLED_DAY,
    TITLED_MONTH,
    TITLED_MONTH_ABBREVIATION,
)

# A cheap pre-check on the lowered text: only sentences holding one of these reach the status patterns.
ANY_CUE = re.compile(
    r"(?<!\w)(?:will|won[’']t|would|wouldn[’']t|shall|may|might|could|plan|no\s+plans|intend|intention|prepar|due"
    r"|schedul|set\s+to|date|deadline|timetable|expect|postpon|delay|put\s+off|pushed\s+back|resched|adjourn|called\s+off|cancel|rul"
    r"|urg|call|demand|insist|press|ask|appeal|must|need|crucial|essential|vital|threat|warn|vow|pledg|promis"
    r"|propos|offer|suggest|invit|idea\s+of|agree|decid|going\s+to|about\s+to|prospect|poised|likely|unlikely|hope|is\s+to"
    r"|are\s+to|was\s+to|were\s+to|to\s+be\s+held|to\s+take\s+place|is\s+sending|are\s+sending|next|upcoming"
    r"|coming|forthcoming|later|tomorrow|tonight|soon|consider|weigh|mull|explor|forecast|predict|slated|aim|refus|ahead"
    r"|massing|amassing|building\s+up|mobili"
    r"|round|ready|willing|seek|polls|suspend|face|under\s*way|push|await|ultimatum|gave|give"
    r"|should|ought|(?:i|you|he|she|we|they|it|that|there|who)[’'](?:ll|d)|got\s+to|time\s+(?:to|for)|afford|encourag|(?:tell|told)\s+(?:\S+\s+){1,4}?to\s"
    r"|risk|want|determined|attempt|looking\s+to|working|moving\s+to|striving|racing|scrambling|confident|chance|contemplat|heading"
    rf"|{DAY}|takes?\s+effect|into\s+force|meets"
    rf"|{MONTH_ABBREVIATION}[a-z]*\.?\s+\d|\d{{1,2}}\s+{MONTH_ABBREVIATION}|in\s+{MONTH_ABBREVIATION})"
)
SAY = (r"(?:said|says|say|told|tells|announced|announces|announce|added|confirmed|indicated|stated|insisted|warned"
        r"|promised|pledged|hoped|believed|believes|expected|expects|predicted|thought|suggested|signalled"
        r"|signaled|made\s+clear|agreed|decided)")
SAID = re.compile(rf"\b{SAY}\b")  # "the coastguard said": a report
# Things that take place, promised or vowed: "has promised a veto", "pledged a swift inquiry".
_EVENT_NOUN = (r"(?:veto|vote|inquiry|investigation|review|probe|response|referendum|election|crackdown|strike"
               r"|offensive|summit|talk|meeting|visit|hearing|trial|ruling|decision|announcement|retaliation"
               r"|cut|hike|bill|law|legislation|reform|package|budget|report|ban|march|protest|rally|walkout|boycott"
               r"|demonstration)s?\b")
# "The trial resumes on Monday", "Voters go to the polls next week", "Ministers sign the accord on 12 December": a
# timetable in the present tense; a bare plural verb only with no modal or negation before it ("could sign").
_BARE_PRESENT = "".join(f"(?<!{word}\\s)" for word in ("to", "will", "would", "could", "may", "might", "should", "must",
                                                        "not", "can", "did", "do"))
_PRESENT_EVENT = (r"(?:resumes|opens|begins|starts|convenes|reconvenes|expires|closes|meets|arrives|travels|visits"
                  rf"|signs|{_BARE_PRESENT}(?:meet|gather|convene|sign)"
                  r"|(?<!the\s)votes|decides|sits|testifies|(?:go|goes|head|heads)\s+to\s+the\s+polls|takes?\s+effect"
                  # "Talks on a ceasefire between the government and the rebels resume in Geneva on 14 January"
                  r"|(?:talks|summit|trial|hearing|vote|negotiations|conference)\s+(?:(?!expected|likely|to\b)[\w-]+\s+){0,12}?"
                  r"(?:resume|begin|open|start)"
                  r"|comes?\s+into\s+force|runs?\s+out)")
# A day of the week or of a month: "on friday", "on june 11", "on 11 june" (lowered).
_DATE_LOW = rf"(?:on\s+)?(?:{DAY}|{MONTH}\s+\d{{1,2}}\b|\d{{1,2}}\s+{MONTH})\b"
_NOT_STATE = rf"(?!(?:{'|'.join(sorted(STATE_PARTICIPLES))})\b)"  # "is to be expected": no event
# A character of the same clause, an abbreviation's dot included ("warning that the E.U. will"): the scan never
# runs past its sentence, so a full stop inside one is an abbreviation's.
_WITHIN = r"[^;“”\"]"
# A short term in quotation marks inside a sentence: 'warned that anyone joining “illegal gatherings” would'.
_LABEL = r"(?>[^.;“”\"]{0,50}[“\"][^.;:,“”\"]{1,30}[”\"])?"  # at most one, atomic: the scan stays cheap
# What a threat is of when someone makes it: "the threat of massive sanctions", not "the threat of global warming".
THREAT_NOUN = (r"(?:sanctions|strikes?|war|force|retaliation|action|violence|veto|tariffs|invasion|attacks?|arrest"
           r"|prosecution|expulsion|impeachment|reprisals?|escalation|offensive|boycott|walkout)\b")
_VERB_TO = (rf"(?:be\s+{_NOT_STATE}(?:\w+ed|held|sent|made|given|taken|shown|built|run|put|set|met|sworn|chosen)"
            r"|take|meet|hold|begin|start|resume|visit|travel|sign|attend|continue|return|open|vote|announce"
            r"|deliver|give|make|host|discuss|decide|go|arrive|fly|lead|head|join|receive|address|speak|testify"
            r"|rule|consider|review|launch|present|unveil|submit|publish|release|face|appear|stand|end|expire)")
# Checked after the word (a look-behind at every position would slow the scan): "the will of the people", "their
# own will" (a whole word: "the town will vote" is a modal).
_NOUN_WILL = "".join(f"(?<!\\b{word} will)" for word in ("the", "political", "good", "free", "own", "popular"))
# "was not being forthcoming": candour, not an upcoming event.
_NOT_CANDID = "".join(f"(?<!{word} forthcoming)" for word in ("is", "be", "not", "was", "are", "been", "were", "being"))
_NOT_NOUN = r"(?!(?:the|an?|our|their|his|her|its|this|that|any|my|your)\b)"
# "told them where to stand", "asked what to expect": a question passed on, not an order.
_NOT_WH = r"(?!(?:how|what|where|when|whether|which|why)\b)"
# Status patterns, most telling first: a sentence takes the status of the first that matches.
STATUS_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("postponed", (
        r"\b(?:postpon\w*|rescheduled|adjourned|shelved)\b",  # "A planned declaration was shelved"
        r"\bdelayed\s+(?:until|till)\b",  # "the vote, delayed until June"
        r"\b(?:was|were|been|be|is|are|being|has|have|had)\s+(?:\w+\s+)?(?:delayed|put\s+off|pushed\s+back)\b",
        rf"\b(?:delayed|put\s+off|pushed\s+back)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:\w+\s+)?{_EVENT_NOUN}",
        rf"\b(?:moved|brought\s+forward|pushed\s+back)\s+to\s+(?:{_DATE_LOW}|next\s+(?:week|month))",
        r"\b(?:suspended|halted|paused|frozen)\s+until\s+(?!(?:now|recently|then|last)\b)",  # "suspended until Tuesday"
    )),
    ("ruled out", (
        r"\bno\s+(?:immediate\s+)?(?:plans?|intention|desire)\s+to\b", r"\bruled?\s+out\b", r"\bruling\s+out\b",
        r"\bcalled\s+off\b", r"\bcancell?ed\b", r"\bwon[’']t\b", r"\bwill\s+not\b",
        r"\bnot\s+(?:going|expected)\s+to\b",
        r"\b(?:does|do|did)\s+not\s+(?:plan|intend|expect)\s+to\b",
        r"\bcannot\s+afford\s+to\b",
        r"\b(?:refus(?:es|ing)|ha(?:s|ve)\s+refused)\s+to\s+(?!(?:comment|say|discuss|answer|elaborate|confirm"
        r"|disclose|speak|respond|reveal|give|provide|identify|name|be\s+drawn|believe|admit|acknowledge|concede"
        r"|recogni[sz]e|accept\s+that|see|think)\b)",
        rf"\b{SAY}\b{_WITHIN}{{0,80}}?\b(?:would\s+(?:not|never)|wouldn[’']t)\b",
    )),
    ("threatened", (
        r"\bthreaten(?<!declined to threaten)(?<!refused to threaten)(?<!-threaten)(?:ed|s|ing)?\b",
        rf"\bthreats?\s+of\s+(?:[“\"]|(?:\w+\s+){{0,2}}?{THREAT_NOUN})",
        rf"\bwarn(?:ed|s|ing)?\b{_LABEL}{_WITHIN}{{0,80}}?\b(?:would|will|could|if)\b",
        r"\bwarn(?:ed|s|ing)?\s+of\b",
        r"\bthreats?\s+to\s+(?!(?:the|a|an|our|their|his|her|its|national|public|democracy|peace|security)\b)\w+",
        r"\brisks?\s+(?:\w+ing|a\s+lot|being)\b", r"\bat\s+risk\s+of\b",
        # "We will impose sanctions", "you will be held accountable": a modal with a penalty is a threat
        rf"\b(?:will|shall|would|(?:i|you|he|she|we|they)[’']ll)\s+(?:(?:also|now|then|soon|immediately)\s+)?"
        rf"(?:impose|slap|levy|launch|order|take|use|carry\s+out|step\s+up)\s+(?:[\w-]+\s+){{0,2}}?{THREAT_NOUN}",
        r"\b(?:will|would|(?:you|he|she|they)[’']ll)\s+be\s+held\s+(?:accountable|responsible)\b",
        r"\b(?:will|would|(?:you|he|she|they)[’']ll)\s+pay\s+(?:a|the)\s+(?:\w+\s+)?price\b",  # "pay a high price"
    )),
    ("demanded", (
        r"\b(?:urg(?:ed|es|ing)|(?<!the\s)(?<!an\s)urge|demanded|demanding"
        r"|(?<!the\s)(?<!its\s)(?<!their\s)(?<!nonstop\s)demands?\s+(?:that|an?))\b",
        r"\bappeal(?:ed|s|ing)?\s+(?:for|to\s+(?:\S+\s+){1,4}?to)\b",
        # "ordered residents of low-lying districts to evacuate"
        r"\b(?:(?:were|was|been|being|are|is)\s+(?:told|ordered|instructed)|ordered\s+(?:[\w-]+\s+){1,6}?)\s*to\b",
        r"\bcall(?:ed|s|ing)?\s+(?:on\s+(?:\S+\s+){1,4}?to|(?:(?:on|last|this|late|early)\s+\w+\s+)?for)\b",
        r"\bthe\s+call\s+for\b",
        r"\b(?:press|push)(?:ed|es|ing)\s+(?:for|\w+\s+to)\b", r"\blobby(?:ing)?\s+for\b",
        r"\b(?:issued|gave|delivered|set|sent)\s+(?:\w+\s+){0,3}?(?:an?\s+)?ultimatum\b",
        r"\b(?:gave|give|gives|giving)\s+(?:[\w-]+\s+){1,4}?(?:hours|days|weeks|months)\s+to\b",
        r"\binsist(?:ed|s|ing)?\s+(?:that|on)\b",
        rf"\bask(?:ed|s|ing)\s+(?:{_NOT_WH}\w+\s+){{1,3}}?to\b",
        r"\b(?:encourag(?:e|ed|es|ing)|tell|tells|telling|told|warn(?:ed|s|ing)?)\s+(?!(?:him|her|them|us|me|you)\s+to\s+be\b)"
        rf"(?:{_NOT_WH}[\w’'.-]+\s+){{1,4}}?to\s+(?!(?:the|a|an|his|her|their|its|our|my|your)\b)",
        r"\b(?:should|must|ought\s+to)\b", r"\bneeds?\s+to\b", r"\b(?:is|are)\s+(?:\w+\s+)?needed\b",
        r"\b(?:has|have|[’']ve)\s+got\s+to\b", r"\b(?:it\s+is|it[’']s|now\s+is\s+the)\s+time\s+(?:to|for)\b",
        r"\b(?<!never\s)(?<!not\s)ask(?:ed|s|ing)\s+for\s+(?!(?:comment|clarification|details|information|help|or)\b)",
        r"\bseek(?:s|ing)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:sentence|term|penalty|ban|injunction|extradition"
        r"|retrial|recount)\b", rf"\b(?:crucial|essential|vital)\s+(?:if|to\s+{_NOT_NOUN})",
    )),
    ("scheduled", (
        r"\b(?:is|are|was|were)\s+due\s+(?:to|on|in|next|out|back|for)\b",
        rf"\bdue\s+(?:to\s+{_VERB_TO}|on|next|later)\b",
        r"\bscheduled\b", r"\bslated\b", r"\bset\s+(?:to|for)\b", r"\bpencil+ed\s+in\b",
        r"\b(?:is|are|was|were|been|be)\s+(?:\w+\s+)?planned\s+for\b",  # "The first exchange is planned for next week"
        r"\bset\s+(?:an?|the|\w+)\s+(?:[\w.,]+\s+){0,3}?(?:date|deadline|timetable)\b",  # "set an Oct. 23 trial date"
        rf"\b(?:is|are|was|were)\s+to\s+{_VERB_TO}\b", r"\bto\s+be\s+held\b", r"\bto\s+take\s+place\b",
        r"\bupcoming\b", r"\bforthcoming\b" + _NOT_CANDID, r"\bnext\s+round\b",
        r"\b(?:ahead\s+of|heading\s+into)\s+(?:\S+\s+){0,3}?(?:talks|summit|meeting|vote|election|visit|negotiations"
        r"|deadline|trip|offensive|elections|polls|hearing|trial|exchange|debates?|conference|inauguration|funeral)\b",
        rf"\b{_PRESENT_EVENT}\s+(?:[\w-]+\s+){{0,6}}?(?:{_DATE_LOW}|next\s+(?:week|month)|tomorrow"
        rf"|later\s+this\s+(?:week|month)|in\s+{MONTH})\b",
        rf"\b(?:is|are)\s+on\s+{_DATE_LOW}",  # "Polling day is on June 6"
        rf"\b(?:declared|called|set|fixed)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){{0,4}}?for\s+"
        rf"(?:{_DATE_LOW}|next\s+(?:week|month|{DAY})|tomorrow|{MONTH}\b)",  # "has called a strike for next Tuesday",
        # "has called a snap election for October"
        rf"\b(?:starting|beginning|effective)\s+(?:from\s+)?(?:{_DATE_LOW}|next\s+(?:week|month)|tomorrow)",
    )),
    ("proposed", (
        r"\bpropos(?:ed|es|ing|al)\s+(?:to|that)\b", r"\bproposals?\s+for\b",
        r"\bha(?:s|ve)\s+proposed\b(?!\s+nothing)",
        r"\bpropos(?:es|ing)\s+(?:a|an|the)\b",
        # "offered to host"; not "raised the offer to 7 percent"
        r"\b(?<!the\s)(?<!an\s)(?<!its\s)(?<!their\s)offer(?:ed|s|ing)?\s+to\b",
        r"\binvit(?:ed|es|ing)\s+(?:\w+\s+){1,8}?(?:to|for\s+(?:talks|a\s+meeting|a\s+visit))\b",
        r"\bproposals?,?\s+(?:to|that|would|includ\w+)\b",
        r"\b(?:embrac|float|back|endors|rais)(?:ed|es|ing|e)?\s+the\s+idea\s+of\b",  # "floated the idea of a force"
        r"\b(?:is|are)\s+(?:ready|willing)\s+to\b",
        r"\b(?:was|were)\s+(?:ready|willing)\s+to\b",  # only when reported: "said he was ready to meet"
    )),
    ("planned", (
        r"\bplan(?:s|ned|ning)?\s+to\b", r"\bintention\s+to\b",
        rf"\b(?<!the\s)plan(?:s|ned|ning)?\s+(?:a|an|new|fresh|further|more)\s+(?:[\w-]+\s+)?{_EVENT_NOUN}",
        # "is intended to", "injections intended to calm her": a purpose, not a plan
        r"\b(?<!is\s)(?<!was\s)(?<!are\s)(?<!were\s)intend(?:s|ing)?\s+to\b",
        r"\b(?:has|have|he|she|they|we|i|it)\s+(?:(?!had\b)\w+\s+)?intended\s+to\b",  # not "had intended"
        r"\b(?:is|are|was|were)\s+(?:planning|sending|heading|travelling|traveling)\b",
        r"\baim(?:s|ing)?\s+to\b", r"\b(?:under\s*way|in\s+train)\s+(?:for|to)\b", r"\bseek(?:s|ing)?\s+to\b",
        r"\b(?:the|a|its|their)\s+planned\b",
        r"\bprepar(?:es|ing)\s+(?:to|for)\b", r"\b(?:decided|agreed|vowed|pledged|promised)\s+to\b",
        # "pledged a swift inquiry", "promised elections within two years"
        rf"\b(?:vow|pledg|promis)(?:ed|es|ing|e)?\s+(?:(?:a|an|new|fresh|swift|free|early|snap|full)\s+){{0,2}}{_EVENT_NOUN}",
        rf"\bwill\b{_NOUN_WILL}(?!\s+of\b)", r"\bshall\b",
        r"\b(?:going|about)\s+to\b(?!\s+(?:the|great|any|extraordinary|considerable)\b)",  # not "to great lengths"
        r"(?:i|you|he|she|we|they|it|that|there|who)[’']ll\b",
        r"\bwants?\s+to\b", r"\b(?:determined|prepared)\s+to\b",
        r"(?<!is\s)(?<!are\s)(?<!was\s)(?<!were\s)\bready\s+to\b",
        # an effort under way: "is working with the authorities to secure the release", "are racing to reach them"
        r"\b(?:is|are|was|were|been)\s+(?:\w+ly\s+)?(?:attempting|looking|working|moving|seeking|striving"
        r"|racing|scrambling)\s+(?:\w+ly\s+|hard\s+)?(?:(?:with|alongside)\s+(?:[\w’'.-]+\s+){1,5}?)?to\b",
        r"\b(?:is|are)\s+(?:promising|vowing|pledging)\b", r"\bha(?:s|ve)\s+(?!no\b)(?:[“\"‘]?[\w-]+\s+){0,2}?plans\b",
    )),
    ("expected", (
        r"\bexpect(?:ed|s|ing)?\s+(?:(?!to\b)\w+\s+){0,4}?[“\"‘]?to\b",  # 'expects the campaign “to continue”'
        r"\blikely\s+to\b", r"\bpoised\s+to\b",
        # "is unlikely to agree", "little chance of a deal": a forecast that it will not happen, nobody rules it out
        r"\bunlikely\s+to\b", r"\b(?:is|are|seems?|looks?)\s+(?:\w+\s+)?unlikely\b", r"\b(?:no|little)\s+chance\b",
        r"\b(?:is|are|was|were)\s+(?:preparing|gearing\s+up)\b",  # "forces are preparing an offensive"
        # "warned that Russia is massing troops near the border": forces gathered for what is to come (what they
        # gather "ahead of" is a timetable's: see the scheduled cues)
        r"\b(?:is|are)\s+(?:massing|amassing|building\s+up|mobili[sz]ing)\s+(?:\w+\s+)?(?:troops|forces|soldiers|tanks)\b"
        r"(?![^.;]{0,60}\bahead\s+of\b)",
        rf"\bexpect(?:s|ing)?\s+(?:(?:a|an|the|\w+)\s+){{0,2}}?{_EVENT_NOUN}",  # "economists expect three cuts"
        r"\bprospect\s+of\b", r"\b(?:is|are)\s+(?:still\s+)?awaiting\b",
        r"\bfaces?\s+(?:an?\s+)?(?:trial|retrial|charges|prosecution|extradition|deportation|impeachment|up\s+to"
        r"|(?:possible\s+)?(?:life|years)\s+in\s+prison|the\s+death\s+penalty|(?:confidence\s+)?vote|hearing|run-off)\b",
        rf"\b(?:an|the)\s+expected\s+{_EVENT_NOUN}", r"\b(?:is|are)\s+forecast\s+(?:to|for)\b",
        r"\b(?:is|are)\s+(?:widely\s+)?expected\b",
        r"\bhop(?:e|es|ed|ing)\s+to\b", rf"\b{SAY}\b{_LABEL}{_WITHIN}{{0,80}}?\bwould\b",
        r"\bwould\b", r"\b(?:i|you|he|she|we|they|it)[’']d(?=\s+(?!(?:been|had|\w+ed)\b))",
        # "raised its growth forecast", "forecasts for next year": a forecast made now, not "twice the forecast"
        r"\b(?:rais|lower|cut|lift|trimm|revis|increas|upgrad|downgrad|slash|edg)(?:ed|es|s|ing)?\s+(?:up\s+|down\s+)?"
        r"(?:[\w’'.-]+\s+){0,3}?(?:forecasts?|projections?|outlook)\b",
        r"\b(?:forecasts?|projections?)\s+(?:for|of|that)\b", r"\b(?:seems?|appears?|is|are)\s+confident\b",
        # "The weather agency forecast more heavy rain", "predicted that the storm would": a forecast made now
        r"\b(?<!the\s)(?<!a\s)(?<!its\s)(?<!their\s)(?<!weather\s)forecast(?:s|ed)?\s+(?:that|more|further|heavy|strong"
        r"|rain|snow|storms?|winds?|growth|a|an)\b", r"\bpredict(?:s|ed|ing)?\s+that\b",
        r"\bfaces?\s+(?:off\b|(?:an?\s+)?(?:\w+\s+)?test\b)",
        r"\b(?:next|this\s+coming)\s+(?:week|weekend|month|year)\b", r"\bin\s+the\s+coming\s+\w+",
        r"\bin\s+the\s+next\s+(?:few\s+|\w+\s+)?(?:hours|days|weeks|months)\b",
        r"\b(?:tomorrow|later\s+this\s+(?:week|month|year))\b",
    )),
    ("possible", (
        r"\b(?:may|might)\b", r"\bcould\b(?!\s+not\b|n[’']t)",  # "could not": mostly an ability that failed
        r"\b(?:is|are|was|were)\s+(?:considering|weighing|mulling|exploring)\b",
        r"\b(?:weigh(?:s|ing)|mull(?:s|ing)|contemplat(?:es|ing))\b",
    )),
)
STATUSES = tuple(status for status, _ in STATUS_CUES)
# The postponement cues alone: one after another cue of the clause still decides its status.
POSTPONED_RANK = STATUSES.index("postponed")
POSTPONED = re.compile(r"(?<!\w)(?=[a-z])(?:" + "|".join(cue.removeprefix(chr(92) + "b")
                                                      for cue in STATUS_CUES[POSTPONED_RANK][1]) + ")")
# One pass over the lowered clause: each status is a named group, the most telling match wins.
# Every cue starts a word: the look-around lets the scan skip the inside of words, several times faster.
# A cue's own leading \b is dropped there: the shared look-around already stands at a word start, and an
# alternative that opens with a plain letter is skipped by the engine at a glance (the scan is ~1.7x faster).
STATUS = re.compile(r"(?<!\w)(?=[a-z])(?:" + "|".join(
    f"(?P<s{rank}>{'|'.join(cue.removeprefix(chr(92) + 'b') for cue in cues)})"
    for rank, (_, cues) in enumerate(STATUS_CUES)) + ")")
# Lowercase only: "Will Smith", "in May" are not the modal verbs.
CASE_MATTERS = re.compile(r"will|may|might|could")
WHEN = re.compile(  # every phrase starts a word: the look-around lets the scan skip the inside of words
    rf"""(?x)(?<!\w)(?=[A-Za-z])(?:
    \b(?:(?:on|by|until|till|before|from|after|next|this|later\s+on|early\s+on|late\s+on)\s+)?{TITLED_DAY}
        (?:\s+(?:morning|afternoon|evening|night))?
    | \b(?:next|this|later\s+this|early\s+next|late\s+next|the\s+following|this\s+coming)\s+
        (?:week|weekend|month|year|{SEASON})\b
    | \b(?:in|over|during)\s+the\s+(?:coming|next|following)\s+(?:few\s+|two\s+|three\s+|several\s+)?
        (?:hours|days|weeks|months|years)\b
    | \bwithin\s+(?:the\s+next\s+)?(?:[\w-]+\s+)?(?:hours|days|weeks|months|years|a\s+week|a\s+month)\b
    | \b(?:until|till|by|before)\s+(?:the\s+)?(?:afternoon|morning|evening|end\s+of\s+(?:the\s+)?\w+(?:\s+\w+)?)\b
    | \bin\s+(?:a|one|two|three|four|five|six|a\s+few|several|\d+)\s+(?:hours|days|weeks|months|years|week|month)\b
    | \b(?:tomorrow|tonight|later\s+today|soon|shortly)\b
    | \bat\s+(?:first\s+light|dawn|daybreak|midday|noon|midnight)\b(?!\s+on\s)  # "at midnight on 20 January": the date
    | \b(?:on|by|until|in|from|before|for)\s+(?:\d{{1,2}}\s+)?{TITLED_MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?\b
    | \b(?:(?:on|by|until|from|before)\s+)?(?:{TITLED_MONTH}|{TITLED_MONTH_ABBREVIATION}\.?)
        \s+\d{{1,2}}\b(?!,?\s+\d{{4}})
    | \b(?:until\s+further\s+notice|through\s+the\s+(?:night|weekend)
        |in\s+the\s+{SEASON})\b)"""
)
# "its third election in four years", "the lowest level in 40 years": a span that measures a record, no date.
RECORD_BEFORE = re.compile(
    r"(?i)\b(?:first|second|third|fourth|fifth|only|most|least|fewest|times?|highest|lowest|biggest|largest|worst"
    r"|best|deadliest|strongest|weakest|longest|shortest|hottest|coldest|warmest|wettest|driest)\b"
    r"(?:\s+[\w’'-]+){0,4}\s+$")
IN_SPAN = re.compile(r"(?i)in\s+(?!the\b)")


# Where a sentence holds two steps: at ";", ", while", ", although" (a concession that says more), "and that" (a
# second thing said), ", warning that" (a participle of saying), and at ", and" / ", but"
# before a subject of its own ("Aid flights are due on Monday, and the prime minister will tour the area");
# not before a pronoun, a verb or a wh-word, which go on with the same party ("promised to stay, and said she
# would", "agreed ..., but he said the talks should wait", "must say how valuable it is, and how ...").
_GOES_ON = (r"he|she|it|they|we|i|you|who|which|that|this|what|how|why|when|where|whether|if|then|so|also|not|to"
            r"|said|says|added|adds|told|warned|urged|called|asked|vowed|promised|would|will|could|should|may|might"
            r"|must|is|are|was|were|has|have|had|did|does")
CLAUSE_BREAK = re.compile(rf";\s+|,\s+(?:while|whereas|although|though|even\s+as)\s+|\s+and\s+(?=that\b)"
                          r"|,\s+(?=(?:warning|saying|adding|urging|vowing|promising|threatening|insisting)\s+that\b)"
                          rf"|,\s+(?:and|but)\s+(?!(?:{_GOES_ON})\b)")
# Where "and" may join a second step to the first, matched as written: before a verb ("and vote on Friday", "and
# called a meeting"), not before a name, a determiner, a preposition, a pronoun or an adverb ("France and Germany",
# "on Monday and in Paris", "and possibly not until June").
AND_VERB = re.compile(r"\s+and\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|in|on|at|of|to"
                      r"|for|with|by|from|as|after|before|until|other|more|he|she|it|they|we|i|you|who|which|not|perhaps"
                      r"|maybe|\w+ly)\b)(?=[a-z])")
# A cue that opens a relative clause, or one before it ("the term that begins next Monday and ends in June", "is
# unlikely before the term that begins ... and ends ..."): the "and" goes on describing a thing, no second step.
RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who|whose)\s+$")
RELATIVE = re.compile(r"\b(?:that|which|who|whose)\b")
