"""Persons, precisely: what only looks like a person is not one, and what is garbled or nicknamed still is."""

from __future__ import annotations

import unicodedata

import pytest

from briefing.analysis import analyse
from briefing.analysis.text.segmentation import CREDIT, repair_mojibake, segment


def persons(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {a.name: (a.role, a.aliases) for a in analyse(text).actors if a.kind == "person"}


def kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in analyse(text).actors}


def test_a_lone_word_that_speaks_is_an_organization():
    text = "Vostgaz said on Monday that the pipeline would reopen.\nVostgaz said it expected prices to fall.\n"
    assert kinds(text).get("Vostgaz") == "organization"
    assert persons(text) == {}


@pytest.mark.parametrize("text", [
    "Okonjo said the vote was rigged.\nOkonjo said he would appeal the ruling in the spring.\n",
    "Okonjo aides were quiet all week.\nThe result was close, Okonjo said on Friday.\n",
    "The result was close, Okonjo said on Friday.\nThe Okonjo campaign asked for a recount.\n",
])
def test_a_lone_speaker_referred_to_as_a_person_stays_one(text):
    assert "Okonjo" in persons(text)


def test_a_lone_given_name_that_speaks_is_a_person():
    assert "Maria" in persons("Maria said the harvest was poor this year.\n")


@pytest.mark.parametrize(("text", "name"), [
    ("Hold Maria Lindholm to account, the marchers chanted outside the ministry.\n", "Maria Lindholm"),
    ("Meet John Osei, the man who runs the ferry.\nHe has done it for years.\n", "John Osei"),
])
def test_a_verb_opening_a_sentence_is_not_part_of_the_name(text, name):
    assert set(persons(text)) == {name}


def test_a_quoted_nickname_does_not_split_the_name():
    text = "Sen. Thomas J. “Tommy” Varga said the bill was flawed.\nVarga said he would vote against it.\n"
    found = persons(text)
    assert len(found) == 1
    [(name, (role, aliases))] = found.items()
    assert "Varga" in name and role == "Senator"
    assert "Tommy Varga" in aliases


@pytest.mark.parametrize("garbled", [
    "Fran\u00c3\u00a7ois",  # UTF-8 read once as Windows-1252
    "Fran\u00c3\x83\u00c2\u00a7ois",  # twice
    unicodedata.normalize("NFD", "Fran\u00c3\x83\u00c2\u00a7ois"),  # twice, then decomposed
])
def test_mojibake_in_a_name_is_repaired_and_does_not_split_it(garbled):
    text = f"French Prime Minister {garbled} Lemaire said the budget would pass.\nMr Lemaire left for Lyon.\n"
    [(name, (role, aliases))] = persons(text).items()
    assert (name, role, set(aliases)) == ("François Lemaire", "French Prime Minister", {"Mr Lemaire", "Lemaire"})


def test_words_that_are_not_mojibake_are_left_alone():
    assert repair_mojibake("Ãlvaro") == "Ãlvaro"
    assert repair_mojibake("Zoë") == "Zoë"


def test_a_plain_occupation_after_a_full_name_is_the_role():
    text = "Jane Okafor, a farmer in Oru, said the river had flooded her fields twice this year.\n"
    assert persons(text)["Jane Okafor"][0] == "farmer in Oru"


def test_an_occupation_does_not_make_an_organization_a_person():
    text = "Nordvik, a copper producer in the north, said output fell.\n"
    assert "Nordvik" not in persons(text)


def test_a_quoted_follow_line_is_a_sign_off():
    doc = segment("Talks resumed in Oslo on Monday.\n\n\"Follow Kari Nes on Twitter @karines.\"\n")
    assert doc.paragraphs[-1].kind == CREDIT


@pytest.mark.parametrize("text", [
    "Parades filled the streets on Armistice Day, and Jim Crow laws were recalled.\n",
    "Shops opened early on Black Friday, Ms Ito said.\n",
])
def test_days_and_eras_are_not_people(text):
    assert set(persons(text)) <= {"Ito"}


def test_a_surname_day_with_a_given_name_is_a_person():
    assert "Laura Day" in persons("Laura Day said she loved the film.\n")
