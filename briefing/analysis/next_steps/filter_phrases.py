"""The wording the background rules read: look-backs, doubts, habits, asides, conditions and reports.

Data only: each pattern beside the phrase it is for ('had urged', 'unclear whether', 'opens every Sunday');
`filters.py` holds the rules that use them. The patterns run on lowered text.
"""

from __future__ import annotations

import re

from briefing.analysis.next_steps.cues import SAY

# Cues that only date something ("upcoming", "next week") or name it as planned ("a planned declaration"): the
# event, and a stronger cue ("was shelved"), must come from the rest of the clause.
TIME_ONLY = re.compile(r"upcoming|forthcoming|ahead|next|this|in\s+the\s+coming|tomorrow|later"
                       r"|(?:the|a|its|their)\s+planned")
# "had pressed for them to meet", "the IMF had warned": said or planned before the story, background now.
PAST_PERFECT = re.compile(r"\bhad\s+(?:\w+\s+)?$")
PAST_PERFECT_STATUSES = frozenset({"demanded", "proposed", "threatened", "expected"})
# "He had planned to retire in 2020": a plan of the past; "had agreed to meet" still binds.
PAST_PLAN = ("plan", "intend")
# "Trump did not unveil plans to pay for it", "I didn't expect him to": nothing to come.
NOT_DONE = re.compile(r"\b(?:(?:did|have|has)\s+not|(?:didn|haven|hasn)[’']t|never)\s+(?:\w+\s+){0,2}$")
# "was called off ... in 2023": a cancellation told in the past tense, and a year that dates it.
PAST_PARTICIPLE = re.compile(r"(?:ed|off|shelved|pushed\s+back)$"
                             r"|^(?:delayed|put\s+off|pushed\s+back)\s")  # "pushed back a planned referendum"
PAST_YEAR = re.compile(r"\bin\s+(?:1[89]|20)\d\d\b")
# "areas that would otherwise not have access": a counterfactual state.
OTHERWISE = re.compile(r"\s+otherwise\b")
# "“I would,” she said", "and neither, I suspect, will you.": a modal with no verb after it answers or echoes.
ELLIPTICAL = re.compile(r"(?:\s+(?:i|you|we|they|he|she|it))?\s*(?:[,.;:!?”\"’)]|$)")
NO_CLAIM = re.compile(r"\s+(?:not\s+)?necessarily\b")  # "will not necessarily translate into success"
NOT_A_PROSPECT = re.compile(r"\b(?:something|anything|nothing|everything|what|whatever|how|whether|when|unclear"
                            r"|uncertain)\s+(?:\w+\s+){0,4}$|\bas\s+$|\bbefore\s+(?:\w+\s+){1,3}$"
                            r"|\b(?:the|its|their|his|her|our|military|economic|naval|full|all|of|with)\s+$")
# "insisted that the ceasefire was holding": what follows "that" is stated as fact, not asked for.
CLAIM = re.compile(r"\s+(?:(?!(?:should|must|will|would|be)\b)[\w’'-]+\s+){1,6}?"
                   r"(?:is|are|was|were|has|have|had|does|do|did)\b")
# "opens every Sunday", "will always reward": a habit of the world (bounded: the words right after the cue).
ALWAYS = re.compile(r"\s+(?:always|usually|typically|generally|normally|traditionally|often|sometimes|regularly"
                    r"|routinely|constantly|frequently|repeatedly|occasionally|invariably)\b")
# "Five years ago I wrote that the tram would be a white elephant": a future seen from the past.
PAST_ANCHOR = re.compile(r"\bago\b|\bback\s+(?:when|then)\b|\bat\s+the\s+time\b|\bin\s+those\s+days\b")
# "so fast that they could only climb onto the roofs": what was left to do then, not a prospect ("could only go
# ahead if parliament approves it" is one).
COULD_ONLY = re.compile(r"\s+(?:only|barely|hardly)\b(?![^.;:]*\b(?:if|unless|once|with)\b)")
# "The ferry was due to dock on Saturday when it caught fire": a plan that what happened cut short.
INTERRUPTED = re.compile(r"\bwhen\s+(?:[\w-]+\s+){0,3}?(?:[a-z]+ed|caught|struck|hit|sank|began|broke|came|went|fell"
                         r"|ran|blew|shot|took|was|were)\b")
PAST_SCHEDULE = ("was due", "were due", "was to", "were to", "was scheduled", "were scheduled", "was set to",
                 "were set to")
# "said they could see smoke", "he would later die in hospital": an ability or a telling then, not a prospect.
ABILITY = re.compile(r"\s+(?:only\s+|barely\s+|still\s+)?(?:see|hear|feel|smell|sense|remember|recall|understand)\b"
                     r"|\s+(?:later|eventually|soon\s+after|go\s+on\s+to)\b")  # "He would later die in hospital"
# "would never forget the night", "will always remember", "won't forgive them": a vow about memory or feeling.
VOWING_MODAL = re.compile(r"(?:will|would|shall|won[’']t|wouldn[’']t|[’']ll|[’']d|not|never)$")
FEELING = re.compile(r"\s+(?:(?:never|not|always|ever|forever|still|also)\s+){0,2}"
                     r"(?:forget|forgive|remember|regret|cherish|stop\s+(?:loving|grieving|missing))\b")
EVERY = re.compile(r"\b(?:every|each)\s+(?:day|night|week|weekend|month|year|spring|summer|autumn|fall|winter"
                   r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|time)\b")
# "Every few months a new study promises that ...": a sentence that opens on a recurrence tells a habit.
EVERY_OPENING = re.compile(r"[“\"‘']?(?:every|each)\s+(?:few|couple\s+of|other|two|three|\d+)\s+"
                           r"(?:days|weeks|months|years|decades)\b")
# "she then urges him to": one more thing in a telling of what happened.
NARRATION = re.compile(r"\bthen\s+(?:\w+\s+)?$")
NOT_AFTER = re.compile(r"\s+not\b")  # "may not", "might not"
# "the money it needs to", "the things that they are asking ... to", "the reasons that donors should": the cue sits
# in a relative clause about a thing; not "in the end we need to", "this week they will" (a time, then a subject).
RELATIVE = re.compile(
    r"\b(?:the|a|an|any|some|all|those|these)\s+(?:"
    r"(?!(?:day|week|month|year|time|moment|end|morning|night|weekend|point|meantime|past)\b)[a-z-]+\s+"
    r"(?:it|they|he|she|we|you|i)"
    r"|(?:things?|reasons?|ways?|kind|sort|money|help|ones?|resources)\s+(?:that|which)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)"
    r"(?:\s+(?:are|is|were|was)|[’'](?:re|s))?\s+$")
# "the U.S. Court of Appeals for the District": a capitalised name word just before a capitalised cue.
NAME_WORD_BEFORE = re.compile(r"[A-Z][\w.’'-]*\s+(?:(?:of|for|and|the|on)\s+)?$")
PROSE_WORD = re.compile(r"(?<![\w’'-])[a-z]{3,}\b")  # a sentence of prose holds several; a Title Case line few
# "The endorsements may highlight ...", "could illustrate how far ...": a reading of what is, after a maybe.
READING = re.compile(r"\s+(?:(?:also|well|simply|just|partly|only|in\s+part)\s+)?(?:highlight|illustrate|reflect"
                     r"|indicate|suggest|explain|signal|show|demonstrate|underscore|mirror|point\s+to|account\s+for"
                     r"|speak\s+to|be\s+a\s+sign)\b")
# "I'll tell you, ...", "So I will say it plainly", "I'd say", "I would call it a message": the speaker's aside.
ASIDE_SPEAKERS = ("i’", "i'", "we’", "we'")
FIRST_PERSON_BEFORE = re.compile(r"(?<![\w’'])(?:i|we)\s+$")
ASIDE_WILL = re.compile(r"\s+(?:tell\s+you|say\s+(?:this|it|that)\b|admit|be\s+honest|put\s+it)")
ASIDE_WOULD = re.compile(r"\s+(?:say|argue|guess|imagine|think|call\s+(?:it|this|that)|put\s+it)\b")
# "The council will tell you that usage has fallen": what someone always says, whoever says it.
TELLS_YOU = re.compile(r"\s+tell\s+you\s+that\b")
# "likes to say that his tariffs will", "would have us believe that": a saying, not a step of the speaker's.
HABITUAL_SAYING = re.compile(r"\b(?:likes?|loves?|tends?)\s+to\s+(?:say|claim|argue|tell|boast|insist)\b"
                             r"|\bwould\s+have\s+(?:us|you|them|people)\s+believe\b")
# "I don't want to", "may not want to": unwillingness now.
NOT_NOW = re.compile(r"(?:\bnot|n[’']t|\bnever)\s+(?:\w+\s+)?$")
QUOTED_QUESTION = re.compile(r"[^“”\"?.!]*\?\s*[”\"’]")
# "If he could ...": the modal inside an if-clause (no comma since "if").
IF_CLAUSE = re.compile(r"\b(?:if|unless|whether)\s+(?:[\w’'.-]+\s+){1,5}$")
# "no third country has agreed to take them", "Neither side plans to": nothing is to come.
NEGATIONS = frozenset({"no", "neither", "none", "nobody"})
NEGATION = re.compile(r"\b(?:no|neither|none|nobody)\b")
INDEFINITES = frozenset({"someone", "somebody", "anyone", "anybody", "everyone", "everybody"})
INDEFINITE = re.compile(r"\b(?:some|any|every)(?:one|body)\b")
# A bare "could" is analysis ("resources could be better spent"); one someone reports, or with a date, is a
# prospect ("indicated that it might walk away ... if there was no progress").
REPORTED_OR_FEARED = re.compile(rf"\b{SAY}\b|\b(?:warn\w*|fear\w*|according\s+to)\b")
GENERAL = re.compile(r"\b(?:some|most|many|few|every|any|each|no|anyone|everyone|nobody|whoever)\b")
NOTHING_AFTER = re.compile(r"\W*$")
# "demanded", "is sending"; not "invited him for talks", nor "changes are needed" (a passive demand)
BARE_VERB = re.compile(r"^\S+(?:\s+\S+)?(?:ed|ing|s)$(?<!needed)")
# "It's unclear whether a vote will be scheduled": a question, not a plan.
DOUBT = re.compile(r"\b(?:whether|unclear|uncertain)\s+(?:\S+\s+){0,8}$")
# "Another 19 percent said they would not pick either candidate": what a poll's respondents would do.
POLL = re.compile(rf"(?:\bpercent|\bper\s+cent|%)\s+(?:of\s+\w+\s+)?{SAY}\b")
# "Perhaps the moderators will demand more details": the writer guessing.
SPECULATION = re.compile(r"\W*(?:perhaps|maybe)\b")
# "is likely to placate nervous Democrats": as weak as "will", so its verb needs to be an event or dated.
LIKELY = re.compile(r"likely\s+to$")
# "jailed for refusing to testify": the refusal is the reason for what happened, not what is to come.
REASON = re.compile(r"\b(?:for|after|by|of|despite)\s+$")
# "three ways to enforce a subpoena: by asking prosecutors to charge him": a means, not a demand.
BY_MEANS = re.compile(r"\w+ing\b")
# "the GOP's most important goal was to make him a one-term president": a purpose, not a timetable.
PURPOSE = re.compile(r"\b(?:goal|aim|objective|purpose|idea|point|task|job|priority|intention|mission|strategy|hope)"
                     r"\s+$")
# A cue whose verb follows it: "will [meet]", "is expected to [attend]", "warned that it would [respond]".
MODAL_END = re.compile(r"(?:will|would|could|may|might|shall|should|must|[’']ll|[’']d|won[’']t|wouldn[’']t|not"
                       r"|going\s+to)$")
TO_END = re.compile(r"\bto$")
# "and will be overseen by": a cue that opens with a modal goes on with the same subject and verb.
MODAL_START = re.compile(r"(?:will|would|could|may|might|shall|should|must|can|won[’']t|wouldn[’']t)\b")
OBLIGATION = re.compile(r"\b(?:needs?|got|ought)\s+to$")
WOULD = re.compile(r"(?:would|[’']d)$")  # "said it would", "he'd"
SPEAKING_FOR = frozenset({"it", "they", "we", "i"})  # "the union said it would": the party that speaks
FORETOLD = re.compile(r"will|shall|(?:going|about)\s+to|\w+[’']ll")
CONDITIONAL = re.compile(r"(?:would|could|might|wouldn[’']t)$")
# "if his candidate were to win, she would sign it", "if he had any intention, he would": a hypothetical;
# "a larger quake could strike at any time": a generic possibility, no event.
COUNTERFACTUAL = re.compile(r"\bif\b[^.;]{0,80}?\bhad\b|\bat\s+any\s+(?:time|moment)\b")
# "may have enabled him", "would have won": the modal looks back, at what did or did not happen.
PERFECT = re.compile(r"\s+(?:\w+\s+|as\s+well\s+)?(?:have|’ve|'ve)\s+(?:\w+ly\s+)?(?:been|\w+(?:ed|en|wn)|done|made|had"
                     r"|got|said|told|sent|spent|lost|kept|left|put|set|won|run|come|become|gone|seen|known|thought|brought"
                     r"|bought|caught|fought|paid|met|led|held|felt|built|cut|hit|let|hurt|sold|found|stood|begun"
                     r"|struck|dealt|meant|heard|faced|tried)\b"
                     r"|\s+(?:not\s+)?(?:have|’ve|'ve)\s*[.!?;,]")  # "They should not have."

# Sentences that announce nothing, whatever cue they hold.
SUPPOSE = re.compile(r"\W*(?:say|let[’']?s\s+say|let\s+us\s+say|suppose|imagine|what\s+if)\b", re.IGNORECASE)
QUESTION = re.compile(r"\?[’”\"'\s]*$")
# "So why would Trump even go down that road.": a question a transcript ends with a full stop.
ASKED = re.compile(r"\W*(?:(?:and|but|so|then)\s+)?(?:why|how|what|where|who)\s+(?:would|will|could|should|can|might"
                   r"|may|must)\b", re.IGNORECASE)
# "CLARIFICATION: The first sentence has been clarified ...", "This is a developing story and will be updated",
# "Related: Why the talks will fail": the editor speaking of the article or linking another, not of events.
EDITORS_NOTE = re.compile(r"\W*(?:clarification|correction|editor[’']s\s+note|update"
                          r"|(?:related|read\s+more|see\s+also)(?=\s*:)"
                          r"|this\s+(?:post|story|article|page|report|blog)\s+(?:has\s+been|will\s+be|is\s+being|may\s+be)"
                          r"\s+(?:updated|corrected|clarified)"
                          r"|this\s+is\s+an?\s+(?:developing|breaking|updating)\s+(?:news\s+)?story)\b", re.IGNORECASE)
STOPWORDS = frozenset("the a an of to in on and for with that is are was were has have had by at it its his her"
                      .split())
# A sentence opening with one of them: one scan for the three.
NOT_ANNOUNCED = re.compile("|".join(p.pattern for p in (ASKED, SUPPOSE, EDITORS_NOTE)), re.IGNORECASE)
CONTENT_WORD = re.compile(r"\w+")  # the words two steps compare to find a repeat
FINAL_STOP = re.compile(r"[.!?][”’\"')\]]*\s*$")  # a headline has none
# What a split or a quote leaves at a clause's edges: a closing mark or a comma before it, a comma or dash after.
LEADING_DEBRIS = re.compile(r"[\s,;:.”’—–-]*")
TRAILING_DEBRIS = re.compile(r"[\s,;:—–-]+$")
