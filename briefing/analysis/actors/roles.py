"""Roles: the position the text gives a person, wherever it gives it; the most specific one is kept.

'Interior Minister Anna Berg', 'Homeland Security Secretary Jeh Johnson', 'former Secretary of State Hillary
Clinton', 'Tom Reyes, a sociologist at Leiden University', 'Berg, the interior minister', 'Luis Rubio, who heads
the Center of Research', 'Thomas Eagleton as George McGovern’s running mate', 'Sens. Jon Tester and David Vitter'.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import pairwise

from briefing.analysis.actors import role_words as rw
from briefing.analysis.lexicon import gazetteer as gz

Word = tuple[int, int, str]  # start, end, lowered form of one word of a name run

def is_role_noun(word: str) -> bool:
    """'minister', 'spokeswoman', and a prefixed one: 'co-host', 'vice-chair', 'ex-minister'."""
    if word in gz.ROLE_NOUNS:
        return True
    prefix, _, head = word.partition("-")
    return bool(head) and prefix in rw.ROLE_PREFIXES and head in gz.ROLE_NOUNS


def occupation(word: str) -> bool:
    """'farmer', 'activist', 'librarian', 'resident': a word shaped like a person's trade or standing."""
    return word.isalpha() and word.endswith(rw.OCCUPATION_ENDINGS) and word not in rw.NOT_OCCUPATIONS


def has_role_head(phrase: str, occupations: bool = False) -> bool:
    """'interim chairwoman of the DNC' has a role noun before its first preposition, 'the panel's ranking
    Democrat' a party member; with `occupations`, 'farmer in Oru' and 'resident of Kyiv' have one too."""
    words = phrase.split()
    if not words or len(words) > 16:
        return False
    for word in words[:6]:
        low = word.lower().strip("’'")
        if low in {"of", "to", "at", "for", "in", "on", "and", "who", "which", "that"} and not word.isupper():
            return False  # (before the shape test: 'for' ends like 'doctor'; 'the WHO director-general' goes on)
        if is_role_noun(low) or low in rw.PARTY_MEMBERS or (occupations and occupation(low)):
            return True
    return False


def mention_role(text: str, floor: int, ceiling: int, org_words: list[Word], title_words: list[Word],
                 words: list[Word], loose: bool) -> tuple[str, str, bool]:
    """(title, role, titled) of one name: 'Homeland Security Secretary Jeh Johnson' -> ('Homeland Security
    Secretary', same, True); 'Tom Reyes, a sociologist at Leiden' -> ('', 'sociologist at Leiden', False).

    `floor` and `ceiling` bound the paragraph; `loose` lets a plain occupation count ('a farmer in Oru')."""
    title = " ".join([rw.ABBREVIATED_TITLES.get(low, text[a:b]) for a, b, low in title_words
                      if low not in gz.HONORIFICS])
    titled = bool(title_words) and any(low in gz.PERSON_TITLES for _, _, low in title_words)
    if _pageant_title([low for _, _, low in title_words]):
        # 'former Miss Universe Alicia Machado', 'Miss America Lena Holm', 'Former Miss World Ada Bell'
        title, titled = text[title_words[0][0]:title_words[-1][1]], True
    lead = (title_words or words)[0][0]
    if title_words and text[lead - 1:lead] in rw.QUOTE_OPENERS and text[words[-1][1]:words[-1][1] + 1] in "”\"’'":
        title, titled = "", False  # 'nicknamed “King James”': a quoted name is a nickname, its title no post
    if titled and title and org_words:
        # 'Senate Majority Leader Mitch McConnell', 'European Council President Donald Tusk'
        title, lead = f"{text[org_words[0][0]:org_words[-1][1]]} {title}", org_words[0][0]
    # 'Minister of Foreign Affairs Retno Marsudi': the organization's name ends a title before it
    of_lead = org_words[0][0] if org_words and not title_words else lead
    title_of = rw.TITLE_OF.search(text, max(floor, of_lead - 40), of_lead)
    if title_of and title_of.group(1).lower() in gz.PERSON_TITLES and (not title_of.group("charge") or
                                                                     title.lower() == "charge"):
        # 'Secretary of State Antony Blinken', 'Minister of Defence Rustem Umerov'
        if of_lead != lead:
            title = text[org_words[0][0]:org_words[-1][1]]
        title, titled, lead = " ".join(x for x in (title_of.group(0).strip(), title) if x), True, title_of.start()
    before = role_before(text, floor, lead, bool(titled and title))
    role = f"{before} {title}" if before and titled and title else (before or (title if titled else ""))
    if " " not in role or rw.RANKS.issuperset(role.lower().replace(".", "").split()):
        # 'Gen. Valery Gerasimov, the chief of the general staff,' -> 'General, chief of the general staff';
        # 'Lt. Col. Peter Hagen, a U.N. spokesman' -> 'Lieutenant Colonel, U.N. spokesman' (a rank says no job).
        # 'The head of Sudan’s army, Gen. Abdel Fattah al-Burhan,': an appositive before the title, too.
        appositive = _appositive(text, floor, ceiling, lead, words[-1][1], loose) or \
            post_after(text, ceiling, words[-1][1], loose)
        role = ", ".join(x for x in (role, appositive) if x)
    succeeds = rw.SUCCEEDS_AS.match(text, words[-1][1], min(ceiling, words[-1][1] + 240))
    if succeeds and has_role_head(succeeds.group("post")):
        # 'nominate Ana Ruiz — a former judge — to replace Tom Bell as the party's candidate' -> 'former judge, party's
        # candidate'
        role = ", ".join(x for x in (role, succeeds.group("post").strip()) if x)
    place = rw.OF_PLACE.match(text, words[-1][1], ceiling) if titled else None
    if place and role.split()[-1].lower() in rw.TERRITORIAL_TITLES:
        role = f"{role} of {place.group('place')}"  # 'Governor Vitaliy Kim of Mykolaiv' -> 'Governor of Mykolaiv'
    if title_words and title_words[0][2] in gz.HONORIFICS and title.lower() == "justice" and role == title:
        role = "judge"  # 'Mrs Justice Hale' is a judge: 'Justice' is how a judge of the High Court is styled
    return title, " ".join(role.split()), titled


def _pageant_title(lows: list[str]) -> bool:
    """'miss universe', 'former miss world', 'ex-miss america': a pageant's title (qualifiers first), not the
    honorific 'Miss' before a name ('Miss Justice ...' is no pageant)."""
    k = 0
    while k < len(lows) and (lows[k] in rw.QUALIFIERS or lows[k] in rw.ROLE_PREFIXES):
        k += 1
    if k == len(lows):
        return False
    prefix, _, head = lows[k].partition("-")
    pageant = lows[k] if not head else head if prefix in rw.ROLE_PREFIXES else ""
    return pageant in gz.PAGEANT_TITLES and k + 1 < len(lows) and lows[k + 1] not in gz.TITLES


def role_before(text: str, floor: int, pos: int, after_title: bool = False) -> str:
    """'Turkish foreign minister Hakan Fidan' -> 'Turkish foreign minister' (ends in a role noun).

    Also 'the head of the Ukrainian presidential office Andriy Yermak' -> 'head of the Ukrainian ...'; and
    before a title (`after_title`), what qualifies it: 'former Secretary of State', 'Tulsa police Chief',
    'Connecticut’s tax Commissioner'.
    """
    window = text[max(floor, pos - 100):pos]
    adjacent = window.rsplit(None, 1)[-1].lower() if window.strip() else ""
    if not adjacent or not adjacent[0].isalnum():
        return ""
    if after_title and adjacent == "and":
        # 'Deputy Prime Minister and Economy Minister Nadia Calviño': two posts held at once
        both = rw.TITLE_AND.search(window)
        if both and is_role_noun(both.group(1).rsplit(None, 1)[-1].lower()):
            return f"{both.group(1)} and"
    if after_title and not is_role_noun(adjacent):
        return _qualifiers(window)
    if adjacent in rw.ROLE_STOP:
        return ""
    if " of " in window and not is_role_noun(adjacent):
        # 'the head of the Ukrainian presidential office Andriy Yermak'; but 'the son of former prime minister
        # Junichiro Koizumi' is the prime minister, and 'the founder of the advisory firm Japan Foresight' names a firm
        head_of = rw.ROLE_OF_BEFORE.search(window)
        if head_of and window.rsplit(None, 1)[-1].lower() not in rw.BODY_NOUNS:
            return head_of.group(1)
    if not is_role_noun(adjacent):
        return ""
    taken: list[str] = []
    for word in reversed(rw.WORD_OR_MARK.findall(window)):
        low = word.lower()
        if low == rw.OWNER_PRONOUN and taken:
            taken.append(low)  # 'its interior minister Anna Berg': the owner is named before (see owned_role)
            break
        if len(taken) >= 6 or not word[0].isalnum() or low in rw.ROLE_STOP:
            break
        if low.endswith("ing") and word.islower() and low not in rw.ING_TITLE_WORDS:
            break  # 'is inviting Trump critic Mark Cuban': a verb, but 'acting', 'ranking', 'managing' qualify
        if word[-1] in ".!?" and (len(word) > 4 or not _abbreviation(word)):
            break  # the end of the sentence before: 'the Trans-Pacific Partnership. Republican nominee Trump'
        if rw.POSSESSIVE.search(word):
            if word[0].isupper() and taken:
                taken.append(word)  # 'Mexico’s former foreign minister Jorge Castañeda': the owner
            break
        taken.append(word)
    role = " ".join(reversed(taken))
    if taken and taken[0].lower() == "counterpart":
        return _counterpart(text[max(floor, pos - 200):pos], role)
    return role


def _abbreviation(word: str) -> bool:
    """'Gov.', 'U.S.', 'Dr.' keep a role going before them; 'row.' ends a sentence."""
    bare = word.rstrip(".").lower()
    return bare in rw.ABBREVIATED_TITLES or bare in gz.TITLES or bare in gz.HONORIFICS or \
        bool(rw.INITIALISM.fullmatch(word))


def _qualifiers(window: str) -> str:
    """'... investigation former' -> 'former'; 'said. Tulsa police' -> 'Tulsa police': the words right before a
    title that qualify it (a qualifier, a service, a people, a capitalised place), up to an owner's possessive."""
    taken: list[str] = []
    for word in reversed(rw.WORD_OR_MARK.findall(window)):
        low = word.lower()
        if len(taken) >= 4 or not word[0].isalnum() or low in gz.FUNCTION_WORDS:
            break
        if rw.POSSESSIVE.search(word):
            if word[0].isupper():
                taken.append(word)
            break
        if low in rw.QUALIFIERS or low in rw.SERVICES or low in gz.DEMONYMS or low in gz.TITLE_MODIFIERS or (
                word[0].isupper() and low not in rw.ROLE_STOP and (word[-1] != "." or rw.INITIALISM.fullmatch(word))):
            taken.append(word)
        else:
            break
    return " ".join(reversed(taken))


def _counterpart(before: str, role: str) -> str:
    """'met Nordic defence ministers, including his Danish counterpart' -> 'Danish defence minister'; 'Armenian
    Foreign Minister Ara Mir said ... His Azerbaijani counterpart' -> 'Azerbaijani foreign minister': the post of
    the group or person named last before (its own people left out), with the counterpart's people."""
    words = [w.strip(",.;:“”\"()") for w in before.split()]
    people = role.rsplit(" ", 1)[0] if " " in role else ""
    for i in range(len(words) - 1, 0, -1):
        word = words[i].lower()
        if word.endswith("s") and word[:-1] in gz.ROLE_NOUNS:
            if words[i - 1].lower() in gz.SPEECH_VERBS:
                continue  # 'told reporters': who heard it, no group of posts
            modifier = words[i - 1].lower() if words[i - 1].islower() and words[i - 1] not in rw.ROLE_STOP else ""
            return " ".join(x for x in (people, modifier, word[:-1]) if x)
        if word in gz.ROLE_NOUNS and word not in rw.RELATIONS and not rw.POSSESSIVE.search(word):
            # the words of the post before it ('Foreign Minister', 'housing secretary'), not its people ('Armenian')
            k = i
            while k > 0 and i - k < 3 and _post_word(words[k - 1]):
                k -= 1
            return " ".join(x for x in (people, " ".join(words[k:i + 1]).lower()) if x)
    return role


def _post_word(word: str) -> bool:
    """'Foreign', 'housing', 'interior': a word of a post before its noun, not a people, a name or a function word."""
    low = word.lower()
    if low in gz.DEMONYMS or low in rw.ROLE_STOP or not word.isalpha():
        return False
    return low in gz.TITLES or word.islower()


def _appositive(text: str, floor: int, ceiling: int, start: int, end: int, loose: bool = False) -> str:
    """'Vladimir Medinsky, an aide to Mr Putin,' -> 'aide to Mr Putin'; 'the nominee, Donald Trump' -> 'nominee';
    'Russia’s foreign minister, Sergei Lavrov' -> 'Russia’s foreign minister'; 'Rep. Elijah Cummings of Maryland,
    the panel's ranking Democrat' (a state, party tag or age between) -> 'panel's ranking Democrat'."""
    tag = rw.NAME_TAG.match(text, end, ceiling)
    after = rw.APPOSITIVE_AFTER.match(text, tag.end() if tag else end, min(ceiling, end + 160))
    if after and _opens_next_name(text, after.end(), ceiling):
        after = None  # 'In the village of Kalam, a shopkeeper, Gul Rahman, said': the shopkeeper is Gul Rahman
    if after:
        one_of = rw.ONE_OF.match(after.group("phrase").strip())
        phrase = _first_roles(f"{one_of.group('post')}{one_of.group('rest')}" if one_of else
                              after.group("phrase").strip())
        first = phrase.split()[0] if phrase.split() else ""
        headed = bool(after.group("article") or one_of)  # 'one of the organizers' is 'an organizer'
        # with no article, a role noun opens it, or comes soon after the given name of a person ('Jo-Renee
        # Formicola, political science professor at Seton Hall')
        if (headed or loose or first[:1].isupper() or is_role_noun(first.lower()) or first.lower() in gz.TITLES) \
                and has_role_head(phrase, loose and headed) and not _names_another(phrase):
            owned = (after.group("article") or "").split()[:1] in ([rw.OWNER_PRONOUN], [rw.OWNER_PRONOUN.title()])
            phrase = f"then {phrase}" if after.group("when") == "then" else phrase  # 'Ivo Sulc, then the minister,'
            return f"{rw.OWNER_PRONOUN} {phrase}" if owned else phrase  # 'Anna Berg, its interior minister,'
    window = text[max(floor, start - 90):start]
    before = rw.APPOSITIVE_BEFORE.search(window) if window.rstrip().endswith((",", "—", "–")) else None
    if before is None:
        return ""
    phrase = before.group(2).strip()
    lead = before.group(1).strip()
    owner = lead if lead[:1].isupper() and rw.POSSESSIVE.search(lead) else \
        rw.OWNER_PRONOUN if lead.lower() == rw.OWNER_PRONOUN else ""  # 'Its director, Rami Haddad,'
    if phrase.lower() == "shadow":
        # 'Her shadow, Helen Whately,': the opposition's holder of the post named before ('shadow secretary')
        post = _counterpart(text[max(floor, start - 200):start - len(window) + before.start()], "")
        return f"shadow {post}" if post else ""
    if is_role_noun(phrase.split()[-1].lower()):
        role = _after_verb(rw.LAST_ARTICLE.split(phrase)[-1])
        if role.lower().endswith("counterpart"):  # 'His Azerbaijani counterpart, Jeyhun Bayramov,'
            role = _counterpart(text[max(floor, start - 200):start - len(window) + before.start()], role)
        return f"{owner} {role}" if owner else role
    if has_role_head(phrase) and rw.CLAUSE_OPEN.search(window, 0, before.start()):
        # 'An attorney for Pagliano, Mark MacDougall, said', 'Zelenskiy's chief of staff, Andriy Yermak,': a role
        # with its complement
        return f"{owner} {phrase}" if owner else phrase
    return ""


def _opens_next_name(text: str, pos: int, ceiling: int) -> bool:
    """Whether a person's name (a known given name and another capitalised word) follows the comma at `pos`."""
    named = rw.NAME_AFTER_COMMA.match(text, pos, ceiling)
    return named is not None and named.group("given").lower() in gz.FIRST_NAMES


def _after_verb(phrase: str) -> str:
    """'Tribune also quoted Lind's deputy' -> 'Lind's deputy': the words of a post after the last verb before it."""
    words = phrase.split()
    cut = next((i for i in range(len(words) - 1, -1, -1)
                if words[i].lower() in gz.SPEECH_VERBS or words[i].lower() in rw.VERBS_BEFORE_TITLES), -1)
    return " ".join(words[cut + 1:])


def owned_role(role: str, owner: str) -> str:
    """'its interior minister' of Keldonia -> 'interior minister of Keldonia'; with no owner found, 'interior
    minister'. Other roles stay as they are."""
    pronoun, _, rest = role.partition(" ")
    if pronoun != rw.OWNER_PRONOUN or not rest:
        return role
    return f"{rest} of {owner}" if owner else rest


def _names_another(phrase: str) -> bool:
    """'Mr Umerov, foreign minister Andrii Sybiha and ...': a title right before a name makes the phrase the next
    item of a list, not a role of the name before it; in the post's complement it is whom the post serves ('a
    spokeswoman for Mayor Ivan Petrov's campaign')."""
    words = phrase.split()
    head = next((i for i, w in enumerate(words) if w in rw.POST_COMPLEMENT), len(words))
    return any(is_role_noun(a.lower()) and b[:1].isupper() for a, b in pairwise(words[:head]))


def _first_roles(phrase: str) -> str:
    """'founder and CEO of Iraq and Afghanistan Veterans of America' stays whole (a second role after 'and');
    'a farmer who lost his barn' -> 'farmer'."""
    parts = rw.APPOSITIVE_CUT.split(phrase)
    kept = parts[0].strip()
    for k in range(1, len(parts) - 2, 3):
        joint, rest = parts[k], parts[k + 2] or ""
        if joint != "and" or not has_role_head(rw.LAST_ARTICLE.sub("", rest, count=1)):
            break
        kept = f"{kept} and {rest.strip()}"
    return kept


def _copula_post(post: str) -> bool:
    """'the chief executive of Alder Shipping' and 'a nurse at the clinic' are posts after 'is'; 'a Democrat' (a
    label), 'the winner of the debate' and 'a novice politician' (an occupation's shape with no workplace) are not."""
    words = post.lower().split()
    if not words or words[0] in rw.PARTY_MEMBERS:
        return False
    if has_role_head(post):
        return True
    return has_role_head(post, occupations=True) and bool(rw.WORKPLACE.search(post))


def post_after(text: str, ceiling: int, end: int, loose: bool = False) -> str:
    """'Luis Rubio, who heads the Center of Research for Development' -> 'head of the Center of Research for
    Development'; 'Thomas Eagleton as George McGovern’s vice presidential nominee' -> the nominee; with `loose`
    (someone known as a person), 'Leo Brand is the chief executive of Alder Shipping' -> the chief executive."""
    window_end = min(ceiling, end + 160)
    holds = rw.WHO_HOLDS.match(text, end, window_end)
    if holds:
        return f"{rw.POST_VERBS[holds.group('verb')]} {holds.group('post').strip()}"
    tag = rw.NAME_TAG.match(text, end, window_end)
    worked = rw.WORKS_AS.match(text, tag.end() if tag else end, window_end)
    if worked and has_role_head(worked.group("post"), occupations=True):
        # 'Mark Tessler, 46, who worked as a senior policy adviser at the ministry' -> 'former senior policy adviser
        # at the ministry'
        post = _first_roles(worked.group("post").strip())
        return f"former {post}" if worked.group("then") else post
    tag = tag if loose else None
    copula = rw.IS_POST.match(text, tag.end() if tag else end, window_end) if loose else None
    if copula and _copula_post(copula.group("post")):
        # 'Leo Brand is the chief executive of Alder Shipping', 'Ada Holm, 61, was a nurse at the clinic'
        return _first_roles(copula.group("post").strip())
    named = rw.NAMED_POST.match(text, end, window_end)
    if named and has_role_head(named.group("post")):
        return named.group("post").strip()  # 'Lucie Bartos was named deputy prime minister last year'
    post = rw.AS_POST.match(text, end, window_end)
    if post and has_role_head(post.group("post").split(None, 1)[-1]) and \
            is_role_noun(post.group("post").split()[-1].lower()):
        return rw.LAST_ARTICLE.sub("", post.group("post").strip(), count=1)
    return ""


def plural_title(window: str) -> str:
    """'Sens. ' -> 'Senator'; 'two Vermont developers, ' -> 'Vermont developer'; 'Presidential candidates ' ->
    'Presidential candidate': a plural role right before a list of names, in the singular each name takes."""
    found = rw.PLURAL_BEFORE.search(window)
    if found is None:
        return ""
    plural = found.group(2)
    low = plural.lower()
    if low in rw.PLURAL_ABBREVIATIONS:
        return rw.PLURAL_ABBREVIATIONS[low]
    if found.group(3):
        return ""  # 'spoke to reporters. Heidi Cruz said': the full stop ends a sentence
    singular = plural[:-1]
    if not (is_role_noun(singular.lower()) or occupation(singular.lower())):
        return ""
    modifiers = _qualifiers(found.group(1)) if found.group(1).strip() else ""
    ahead = window[:found.start(2) - len(modifiers)].split()
    if ahead and ahead[-1].lower() in gz.SPEECH_VERBS:
        return ""  # 'told reporters Hillary Clinton was ...': the plural is an object, not a title
    return f"{modifiers} {singular}" if modifiers else singular


def described_roles(text: str, sentences: Sequence[tuple[int, int]], people: Sequence[tuple[int, int]],
                    known: Mapping[int, str]) -> dict[int, list[str]]:
    """'Mike Pence says too much is made of it. The Republican vice presidential nominee noted ...': a post
    named without a name, given to a person named shortly before it: of those named earlier in its sentence
    after its subject (named first, and not described in its own clause), the one the story names most (a story
    describes its main people so); with none, the subject of the sentence before; never someone whose known
    roles say another party or people ('the Democratic nominee' is not the Republican Donald Trump).

    `sentences` are (start, end) spans and `people` (start, actor) pairs of person mentions, both in text
    order; `known` holds each actor's roles and titles. The result maps an actor to its described posts.
    A post that opens a sentence as the subject of a verb of saying, with no name, goes to the person who opens the
    next sentence, if no role is known for them ('Connecticut’s tax commissioner says ... Kevin Sullivan says')."""
    starts = [start for start, _ in people]
    named = Counter(actor for _, actor in people)
    sides = {actor: _affiliations(words) for actor, words in known.items()}
    found: dict[int, list[str]] = {}
    for k, (start, end) in enumerate(sentences):
        post = rw.ANNOUNCED_POST.match(text, start, end)
        if post and k + 1 < len(sentences) and is_role_noun(post.group("head").lower()):
            # 'Connecticut’s tax commissioner says ... ¶ Kevin Sullivan says he ...': the next subject, if unplaced
            nxt = bisect.bisect_left(starts, sentences[k + 1][0])
            if nxt < len(people) and bisect.bisect_left(starts, post.end()) == bisect.bisect_left(starts, start) \
                    and not text[sentences[k + 1][0]:people[nxt][0]].strip() \
                    and not known.get(people[nxt][1], "").strip():
                found.setdefault(people[nxt][1], []).append(" ".join(post.group("post").split()))
        for described in rw.DESCRIPTION.finditer(text, start, end):
            here = bisect.bisect_left(starts, described.start())
            if here and rw.APPOSITION_GAP.fullmatch(text, people[here - 1][0], described.start()):
                continue  # 'Ivanka Trump, the Republican presidential nominee’s eldest daughter': her own role
            role = " ".join(described.group("role").split())
            side = _affiliations(role)
            same = [a for _, a in people[bisect.bisect_left(starts, start):here]]
            same = [a for a in same if a != same[0]]  # a sentence's subject is not described in its own clause
            before = [a for _, a in people[bisect.bisect_left(starts, sentences[k - 1][0]):
                                           bisect.bisect_left(starts, start)]] if k else []
            fits = [a for a in (same or before) if not (side and sides.get(a) and side.isdisjoint(sides[a]))]
            if fits:
                # the sentence's most named person (the nearest of equals), else the subject of the one before
                found.setdefault(max(reversed(fits), key=lambda a: named[a]) if same else fits[0], []).append(role)
    return found


def _affiliations(role: str) -> frozenset[str]:
    """'Democratic presidential nominee' -> {'democratic'}; 'Ukrainian leader' -> {'ukrainian'}: the party or
    people a role names (a party's adjective and noun read as one: 'Democrat' -> 'democratic')."""
    words = {w.strip(",.’'").lower() for w in role.split()}
    return frozenset(rw.PARTIES.get(w, w) for w in words if w in rw.PARTIES or w in gz.DEMONYMS)


def specificity(role: str, headline: bool, described: bool = False) -> tuple[bool, bool, bool, bool, bool, int]:
    """How much a role tells, for choosing among the roles of one person: body before headline, a post before a
    relation ('rival'), a post by the name before one given without it, an office held now before anything else
    ('NATO Secretary General' over 'a former Dutch prime minister': the role is as of the story; but 'a former
    party chairman' over 'a medical doctor', no office), a post by its noun or a proper title before a description
    ('former Miss Universe' over 'former beauty pageant winner'), then more words (up to a clause's length):
    'Republican presidential nominee' > 'nominee'."""
    words = [w for w in role.lower().replace(",", " ").split() if w not in rw.ARTICLES]
    ahead = words[:next((i for i, w in enumerate(words) if w in rw.POST_COMPLEMENT), len(words))]
    # (the noun before the post's complement: 'son of former prime minister X' is a son, 'chief of staff' a chief)
    head = next((w for w in reversed(ahead) if is_role_noun(w) or w in rw.RELATIONS), "")
    held = bool(words) and words[0].split("-")[0] not in rw.PAST_QUALIFIERS and head in gz.TITLES
    content = [w for w in words if w not in gz.FUNCTION_WORDS]  # 'chair of the committee' tells two things
    # a post by its noun or a proper title ('former Miss Universe') over a description ('former beauty pageant winner')
    posted = bool(head) or any(w[:1].isupper() for w in role.split()[1:])
    return (not headline, head not in rw.RELATIONS, not described, held, posted,
            min(len(content), rw.SPECIFIC_WORDS))


def best_role(roles: Sequence[tuple[str, bool]], described: Sequence[str] = ()) -> str:
    """The most specific of a person's roles, in text order (first wins a tie): [('rival', False), ('Republican
    presidential nominee', False)] -> 'Republican presidential nominee'; `described` are posts the text gives
    without the name (see described_roles)."""
    best, rank = "", None
    for role, headline, by_description in [(r, h, False) for r, h in roles] + [(r, False, True) for r in described]:
        if not role:
            continue
        score = specificity(role, headline, by_description)
        if rank is None or score > rank:
            best, rank = role, score
    return best
