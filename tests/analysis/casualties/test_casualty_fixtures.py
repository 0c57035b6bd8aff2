"""Short articles written for the casualty patterns (tests/fixtures/casualties): what a reader finds counted."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from briefing.analysis import analyse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "casualties"


def tolls(name: str) -> Counter[tuple[str, int, int | None]]:
    """(kind, min, max) of every casualty item of the fixture article `name`."""
    found = analyse((FIXTURES / name).read_text(encoding="utf-8")).casualties
    return Counter((c.kind, c.min, c.max) for c in found)


ARTICLES = {
    # Adverbs before the participle, kidnapped and hostages (captured) apart from arrests (detained), an age that
    # is no count, a camera that captures a scene, 'the dead' with no number, one person in the singular.
    "issue-patterns.txt": [("injured", 4, 4), ("injured", 2, 2), ("captured", 12, 12), ("captured", 3, 3),
                           ("detained", 1, 1), ("detained", 40, 40), ("captured", 7, 7), ("killed", 1, 1)],
    # Held for questioning (either voice), a condition that is an injury, an age standing for the person; not
    # the economy's condition nor talks held.
    "held-and-condition.txt": [("detained", 30, None), ("detained", 12, 12), ("injured", 12, 99), ("killed", 1, 1)],
    # A disaster report: the agency's toll, the injured and missing, a governor's part of the toll, the homeless.
    "disaster-tolls.txt": [("killed", 312, 312), ("injured", 1400, None), ("missing", 57, None),
                           ("killed", 190, 190), ("displaced", 45000, 45000), ("injured", 80, 80),
                           ("injured", 12, 12)],
    # A conflict report where the sources disagree: each source's figure is an item of its own.
    "conflict-sources.txt": [("killed", 43, None), ("killed", 11, 11), ("killed", 51, 51), ("injured", 100, None),
                             ("injured", 12, 99), ("killed", 30, None), ("captured", 14, 14), ("killed", 2300, None),
                             ("displaced", 600000, 600000), ("detained", 400, None)],
    # One person by a post ('a village chief'), a count after a possessive ('his two sons'), people still in
    # hospital; cattle shot are no toll.
    "village-raid.txt": [("killed", 1, 1), ("captured", 2, 2), ("injured", 90, 90)],
    # Hedged tolls: people feared trapped are missing ('up to 400': 400), miners trapped where they are known to be
    # are not; two sources' figures in one sentence; survivors are no toll beside the bodies; two single deaths told
    # apart; a number of people sleeping in tents is none.
    "hedged-tolls.txt": [("killed", 61, None), ("missing", 400, 400), ("killed", 75, 75),
                         ("killed", 80, 90), ("killed", 9, 9), ("killed", 1, 1), ("killed", 1, 1),
                         ("injured", 14, 14), ("injured", 12, 99)],
    # A war summary: a part of the toll ('including 21 children') is no count of the wounded after it; uprooted
    # millions are displaced; martyred soldiers are killed; one porter of a trade no count names.
    "war-summary.txt": [("killed", 58, 58), ("injured", 20, None), ("killed", 40000, 40000),
                        ("displaced", 3000000, None), ("killed", 2, 2), ("killed", 1, 1), ("detained", 300, None)],
    # A headline's toll of a kind the body never counts (the homeless) is kept; its dead are the lead's.
    "headline-only-toll.txt": [("displaced", 1000, 9999), ("killed", 19, None), ("killed", 23, 23),
                               ("missing", 40, 40)],
    # A running tally of any group ('the number of soldiers killed ... to four'), wounded and arrested too.
    "running-tally.txt": [("killed", 1, 1), ("killed", 4, 4), ("injured", 120, 120), ("detained", 300, 300)],
    # A revised toll ('the toll rose to 41 as three of the critically wounded died') is a toll of the dead; a toll
    # foretold ('could reach 100', 'is expected to rise to 60') is none, nor is the doctor who tells one, nor a part
    # of a toll ('seven people, three of them children').
    "market-strike.txt": [("killed", 37, None), ("killed", 52, 52), ("injured", 80, None), ("killed", 12, 12),
                          ("killed", 41, 41), ("injured", 5, 5), ("injured", 200, 200), ("killed", 7, 7)],
    # A decimal point inside the tally ('magnitude 7.4 earthquake') ends no sentence; a forecast of the dead is
    # no toll, a figure told after a forecast in its clause is.
    "quake-toll.txt": [("killed", 934, 934), ("injured", 3200, None), ("missing", 410, 410), ("killed", 940, 940)],
    # Wire shapes: 'killed himself and six others', 'bringing the total to 1,203' (the running total of the toll just
    # told), a bare 'one' after 'and' ('one is missing', 'one wounded'), 'fatally shot two', 'evacuated 150,000',
    # 'killing the imam and three others'.
    "wire-roundup.txt": [("killed", 6, 6), ("killed", 27, 27), ("killed", 1203, 1203), ("captured", 2, 2),
                         ("missing", 1, 1), ("killed", 2, 2), ("killed", 1, 1), ("injured", 1, 1),
                         ("displaced", 150000, None), ("killed", 1, 1), ("killed", 3, 3)],
    # A relative clause set off by commas between the count and its verb ('The 40 miners, who went down ..., are
    # unaccounted for').
    "mine-collapse.txt": [("missing", 40, 40), ("missing", 11, 11), ("killed", 240, None)],
    # A person killed by name after the verb, titles and all ('killed Lt. Col. Ahmad Karimi'); 'a woman and her two
    # children' are two items; a day's hopes are nobody.
    "named-victims.txt": [("killed", 1, 1), ("killed", 1, 1), ("killed", 1, 1), ("killed", 2, 2)],
    # A part counted out of a toll ('Eleven of the 27 dead were civilians') is no toll of its own: the whole is.
    "part-of-toll.txt": [("killed", 27, 27), ("injured", 60, 60)],
    # Giving up to police is custody (detained), to an army captivity (captured, as 'taken prisoner'); 'taken into
    # custody' is detained; a man charged, or ground surrendered, is no one held.
    "surrender-and-custody.txt": [("detained", 1, 1), ("detained", 2, 2), ("captured", 60, None)],
}


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_every_toll_and_nothing_else(name):
    assert tolls(name) == Counter(ARTICLES[name])


def test_a_day_with_a_possessive_is_no_place():
    found = analyse((FIXTURES / "running-tally.txt").read_text(encoding="utf-8")).casualties
    assert all(c.place != "Sunday's" for c in found)  # "killed in Sunday's ambush"


def test_each_clause_keeps_the_source_that_gives_its_figure():
    found = analyse((FIXTURES / "hedged-tolls.txt").read_text(encoding="utf-8")).casualties
    sources = {c.min: c.source for c in found}
    assert sources[75] == "The Red Crescent"  # 'The Red Crescent put the toll at 75, while a local official said ...'
    assert sources[80] == "a local official"
    assert sources[61] == "officials"  # '..., officials said, as rescuers dug through the night'


def test_a_single_person_is_counted_as_what_they_are_and_a_source_that_says_is_kept():
    found = analyse((FIXTURES / "war-summary.txt").read_text(encoding="utf-8")).casualties
    assert [c.group for c in found if c.min == 1] == ["porter"]  # not the 'soldiers' of the clause before
    assert found[-1].source == "rights groups"  # '..., rights groups say.'


def test_a_source_named_with_an_appositive_or_telling_reporters_is_kept_whole():
    found = analyse((FIXTURES / "headline-only-toll.txt").read_text(encoding="utf-8")).casualties
    sources = {c.min: c.source for c in found}
    assert sources[23] == "The regional governor, Mila Sten"
    assert sources[40] == "Interior Minister Pavel Dorn"


def test_a_strike_on_a_city_is_where_and_a_monitor_based_abroad_is_who():
    found = analyse((FIXTURES / "market-strike.txt").read_text(encoding="utf-8")).casualties
    places = {c.min: c.place for c in found}
    sources = {c.min: c.source for c in found}
    assert places[5] == "Kharkiv"  # 'A separate drone strike on Kharkiv overnight wounded five civilians'
    assert places[52] == ""  # 'a monitoring group based in Madrid': where it sits, not where people died
    assert sources[52] == "The Verano Observatory for Human Rights"
    assert sources[41] == "the ministry"  # 'Later on Tuesday the ministry said the toll rose to 41'
    assert sources[200] == ""  # 'An estimated 200 people were hurt': 'An' tells nothing


def test_who_tells_a_toll_and_since_when():
    found = analyse((FIXTURES / "mine-collapse.txt").read_text(encoding="utf-8")).casualties
    assert [c.source for c in found] == ["the mining company", "the coastguard", "the United Nations"]  # not the
    # fishermen 'who put to sea' (only a toll is put at a figure); '..., the United Nations estimates.'
    assert found[2].period == "Since the siege began"
