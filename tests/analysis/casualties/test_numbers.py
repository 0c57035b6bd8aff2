"""Counts as a reader reads them: qualifiers, number words, ranges, vague amounts, and measures left out."""

import pytest

from briefing.analysis.casualties.numbers import find_counts, word_value


def counts(text: str) -> list[tuple[str, int, int | None]]:
    return [(c.text, c.min, c.max) for c in find_counts(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Rescuers found 7 survivors.", [("7", 7, 7)]),
    ("The strike hit 1,250 homes.", [("1,250", 1250, 1250)]),
    ("at least five people", [("at least five", 5, None)]),
    ("more than 12,000 civilians", [("more than 12,000", 12000, None)]),
    ("twenty-nine sailors", [("twenty-nine", 29, 29)]),
    ("a dozen volunteers", [("a dozen", 12, 12)]),
    ("two hundred and five workers", [("two hundred and five", 205, 205)]),
    ("nearly 1.5 million people", [("nearly 1.5 million", 1_500_000, 1_500_000)]),
    ("up to 40 fishermen", [("up to 40", 40, 40)]),
])
def test_exact_and_qualified_counts(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("five to seven climbers", [("five to seven", 5, 7)]),
    ("between 10 and 12 miners", [("between 10 and 12", 10, 12)]),
    ("between five and seven people", [("between five and seven", 5, 7)]),
    ("3-4 guards", [("3-4", 3, 4)]),
    ("one or two boats", [("one or two", 1, 2)]),
])
def test_ranges_join_into_one_count(text, expected):
    assert counts(text) == expected


def test_a_toll_that_rose_from_one_figure_to_another_is_the_second():
    assert counts("the toll rose from 30 to 40") == [("40", 40, 40)]


@pytest.mark.parametrize(("text", "low", "high"), [
    ("dozens of villagers", 12, 99),
    ("hundreds of people", 100, 999),
    ("thousands fled", 1000, 9999),
    ("tens of thousands of troops", 10_000, 99_999),
    ("hundreds of thousands of refugees", 100_000, 999_999),
    ("several hikers", 3, None),
    ("a couple in their car", 2, 2),
])
def test_vague_amounts_read_conservatively(text, low, high):
    (count,) = find_counts(text)
    assert (count.min, count.max) == (low, high)


@pytest.mark.parametrize("text", [
    "a convoy 400 kilometres long",
    "the front ran 620 miles",
    "prices rose 5% and 20 per cent",
    "a $5 million grant and £3bn in aid",
    "a 54-year-old man, aged 54",
    "the talks of March 12 and 12 March",
    "the meeting at 10:30",
    "since 2022, in 1999",
    "an F-16 and COVID-19",
    "for three days and 48 hours",
    "the 9/11 attacks",
])
def test_measures_dates_and_money_are_not_counts(text):
    assert counts(text) == []


def test_one_as_a_pronoun_is_not_a_count():
    assert counts("No one saw it; one of them left; someone called.") == []
    assert counts("one soldier") == [("one", 1, 1)]


def test_word_values():
    assert word_value("forty-two") == 42
    assert word_value("three thousand five hundred") == 3500
    assert word_value("half a dozen") == 6


def test_short_scales_need_no_space_and_a_spaced_m_is_metres():
    assert counts("2.5m people and 1bn more") == [("2.5m", 2_500_000, 2_500_000), ("1bn", 10**9, 10**9)]
    assert counts("a 100 m sprint") == []
