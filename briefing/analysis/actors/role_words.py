"""The wording of roles, as data: what marks a position around a name, and how it is written out.

Lower case throughout; the patterns run on the text as written. `roles.py` holds the logic that reads them.
"""

from __future__ import annotations

import re

from briefing.analysis.lexicon import gazetteer as gz

# 'Sen. Jane Roe' has the role 'Senator': a reader (and a search for 'senator') wants the word, not the short form.
ABBREVIATED_TITLES = {
    "sen": "Senator", "rep": "Representative", "gov": "Governor", "gen": "General", "lt": "Lieutenant",
    "col": "Colonel", "maj": "Major", "capt": "Captain", "sgt": "Sergeant", "adm": "Admiral", "cmdr": "Commander",
    "prof": "Professor", "rev": "Reverend", "atty": "Attorney", "supt": "Superintendent", "pres": "President",
    "del": "Delegate", "brig": "Brigadier", "cpl": "Corporal", "pvt": "Private", "amb": "Ambassador",
    # British police ranks as the BBC writes them, with no dots: 'Det Ch Insp Ann Lee', 'Ch Supt Ben Ross'
    "det": "Detective", "insp": "Inspector", "ch": "Chief", "dci": "Detective Chief Inspector",
    "dcs": "Detective Chief Superintendent", "dsupt": "Detective Superintendent",
}
# 'Sens. Jon Tester and David Vitter': a plural short title before names joined by 'and', one title each.
PLURAL_ABBREVIATIONS = {"sens": "Senator", "reps": "Representative", "govs": "Governor", "gens": "General"}

# A rank alone says no job: 'Gen. Valery Gerasimov, the chief of the general staff' keeps the appositive too.
RANKS = frozenset(
    "general lieutenant colonel major captain sergeant admiral commander brigadier corporal private".split()
)
# 'co-host', 'vice-chair', 'ex-minister': a prefix joined to a role noun.
ROLE_PREFIXES = frozenset("co vice ex deputy assistant acting sub under".split())
# Words that qualify a position before its title: 'former Secretary of State', 'then-Governor', 'acting Director'.
QUALIFIERS = frozenset(
    "former then acting interim outgoing incoming retired late onetime one-time erstwhile deputy vice assistant "
    "associate senior junior chief top new longtime long-time".split()
)
# Qualifiers of a post no longer held: 'former', 'ex-minister', 'then-Governor'.
PAST_QUALIFIERS = frozenset("former ex onetime one-time erstwhile then late retired".split())
# 'U.S.', 'U.N.': a capitalised abbreviation with its dots, which may qualify a title ('U.S. Secretary of State').
INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")
# Nouns that name the service a title belongs to: 'Tulsa police Chief Chuck Jordan', 'City Attorney Brad Holm'.
SERVICES = frozenset(
    "police city county state district fire tax school army navy border party campaign press court union "
    "health education transport labor labour election prison parish tribal regional provincial municipal "
    "federal national military intelligence security justice finance trade".split()
)
# A party member is a position in an appositive: 'Patrick Leahy, Democrat of Vermont', 'the panel's ranking
# Democrat' (not before a name, where 'Democrat Hillary Clinton' is a label).
PARTY_MEMBERS = frozenset(
    "democrat republican independent libertarian conservative liberal socialist tory labourite".split()
)
# Relations to someone else: a role of last resort ('his rival, Donald Trump' beside 'Republican nominee Donald
# Trump').
RELATIONS = frozenset(
    "rival opponent ally supporter critic friend wife husband son daughter mother father brother sister widow "
    "widower fiancee fiancé girlfriend boyfriend mate cousin nephew niece uncle aunt grandson granddaughter "
    "counterpart challenger surrogate".split()
)
QUOTE_OPENERS = "“\"‘'"
# 'its interior minister', 'Its director, Rami Haddad': a post whose owner is the organization or state named
# before; a role keeps the word in front until the owner is found.
OWNER_PRONOUN = "its"
ARTICLES = frozenset("the a an his her their its".split())

# Common nouns of a body, before its name: 'the advisory firm Japan Foresight', 'the state broadcaster NHK'.
BODY_NOUNS = frozenset("""firm company group agency organisation organization charity party bank union consultancy
    broadcaster newspaper network channel airline fund institute tank thinktank watchdog regulator operator""".split())
# 'The mine's owner, Vostgaz,', 'Vostgaz, the operator of the dam,': a post over a thing that firms hold.
THING_POST = re.compile(r"(?:^|\s)(?:[a-z][\w\-]*['’]s\s+(?:[a-z][\w\-]*\s+)?(?P<held>\w+)"
                        r"|(?P<of>\w+)\s+of\s+(?:the|a|an|its)\s+[a-z][\w\-\s]*)$")
FIRM_POSTS = frozenset("""owner operator maker manufacturer producer builder developer supplier contractor insurer
    carrier publisher distributor parent buyer seller lender""".split())
# 'a spokeswoman for Mayor Ivan Petrov's campaign': what opens a post's complement.
POST_COMPLEMENT = frozenset("for of to at with".split())
# 'Luis Rubio, who heads the Center of Research': a verb of holding a post, and the post it gives.
POST_VERBS = {
    "heads": "head of", "leads": "leader of", "chairs": "chair of", "runs": "head of", "directs": "director of",
    "manages": "manager of", "oversees": "head of", "founded": "founder of", "co-founded": "co-founder of",
    "represents": "representative of", "commands": "commander of", "edits": "editor of",
    "helmed": "former head of", "headed": "former head of", "chaired": "former chair of",
    "speaks for": "spokesperson for",  # 'Maria Zakharova, who speaks for the foreign ministry,'
}
WHO_HOLDS = re.compile(
    r",\s+who\s+(?:also\s+|now\s+|currently\s+)?(?P<verb>" + "|".join(sorted(POST_VERBS, key=len, reverse=True))
    + r")\s+(?P<post>(?:the\s+|a\s+|an\s+)?[A-Z0-9][^,.;:()“”\"\n]{1,80}?|the\s+[^,.;:()“”\"\n]{2,80}?)"
    r"(?=\s*[,.;:()—–]|\s+(?:and|since|from|until|who|which|that)\b|$)"
)
# 'Leo Brand is the chief executive of Alder Shipping', 'Ada Holm was a nurse at the clinic': a post after a copula.
IS_POST = re.compile(
    r",?[ \t\u00a0]+(?:is|was|has[ \t]+been|had[ \t]+been|remains|became|becomes)[ \t\u00a0]+(?:now[ \t]+|also[ \t]+)?"
    r"(?:the|a|an)[ \t\u00a0]+(?P<post>(?:(?:Mrs?|Ms|Dr|Sen|Rep|Gov|Gen|St|[A-Z])\.[ \t]?|[^,.;:()“”\"\n]){2,90}?)"
    r"(?=\s*[,.;:()—–]|$)"
)
# '... a nurse at the clinic': where a trade is practised, which makes an occupation's shape a post after 'is'.
WORKPLACE = re.compile(r"\b(?:at|with|in|for)\s")
# 'Mark Tessler, 46, who worked as a senior policy adviser at the ministry': a post held by a verb and 'as'; the past
# tense makes it a former one.
WORKS_AS = re.compile(
    r",?\s+who\s+(?:(?P<now>works|serves|is\s+working|is\s+serving)|(?P<then>worked|served|had\s+worked|had\s+served"
    r"|was\s+working))\s+as\s+(?:a|an|the|his|her|their|its)\s+(?P<post>[^,.;:()“”\"\n]{2,90}?)(?=\s*[,.;:()—–]|$)"
)
# 'replace Thomas Eagleton as George McGovern’s vice presidential nominee': a post after 'as'.
AS_POST = re.compile(
    r"[ \t\u00a0]+(?:(?:serves|served|serving|sworn\s+in|named|appointed|elected|confirmed)[ \t\u00a0]+)?as[ \t\u00a0]+"
    r"(?P<post>(?:(?:the|his|her|their|its)\s+|[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}['’]s\s+)"
    r"[^,.;:()“”\"\n]{2,70}?)(?=\s*[,.;:()—–]|\s+(?:and|who|in|on|at|since|from|until|for|when|after|before)\b|$)"
)
# 'Lucie Bartos was named deputy prime minister last year', 'Pavel Fiala, who was elected mayor in 2022': a post
# given by appointment or vote, with no 'as'.
NAMED_POST = re.compile(
    r"(?:,\s+who|[ \t]+)\s*(?:was|has\s+been|had\s+been|is)\s+(?:newly\s+|recently\s+)?"
    r"(?:named|appointed|elected|re-elected|made|confirmed|sworn\s+in)\s+(?:the\s+|a\s+|an\s+|its\s+)?"
    r"(?P<post>[^,.;:()“”\"\n]{2,60}?)(?=\s*[,.;:()—–]|\s+(?:last|this|next|in|on|at|by|after|before|since|until"
    r"|and|for|when|from|with|over|during)\b|$)"
)
# 'nominate Ana Ruiz — a former judge — to replace Tom Bell as the party's candidate': the post the named takes
# over (an appositive may stand between).
SUCCEEDS_AS = re.compile(
    r"(?:\s*(?:,|—|–|--)[^,—–\n]{1,60}(?:,|—|–|--))?\s+to\s+(?:replace|succeed)\s+[A-Z][\w.’'\-]*"
    r"(?:\s+[A-Z][\w.’'\-]*){0,3}\s+as\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?"
    r"(?P<post>(?:[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}['’]s\s+)?[^,.;:()“”\"\n]{2,70}?)"
    r"(?=\s*[,.;:()—–]|\s+(?:and|who|in|on|at|since|from|until|when|after|before)\b|$)"
)
# Between a name and its appositive: an age ('John Smith, 54,'), a party tag ('(D-Md.)', ', R-Ky.,'), a state
# ('Rep. Elijah Cummings of Maryland, the panel's ranking Democrat').
NAME_TAG = re.compile(
    r"(?:,[ \t]*\d{1,3}(?=,)|[ \t]*\((?!(?:the|a|an|his|her|its|their)\s)[^()\n]{1,30}\)"
    r"|,[ \t]*[RDI]-[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?(?=,)"
    r"|[ \t]+of[ \t]+[A-Z][\w.]+(?:[ \t][A-Z][\w.]+)?(?=,))+"
)
# 'Governor Vitaliy Kim of Mykolaiv', 'Sen. Ada Brill of Oregon': the territory a title after the name is of ...
OF_PLACE = re.compile(r"[ \t]+of[ \t]+(?P<place>[A-Z][\w’'\-]+(?:[ \t][A-Z][\w’'\-]+){0,2})(?=[,;:.)]|[ \t]+[a-z])")
# ... for the titles that are of a territory.
TERRITORIAL_TITLES = frozenset(
    "governor mayor senator representative congressman congresswoman premier prefect bishop archbishop "
    "lieutenant-governor deputy-mayor".split()
)
# ", the interim chairwoman of the Democratic National Committee," after a name ("the U.N.'s aid chief" keeps its dots),
# or between dashes or in brackets ("Petra Novak — the bank's governor —"); "then the defence minister" was one then.
APPOSITIVE_AFTER = re.compile(
    r"(?:,\s+|\s+(?:—|–|--)\s*|\s*\(\s*)(?:(?P<when>now|currently|still|then)\s+(?=(?:the|a|an)\s))?"
    r"(?P<article>(?:the|a|an|his|her|their|its)\s+)?(?P<phrase>(?:[A-Z]\.(?=[A-Z]\.|['’]s\b|\s*[a-z])|[^,.;:()“”\"\n]){2,110}?)(?=\s*[,.;:()—–]|\s+(?:who|is|was)\b)"
)
# ', Gul Rahman' after an appositive: the appositive is the next name's, set before it.
NAME_AFTER_COMMA = re.compile(r"\s*,[ \t]+(?P<given>[A-Z][\w\-]+)[ \t]+[A-Z]")
# 'one of the lead negotiators at the talks': a member of a plural post holds it in the singular ('lead negotiator').
ONE_OF = re.compile(
    r"one\s+of\s+(?:the|its|his|her|their)\s+(?P<post>(?:[\w\-’']+\s+){0,3}?[a-z][\w\-]*?)s\b(?P<rest>.*)$"
)
# Where an appositive ends; 'and' is kept when a second role follows ('founder and CEO of ...').
APPOSITIVE_CUT = re.compile(r"\s+(who|whom|whose|which|that|but|and)\s+|\s*(--)\s*")
LAST_ARTICLE = re.compile(r"\b(?:the|a|an|his|her|their|its)\s+", re.IGNORECASE)
# "the Republican presidential nominee, " before a name ("The U.S. envoy, " keeps its initialism; "The minister — ";
# "One student, ").
APPOSITIVE_BEFORE = re.compile(
    r"\b((?:the|a|an|one|his|her|their|its)\s+|[A-Z][\w\-]+['’]s\s+)((?:(?-i:(?:[A-Z]\.){2,})|[^,.;:()“”\"\n—–]){2,80}?)"
    r"\s*[,—–]\s*$",
    re.IGNORECASE
)
ROLE_OF_BEFORE = re.compile(
    r"\b((?:" + "|".join(sorted(gz.ROLE_NOUNS)) + r")\s+of\s+(?:the\s+)?(?:[\w’'\-]+\s+){1,5}?)\s*$"
)
# 'Secretary of State Antony Blinken', 'Minister of Defence Rustem Umerov', 'Ambassador to Russia Michael McFaul':
# a title before 'of' ('for', 'to') and the run; and 'Special Agent in Charge Angela Byers'.
TITLE_OF = re.compile(r"\b([A-Z][a-z]+)\s+(?:(?:of|for|to)\s+(?:the\s+)?|(?P<charge>in)\s+)$")
# 'Deputy Prime Minister and ' before a second title and a name: the first of two posts.
TITLE_AND = re.compile(r"(?<![\w’'])((?:[A-Z][\w\-]*[ \t]+){0,3}[A-Z][\w\-]*)[ \t]+and[ \t]+$")
# What may open a clause before an appositive role: 'An attorney for Pagliano, Mark MacDougall, said'.
CLAUSE_OPEN = re.compile(r"(?:^|[.!?:;—–]\s*|\s-\s+|\n|\b(?:said|says|and|but)\s+)$")  # 'KYIV (Reuters) - '
SAID_RIGHT_BEFORE = re.compile(r"\b(?:said|says|added|told)\s+$")
WORD_OR_MARK = re.compile(r"[\w’'\-\.]+|[^\w\s]")
# 'Putin’s', 'the Democrats'', and the closing '' of a NYT quotation ("''Larry King Now''").
POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’]{1,2})$")
# 'farmer', 'activist', 'librarian', 'resident': shapes of a noun of a person's trade or standing ...
OCCUPATION_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man")
# ... which these words have without being one.
NOT_OCCUPATIONS = frozenset(
    "number other matter letter order power border corner center quarter summer winter paper water after under "
    "never together whether rather either neither later member major minor error color mirror floor door factor "
    "sector motor favor honor labor event percent moment comment element statement agreement government "
    "department parliament movement president human german roman woman man".split()
)
# Words in -ing that belong to a title ('acting director', 'ranking member'); any other ends a role read backwards.
ING_TITLE_WORDS = frozenset(
    "acting managing ranking leading outgoing incoming governing sitting visiting founding presiding reigning serving "
    "commanding consulting marketing publishing engineering banking polling accounting nursing supervising "
    "coordinating operating reporting organizing organising fundraising running".split()  # and a running mate
)
# Verbs whose object is often a titled person: 'will meet Chinese leader Xi Jinping', 'to replace defence minister
# Ana Bel', 'found former prime minister Ivo Dal guilty' (base, -s and past forms; none that is also a noun of a post
# or a service, as 'host' or 'fire' are).
VERBS_BEFORE_TITLES = frozenset(
    f"{verb}{ending}" for verb in "meet visit replace succeed join thank urge invite endorse attack praise accuse "
    "defeat challenge congratulate greet sack dismiss appoint nominate interview blame oppose defend hire arrest "
    "summon welcome".split() for ending in ("", "s")
) | frozenset("visited replaced succeeded joined thanked urged invited endorsed attacked praised accused defeated "
              "challenged congratulated greeted sacked dismissed nominated interviewed blamed opposed defended hired "
              "arrested summoned welcomed found convicted sentenced acquitted cleared fined charged chose picked "
              "tapped ousted".split())
# Words that end a role read backwards from a name: verbs, function words ('met', 'with', 'said').
ROLE_STOP = gz.FUNCTION_WORDS | gz.SPEECH_VERBS | VERBS_BEFORE_TITLES | frozenset(
    {"who", "whom", "whose", "was", "is", "were", "are", "has", "had", "have", "been", "being", "met", "named",
     "appointed", "called", "including", "include", "includes", "led", "headed", "like", "with"}
) - frozenset({"first", "state", "top", "former", "national"})
# The most words of a role that count toward how specific it is: longer than this is a clause, not a post.
SPECIFIC_WORDS = 8
# Coordinated names sharing a plural title: 'Sens. Jon Tester (D-Mont.) and David Vitter', 'Senators Charles
# Grassley, Republican of Iowa, and Patrick Leahy': what may stand between two of them.
COORDINATION = re.compile(
    r"(?:[ \t]*\([^()\n]{1,30}\))?(?:,[ \t]*[^,\n]{1,40},)?[ \t]*(?:,|,?[ \t]+(?:and|&)[ \t]+)[ \t]*"
)
# A plural role right before a list of names: 'two Vermont developers, ', 'Sens. '.
PLURAL_BEFORE = re.compile(r"(?:^|[\s(“\"])((?:[\w\-]+[ \t\u00a0]+){0,3}?)([A-Za-z][\w\-]*s)(\.?),?[ \t\u00a0]+$")
# Posts a story names its main people by, without the name: 'The Republican presidential nominee noted Friday
# that ...'. Heads of unnamed sources ('the Kremlin spokesman', 'the senior official') are left out: those are
# other people.
DESCRIBED_HEADS = frozenset(
    "nominee candidate president leader senator governor premier chancellor minister mayor congressman "
    "congresswoman president-elect incumbent challenger contender frontrunner front-runner monarch king queen "
    "pope".split()
)
# 'the Democratic presidential nominee', 'the former Ukrainian leader', not followed by a name or an 'of' phrase; of
# 'the former secretary of state and current Democratic presidential nominee', the post held now.
DESCRIPTION = re.compile(
    r"\b[Tt]he[ \t]+(?:(?:former|onetime)[ \t]+[a-z][a-z \t\-]{2,40}?[ \t]+and[ \t]+(?=(?:current|now)[ \t]))?"
    r"(?P<role>(?:(?:former|then-?|current|now|outgoing|incoming|[A-Z][\w.\-]*)[ \t]+)+"
    r"(?:[a-z][\w\-]*[ \t]+){0,2}?(?P<head>" + "|".join(sorted(DESCRIBED_HEADS, key=len, reverse=True)) + r")"
    r"|prime[ \t]+minister|premier)"  # (an office a government has one of needs no qualifier: 'the prime minister')
    r"(?:['’]s)?\b(?![ \t]+(?:of|for|to|at|in|on|and|or)\b|[ \t]*,?[ \t]*[A-Z])"
)
# 'Connecticut’s tax commissioner says', 'The Pentagon's top spokesman said': an owner's post opening a sentence.
ANNOUNCED_POST = re.compile(
    r"\s*(?:The[ \t]+)?(?P<post>[A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*){0,2}['’]s[ \t]+(?:[a-z][\w\-]*[ \t]+){0,3}?"
    r"(?P<head>[a-z][\w\-]*))[ \t]+(?:says|said|told|announced|confirmed)\b"
)
# A party by its adjective or its member: one affiliation ('Democrat Hillary Clinton', 'the Democratic nominee').
PARTIES = {
    "democrat": "democratic", "democratic": "democratic", "democrats": "democratic", "republican": "republican",
    "gop": "republican", "republicans": "republican", "libertarian": "libertarian", "green": "green",
    "labour": "labour", "tory": "conservative", "conservative": "conservative", "liberal": "liberal",
}
# A name, then a comma: what follows is the name's own appositive ('Ivanka Trump, the nominee’s daughter').
APPOSITION_GAP = re.compile(r"[^\s,]+(?:[ \t]+[^\s,]+){0,4},[ \t]+")
