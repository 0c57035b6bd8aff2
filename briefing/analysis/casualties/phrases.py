"""The casualty phrase tables, as data: what the sieves in `classify` read around each count.

Patterns are regular-expression fragments written for lowered text; word sets are lower case.
"""

from __future__ import annotations

# A cheap pre-check on the lowered sentence: only sentences holding one of these reach the sieves.
CASUALTY_CUE = (
    r"kill|dead|die[sd]?\b|dying|death|fatal|injur|wound|hurt|missing|unaccounted|captur|captiv"
    r"|prisoner|hostage|abduct|kidnap|detain|arrest|custody|jail|imprison|displac|fled|flee|homeless"
    r"|toll|lives\b|perish|slain|hospital|uproot|execut|massacr|murder|gunned|drown|bodies|rounded|forced|driven"
    r"|evacu|relocat|shelter|drove|lost|losing|detention|burn|crossed|sought|roof|beaten|dehydrat|hypotherm"
    r"|inhalation|holding|holds|held\s+(?:since|without|incommunicado|for)|questioning|refugee|asylum|shot|shooting"
    r"|seiz|condition|trapped|martyr|being\s+held|surrender|gave\s+(?:themselves|himself|herself)\s+up"
)

# "surrendered to police", "gave themselves up to government forces": taken in by whom they gave up to.
_GAVE_UP = r"(?:surrendered|gave\s+(?:themselves|himself|herself)\s+up)\s+to"
# Past participles, adjectives and nouns that say what happened to the people counted before them.
PASSIVE_KINDS = {
    "killed": r"killed|dead|died|die|perished|slain|lost\s+their\s+lives|deaths|fatalities|bodies|lives"
              r"|succumbed\s+to\s+(?:their|his|her)\s+(?:injuries|wounds)"
              r"|executed|massacred|murdered|gunned\s+down|drowned|martyred"
              r"|(?:burned|burnt|crushed|beaten|stabbed|shot|starved|frozen|trampled)\s+to\s+death"
              r"|(?:shot|stabbed|hacked|beaten)\s+dead"
              r"|fatally\s+(?:wounded|injured|shot|stabbed)"  # "A passer-by was fatally wounded"
              r"|(?:shot|wounded|injured|stabbed|hurt)(?=[^.;:]{0,60}?\band\s+(?:later\s+|subsequently\s+)?"
              r"(?:died|succumbed)\b)",  # "was shot by officers and later died"
    "injured": r"injured|wounded|hurt|burns|hospitali[sz]ed|injuries|taken\s+to\s+hospital"  # "16 of them with burns"
               r"|(?:badly|severely|seriously|critically)\s+burn(?:ed|t)"  # "four were badly burned"
               r"|shot(?!\s+(?:dead|down|and|to\s+death)\b)"  # "two officers shot by the gunman"
               r"|admitted\s+to\s+(?:\w+\s+)?hospitals?"  # "2,300 people have been admitted to hospitals"
               r"|suffered\s+(?:\w+\s+)?(?:injuries|wounds|burns)"
               r"|beaten|(?:needed|required|received)\s+hospital\s+treatment"  # "beaten and needed hospital treatment"
               r"|treated\s+(?:in\s+hospital\s+)?for\s+(?:\w+\s+)?(?:injuries|wounds|burns|dehydration|hypothermia"
               r"|smoke\s+inhalation)"  # "Twelve survivors were treated for dehydration"
               r"|sought\s+medical\s+(?:help|treatment|care)"  # "11 people had sought medical help"
               r"|in\s+(?:a\s+)?(?:critical|serious|grave|stable|life-threatening)\s+condition"  # "Dozens were in ..."
               r"|in\s+hospital(?!\s+(?:beds|staff|workers))",  # "Nearly 900 people remain in hospital"
    "missing": r"missing|unaccounted\s+for"
               # "Up to 300 people are feared trapped": their fate unknown ("several were trapped under the rubble",
               # found where they are, is no missing person)
               r"|(?<=feared\s)trapped|(?<=believed\s)trapped",

    "captured": r"captured|taken\s+(?:prisoner|captive|hostage)|held\s+(?:hostage|captive)|abducted|kidnapped"
                rf"|{_GAVE_UP}\s+(?:the\s+)?(?:[\w-]+\s+)?(?:forces|troops|army|soldiers|militia)"  # prisoners of war
                r"|hostages|in\s+(?:\w+\s+)?captivity"
                # "8 people were still being held" (by captors; 'held in custody' is detained)
                r"|(?<=being\s)held(?!\s+(?:in\s+(?:custody|detention|jail|prison)|without|incommunicado|for\s+questioning))",
    "detained": r"detained|arrested|jailed|imprisoned|in\s+custody|taken\s+into\s+custody|rounded\s+up|in\s+detention"
                r"|held(?=\s+(?:since|without\s+(?:charge|trial)|incommunicado|for\s+questioning))"
                r"|detentions|arrests"  # "The group counted 68 detentions"
                rf"|{_GAVE_UP}\s+(?:the\s+)?(?:[\w-]+\s+)?(?:police|authorities|officers|detectives)",
    "displaced": r"(?:internally\s+)?displaced|fled|flee"
                 r"|crossed\s+(?:the\s+border\s+)?into|sought\s+(?:shelter|refuge|safety)"  # "2 million crossed into"
                 r"|forced\s+(?:to\s+flee|from\s+their\s+homes)|made\s+homeless|homeless"
                 r"|uprooted|driven\s+from\s+their\s+homes|evacuated|relocated"
                 r"|without\s+(?:shelter|a\s+home|homes|a\s+roof)"
                 r"|moved\s+to\s+(?:[\w-]+\s+)?(?:shelters?|camps|safety|safer\s+ground)"
                 r"|moved\s+to\s+(?:evacuation|relief|emergency)\s+(?:centres|centers|sites)",
}

# What stands between "death toll" and its figure: "rose to", "passes", "has climbed above", "stood at".
TOLL_VERBS = ("to at of is was reached reaches hit hits passed passes exceeded exceeds topped tops surpassed "
              "surpasses rose rises risen climbed climbs jumped soared increased crossed crosses now").split()

# "the toll is likely to rise because rescuers have not reached several villages": the figure is elsewhere.
# "... has risen to 140, officials said, as temperatures reached 47C": "as" opens a clause, "as of" does not.
TALLY_CLAUSE_OPENERS = r"because|when|while|but|although|though|whereas|as(?!\s+(?:of|many|high|much)\b)"
# "put the number of dead at 214 and the wounded at 600": a second tally takes the figure after it.
OTHER_TALLY = r"the\s+(?:wounded|injured|dead|missing)"

# Verbs and phrases that take the count as their object, by kind.
ACTIVE_PHRASES = {
    "killed": r"fatally\s+(?:wounding|wounded|injuring|injured|shooting|shot|stabbing|stabbed)"  # before "wounded"
              r"|killing|killed|kills|kill|claimed\s+the\s+lives\s+of|deaths?\s+of|killings?\s+of"
              r"|executing|executed|murdering|murdered|massacring|massacred|bodies\s+of|shot\s+dead|gunned\s+down"
              r"|fatal\s+shooting\s+of|murder\s+of|assassination\s+of"  # "the fatal shooting of Keith Scott"
              r"|lost|losing",  # "had lost more than 300 men": only with people after the count (LOST_PEOPLE)
    "injured": r"wounding|wounded|injuring|injured|injures|wounds|injuries\s+to",  # "caused injuries to 30 people"
    "captured": r"capturing|captured|captures|abducting|abducted|kidnapping|kidnapped|took\s+hostage"
                r"|seized|seizing|seizes",  # "seized 30 passengers": only with people after the count (PEOPLE_ONLY)
    "detained": r"arresting|arrested|arrests|detaining|detained|detains|detention\s+of|arrests?\s+of"
                r"|jailing|jailed|imprisoning|imprisoned|rounding\s+up|rounded\s+up"
                r"|holding|held|holds",  # "holding 200 supporters without trial": see NEEDS_TAIL
    "displaced": r"displacing|displaced|displaces|displacement\s+of|forced\s+out|evacuating|evacuated|evacuation\s+of"
                 r"|forced|forcing|driven|drove|driving"  # "forced 8 million from their homes": see NEEDS_TAIL
                 r"|accepted|accepting|admitted|admitting|resettled|resettling|hosting|hosts|hosted"  # "... refugees"
                 r"|uprooting|uprooted|uproots"  # "the war has ... uprooted more than 11 million"
                 r"|swept",  # "swept millions of asylum seekers into Europe"
}
# A tally noun and what brings it to its figure: kind -> (what is counted, the tally's own names).
TALLIES = {
    "killed": (r"dead|deaths|fatalities|victims|(?:[a-z-]+\s+){1,2}?killed",  # "the number of soldiers killed"
               r"toll|deaths|fatalities|the\s+dead|total\s+(?:killed|dead)"),  # "bringing the total killed ... to"
    "injured": (r"(?:[a-z-]+\s+){0,2}?(?:injured|wounded)", r"the\s+(?:wounded|injured)"),
    "detained": (r"detainees|arrests|(?:[a-z-]+\s+){0,2}?(?:arrested|detained)", ""),
    "displaced": (r"displaced|people\s+displaced|displaced\s+people|refugees", ""),
}
# The last word of every active phrase: only a count after one of these is searched for one.
ACTIVE_ENDS = frozenset("""killing killed kills kill of to at is was reached hit passed exceeded topped rose climbed
    stands stood jumped risen reaches hits passes exceeds tops surpassed surpasses rises climbs soared increased
    crossed crosses now wounding wounded injuring injured injures wounds capturing captured captures
    abducting abducted kidnapping kidnapped hostage arresting arrested arrests detaining detained detains
    displacing displaced displaces out the another additional further some least executing executed murdering
    murdered massacring massacred dead down forced forcing driven drove driving lost losing jailing jailed
    imprisoning imprisoned up holding held holds accepted accepting admitted admitting resettled resettling
    hosting hosts hosted swept uprooting uprooted uproots seized seizing seizes his her their its evacuated evacuating
    shooting shot stabbing stabbed and""".split())  # "killed himself and six others"
# Words a long-reaching active phrase may end in ("death toll ... has risen to"): searched further back.
LONG_REACH_ENDS = frozenset([*TOLL_VERBS, "the", "another", "additional", "further", "some", "least"])
# Nouns of a passive reading that a verb before the count overrides: "executed 7 hostages" is killed.
NOUN_KINDS = frozenset({"deaths", "fatalities", "bodies", "lives", "injuries", "hostages", "detentions", "arrests"})
# Active verbs that count only people displaced: "accepted 11,491 Syrian refugees", not "accepted 40 applications".
DISPLACED_ONLY = frozenset("""accepted accepting admitted admitting resettled resettling hosting hosts hosted
    swept""".split())

# Active verbs that count only people: "seized 30 passengers", not "seized 12 rifles".
PEOPLE_ONLY = frozenset("seized seizing seizes".split())

# "soldiers and auxiliaries died" is one group; "people and wounded 200", "civilians and two soldiers" are not.
NOT_AFTER_AND = (r"(?:killed|dead|died|wounded|injured|hurt|missing|captured|detained|arrested|displaced|fled"
                 r"|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|at|more"
                 r"|about|some|nearly|a|an|leaving|left|killing|wounding|injuring)\b")  # "and leaving four missing"
# Who holds people captive rather than in custody: 'the armed group holding 18 aid workers', 'gunmen still holding'.
CAPTORS = (r"groups?|militants?|gunmen|rebels?|kidnappers|captors|abductors|militias?|insurgents|jihadists|pirates"
           r"|fighters|hamas|hezbollah|houthis|al-shabab|boko\s+haram|isis")
# Words a group never holds: modals and auxiliaries belong to the verb ("a man was among those killed").
NOT_GROUP = (r"(?:would|will|could|may|might|should|must|and|or|but|was|were|is|are|has|have|had|been|among"
             r"|after|before|when|while|because|since|until|than|if|unless"  # "50,000 cars after two drivers"
             r"|(?<!well\s)as(?!\s+well\b))")  # "the toll rose to 41 as three of the wounded died": a clause of its own
# Words between a count and its participle: "were reportedly", "have all been", "remain", "were slightly".
AUXILIARIES = (r"were|was|are|is|have|has|had|been|being|be|to|reportedly|also|all|later|now|confirmed|believed"
               r"|among\s+(?:the|those)"
               r"|thought|feared|said|reported|still|remain|remained|remains|subsequently|either|left|so\s+far"
               r"|shot\s+and|stabbed\s+and|beaten\s+and|survived\s+and|pronounced|found")
# Adverbs of degree and manner between the auxiliary and the participle: "were slightly injured".
ADVERBS = (r"slightly|lightly|seriously|critically|severely|badly|gravely|moderately|mildly|mortally|grievously"
           r"|allegedly|apparently|possibly|presumably|initially|briefly|temporarily|forcibly|illegally"
           r"|arbitrarily|unlawfully|wrongfully|violently|brutally|reportedly|later|also")
MODALS = r"(?:will|would|could|may|might|should|must|can|cannot)"
SETTLEMENTS = r"(?:village|town|city|district|region|province|area|camp|port|island|valley)"

# The head noun of a group -> the group it names.
GROUP_NOUNS = {
    "civilian": "civilians", "civilians": "civilians",
    "soldier": "soldiers", "soldiers": "soldiers", "troops": "soldiers", "servicemen": "soldiers",
    "servicemembers": "soldiers", "marines": "soldiers", "personnel": "soldiers",
    "child": "children", "children": "children", "kids": "children", "minors": "children",
    "babies": "children", "infants": "children", "baby": "children", "boy": "children", "girl": "children",
    "police": "police", "policemen": "police", "officers": "police",
    "people": "people", "persons": "people", "person": "people", "man": "people", "woman": "people",
    "refugees": "refugees", "asylum seekers": "asylum seekers", "asylum-seekers": "asylum seekers",
    "evacuees": "evacuees",
}
# A group of one reads in the singular: "1 person", never "1 people".
SINGULAR_GROUPS = {
    "people": "person", "civilians": "civilian", "soldiers": "soldier", "children": "child",
    "police": "police officer", "refugees": "refugee", "asylum seekers": "asylum seeker", "evacuees": "evacuee",
}
# Group nouns that make a count displaced whatever the verb: "millions of refugees around the globe".
DISPLACED_GROUPS = frozenset({"refugees", "asylum seekers", "evacuees"})
GROUP_STOP = frozenset(
    """in on at and or but since during after before when while including across from with by as near over the
    a an were was are is have has had who that which been to into amid last this ahead despite following
    overnight""".split()
)
# One person, named by what they are: "killed a 63-year-old man", "a soldier was wounded".
PERSON_NOUNS = (
    "man woman boy girl child baby teenager soldier civilian person journalist policeman police officer officer "
    "doctor nurse medic paramedic worker farmer student fighter resident pensioner volunteer prosecutor judge "
    "driver pilot guard reporter photographer activist protester priest teacher commander leader official "
    "militant politician lawmaker mayor candidate vendor shopkeeper passenger pedestrian motorist cyclist "
    "tourist migrant refugee inmate suspect gunman attacker bystander employee engineer diplomat firefighter "
    "rescuer patient chief elder villager shepherd herder fisherman miner monk nun imam worshipper peacekeeper "
    "contractor colonel captain sergeant lieutenant porter guide ranger hiker climber sailor crewman trader merchant "
    "lawyer businessman businesswoman academic relative neighbour neighbor passer-by passerby infant toddler pupil "
    "schoolboy schoolgirl teen youth grandmother grandfather mother father son daughter wife husband cleric preacher "
    "pastor rabbi bishop aide bodyguard militiaman insurgent rebel smuggler labourer laborer mechanic cameraman "
    "correspondent blogger settler herdsman"
)
# Counted things that are not people: "reached several villages", "for three days".
COUNTED_THINGS = frozenset("""villages towns cities houses homes buildings days hours weeks months years times
    kilometres kilometers miles metres meters percent per cent points votes seats rounds districts provinces
    regions animals dogs cats cows cattle sheep goats horses pigs chickens birds livestock head""".split())
# "had lost more than 300 men" is a toll; "lost 4,000 jobs" is not.
LOST_PEOPLE = frozenset({"soldiers", "people", "civilians", "men", "fighters", "lives", "troops", "police", "children",
                         "servicemen", "officers", "personnel"})
# Participles that take an object: with no auxiliary and an object after, the count is who did it
# ("Two soldiers killed a civilian"); "2,000 fled the city" is still a toll.
TRANSITIVE = (r"killed|wounded|injured|hurt|captured|arrested|detained|abducted|kidnapped|shot|executed|murdered"
              r"|massacred|jailed|imprisoned|slain")
# What a camera or a report "captures": "a photographer captured the scene" holds no captive.
CAPTURED_THINGS = (r"the\s+(?:scene|moment|image|images|footage|attention|mood|spirit|essence|imagination|heart|hearts)"
                   r"|(?:images|footage|photos|pictures|video|the\s+attention)")
