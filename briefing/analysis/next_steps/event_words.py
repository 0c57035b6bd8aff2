"""The words that tell an event from a judgement after a modal or a 'to': data only, read by `event_verbs.py`.

'will [meet]', 'will [be held]' name events; 'will [find] it hard', 'is to be [expected]' do not.
"""

from __future__ import annotations

import re

# Verbs of things that take place, that someone does on a day: meetings, votes, trips, rulings, attacks.
EVENT_VERBS = frozenset("""
    meet vote travel visit hold host launch resume sign deploy send rule release announce attend return begin start
    open close decide testify appear face debate consider review challenge appeal block veto override withdraw
    pull declare introduce unveil present publish submit seek step resign run campaign speak address deliver give
    go fly arrive leave head lead join participate investigate probe hear try charge indict extend expand impose
    lift respond retaliate strike attack invade move push file sue pass approve reject ratify adopt implement
    enforce issue convene gather elect choose name nominate appoint replace fire build establish create set form
    discuss negotiate talk continue end expire stop halt suspend cancel postpone delay provide supply fund receive
    welcome perform premiere air broadcast kick take include sit propose press demand ask call urge offer accept
    agree refuse boycott protest march rally walk quit retire stand contest observe monitor inspect evacuate
    rebuild reopen restore ship ban sanction freeze seize arrest detain prosecute sentence execute free
    exchange swap hand transfer tour brief inform study examine assess settle resolve complete finish conclude
    follow enter reconvene adjourn dissolve schedule organise organize stage mount shoot bomb shell target retake
    capture defend escalate intensify reach unite merge hike table outline pardon acquit convict order summon
    recall expel sack dismiss impeach inaugurate swear certify count recount tally rerun reschedule
    oversee chair mediate broker draft draw hire lay invest spend donate pledge commit allocate deport rise climb answer
    serve recognise recognize comply cooperate surrender disarm
    endorse back weaken deepen prolong dispatch ballot cut airlift mobilise mobilize patrol extradite arraign picket
""".split())
# Verbs of judgement and outcome: what a writer thinks the future holds, not what someone will do.
JUDGEMENT_VERBS = frozenset("""
    find have hurt help benefit matter mean cost damage undermine affect improve worsen lose win struggle suffer
    bring become seem look feel know understand believe think want like love need get work succeed fail alter
    change make prove remain stay tell say do doubt wonder guess happen see solve spur boost ease fuel
    transform shape define depend reflect signal mark show save placate
""".split())
# Participles of "be" that make a passive event: "will be held", "would be headed by".
BE_EVENTS = frozenset("""held led sent made given taken shown built run put set met paid brought done kept sworn
    chosen sold seen heard tried won drawn laid""".split())
ENABLING = frozenset({"allow", "enable", "let", "permit", "have", "need"})  # "would have to [cut] staff"
# "the plan to his party": no verb follows at all.
DETERMINERS = frozenset("the a an his her their its our my your this that these those".split())
# "could lead to intense lobbying", "would result in": a consequence someone foresees, no event of its own.
CONSEQUENCES = frozenset({("lead", "to"), ("result", "in"), *(("take", w) for w in
                          ("years", "months", "weeks", "days", "hours", "time", "decades", "longer", "at", "about",
                           "several"))})  # "repairs would take at least a week"
# "the truce will hold", "will hold firm": to last, not to hold a meeting.
HELD = frozenset({"", "up", "firm", "on", "out", "true", "steady"})
# What one agrees to, commits to or heads to that takes place: "agreed to a seven-day ceasefire".
EVENT_NOUNS = frozenset("""ceasefire truce deal talks meeting summit vote referendum election elections visit trip
    hearing trial inquiry investigation review exchange swap withdrawal pause halt strike walkout protest rally
    negotiations debate session conference statement announcement decision speech appearance""".split())
# What an event itself does when it happens: "The exchange will [take] place", "the talks will [resume]" (planned),
# not "The vote will [deepen] the split" (a forecast of what the event does).
HAPPENING_VERBS = frozenset("""take be begin start open resume continue end go proceed last run close convene conclude
    include focus cover involve feature follow come get""".split())
# Idioms of an act, whose verb alone is a judgement: "will get rid of", "will make a statement", "will bring in tents".
# "will remain suspended until further notice", "will stay grounded": a measure kept in force is an act.
KEPT_STATES = ("closed", "shut", "open", "in", "suspended", "halted", "grounded", "under")
ACTIONS = frozenset({("get", "rid"), ("make", "landfall"), ("take", "place"), ("bring", "in"), ("bring", "forward"),
                     *((verb, state) for verb in ("remain", "stay") for state in KEPT_STATES)})
# Verbs that say little alone but name an event with the noun after them: "will have talks".
LIGHT_VERBS = frozenset({"have", "get", "make"})
# Participles of a state of mind or a judgement: "is to be expected", "will not be tolerated".
STATE_PARTICIPLES = frozenset("""expected surprised pleased concerned interested worried tolerated satisfied
    disappointed excited damaged harmed weakened strengthened tempted inclined affected hurt""".split())
SKIPPED_WORDS = re.compile(r"\w+ly|also|not|never|soon|then|now|still|again|only|first|both|all|each|either|even|ever"
                      r"|n[’']t|t|personally|jointly")
VERB_WORD = re.compile(r"[a-z’']+(?:-[a-z]+)*")
