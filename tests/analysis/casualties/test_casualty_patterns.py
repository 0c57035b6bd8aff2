"""Casualty patterns of real reporting, one short article each, and the named vetoes and sieves that decide them."""

import pytest

from briefing.analysis.casualties.classify import ACTIVE_VETOES, PASSIVE_VETOES, classify, read
from briefing.analysis.casualties.find import find_casualties
from briefing.analysis.casualties.numbers import Count, find_counts
from briefing.analysis.text.segmentation import segment


def items(text: str) -> list[tuple[str, int | None, int | None]]:
    found = find_casualties(segment(text))
    for c in found:
        assert text[c.start:c.end] == c.text
    return [(c.kind, c.min, c.max) for c in found]


@pytest.mark.parametrize(("article", "expected"), [
    # an adverb between the auxiliary and the participle
    ("A shell hit the market at noon. Three traders were slightly injured and two were critically wounded.",
     [("injured", 3, 3), ("injured", 2, 2)]),
    ("The bus overturned on the pass. Four passengers were badly burned, the fire service said.",
     [("injured", 4, 4)]),
    # kidnapped, abducted, taken hostage, seized: captured, not detained
    ("Gunmen stopped the convoy before dawn. They kidnapped 12 aid workers and seized 30 passengers.",
     [("captured", 12, 12), ("captured", 30, 30)]),
    ("Eight engineers were taken hostage near the border on Friday.", [("captured", 8, 8)]),
    # arrested and jailed: detained
    ("Police broke up the march. Some 40 students were arrested and five were jailed.",
     [("detained", 40, 40), ("detained", 5, 5)]),
    # an age is one person, never a count
    ("The raid came at night. Omar Haddad, 28, was arrested at his home.", [("detained", 1, 1)]),
    ("Crowds gathered after the death of Lena Brandt, 43, a teacher and mother of two.", [("killed", 1, 1)]),
    ("Crutcher, 40, a father of four, was shot and killed by an officer.", [("killed", 1, 1)]),
    # shot: injured with an auxiliary or an agent, killed when the sentence says so
    ("Two guards shot by the attackers were flown to the capital.", [("injured", 2, 2)]),
    ("The gunman, a 34-year-old man, was shot by officers and later died.", [("killed", 1, 1)]),
    # refugees and asylum seekers are displaced people, whatever the verb
    ("The ministry said the country had accepted 11,491 refugees this year.", [("displaced", 11491, 11491)]),
    ("The war swept millions of asylum seekers into neighbouring states.", [("displaced", 1_000_000, None)]),
])
def test_tolls_of_real_reporting(article, expected):
    assert items(article) == expected


@pytest.mark.parametrize("article", [
    "A photographer captured the scene as the crowd fled the square.",  # a camera's capture
    "The dead were buried on Sunday in the village cemetery.",  # 'the dead' with no number
    "Customs officers seized 12 rifles at the port.",  # things, not people
    "The agency accepted 40 applications for the grant.",
    "He feared a video of a black man getting shot would go viral.",  # no auxiliary, no agent
    "Peter Kaisen, 76, shot himself in the car park.",  # an object after the verb: who did it
    "The killing of Palestinians in Gaza drew protests in the capital.",  # a people, not a person named
])
def test_what_reads_like_a_toll_but_is_none(article):
    assert items(article) == []


def test_one_person_reads_in_the_singular():
    (c,) = find_casualties(segment("A man was killed when the wall fell."))
    assert (c.min, c.group) == (1, "person")  # "1 person", never "1 people"


def _decisions(text: str) -> list[tuple[str, str]]:
    low = text.lower()
    return [(d.count.text, d.rule) for d in classify(low, find_counts(text))]


def test_each_decision_names_its_rule():
    assert _decisions("Some 40 students were arrested and police detained 12.") == [
        ("Some 40", "passive"), ("12", "active")]
    assert _decisions("Morrow, 43, was killed by police.") == [("43", "age")]
    assert _decisions("If 30 people are displaced, the camp will overflow.") == [("30", "hypothetical")]
    assert _decisions("They reached 12 villages by noon.") == [("12", "things")]


@pytest.mark.parametrize(("name", "text", "start"), [
    ("object follows", "2 soldiers killed the commander.", 0),
    ("count follows", "a gunman shot dead four people", 0),
    ("found safe", "two hikers reported missing were found alive", 0),
    ("hostages not taken", "33 hostages remain in gaza", 0),
])
def test_each_passive_veto_decides_alone(name, text, start):
    count = find_counts(text)[start] if name != "count follows" else Count(0, 1, 1, 1, "a")
    rule = dict(PASSIVE_VETOES)[name]
    assert rule(read(text.lower(), count))


@pytest.mark.parametrize(("name", "text"), [
    ("lacks tail", "the strike forced 12 workers to sign"),
    ("not people", "customs seized 12 rifles"),
    ("modal", "a strike would kill 300 people"),
    ("lost things", "the firm lost 4,000 jobs"),
])
def test_each_active_veto_decides_alone(name, text):
    (count,) = find_counts(text)
    reading = read(text, count)
    assert reading.active is not None
    assert dict(ACTIVE_VETOES)[name](reading)
