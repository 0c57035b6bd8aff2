"""Roles: the most specific position the text gives a person, from every place it gives it (GUIDE.md, Actors)."""

from __future__ import annotations

import pytest

from briefing.analysis import analyse


def roles(text: str) -> dict[str, str]:
    return {a.name: a.role for a in analyse(text).actors if a.kind == "person"}


# One short article per pattern: (article, person, words the role must hold).
PATTERNS = [
    # An organization before the title belongs to the role.
    ("Harbour Authority Director Lena Marsh said the port would reopen.\n", "Lena Marsh",
     ["harbour authority director"]),
    ("Senate Majority Leader Tomas Vell said the vote would wait.\n", "Tomas Vell", ["senate majority leader"]),
    # A qualifier or the service before a capitalised title.
    ("The files were kept by former Secretary of State Irene Dalca, aides said.\n", "Irene Dalca",
     ["former secretary of state"]),
    ("“We will find them,” Norbury police Chief Owen Tallis said on Monday.\n", "Owen Tallis",
     ["norbury police chief"]),
    ("City Attorney Ruth Amsel wrote to the campaign.\n", "Ruth Amsel", ["city attorney"]),
    # A title written with no-break spaces, as pasted web text has them.
    ("Republican nominee\u00a0Gov.\u00a0Carl Brenning said he would debate.\n", "Carl Brenning", ["governor"]),
    # Appositives: after a state or party tag, with a second role after 'and', before the name with a complement.
    ("“It is a stunt,” said Rep. Alma Ruiz of Nevada, the panel's ranking Democrat.\n", "Alma Ruiz",
     ["ranking democrat"]),
    ("The delays are real, says Ivo Pranjic, founder and chief executive of Coastline Relief.\n", "Ivo Pranjic",
     ["founder", "chief executive"]),
    ("An attorney for the company, Mira Olsen, said it would appeal.\n", "Mira Olsen", ["attorney"]),
    ("Sanja Petek, senior associate at the Bremer Institute, said the plan was thin.\n", "Sanja Petek",
     ["senior associate"]),
    # A post given by a verb, or after 'as'.
    ("“Nobody wins,” said Paolo Renner, who heads the Centre for Trade Studies in Lyon.\n", "Paolo Renner",
     ["head of the centre for trade studies"]),
    ("The party chose Hugo Dannet as its vice presidential nominee, the first time since 1960.\n", "Hugo Dannet",
     ["vice presidential nominee"]),
    # A plural title shared by the names joined after it.
    ("Sens. Ada Brill (D-Ore.) and Karl Umber (R-Ohio) asked for hearings.\n", "Karl Umber", ["senator"]),
    ("Prosecutors charged two Alder County developers, Nils Farro and Ewa Marek, with fraud.\n", "Ewa Marek",
     ["developer"]),
    # A prefixed role noun.
    ("Grant Holloway told co-host Nina Reyes that he would run.\n", "Nina Reyes", ["co-host"]),
]


@pytest.mark.parametrize(("text", "person", "words"), PATTERNS, ids=[p[1] for p in PATTERNS])
def test_role_holds_the_words_a_reader_wants(text, person, words):
    role = roles(text)[person].lower()
    assert all(w in role for w in words), role


def test_the_most_specific_role_wins_over_a_relation_and_a_bare_title():
    text = (
        "Hillary Grant attacked her rival, Donald Voss, at the rally.\n"
        "Republican presidential nominee Donald Voss answered on Friday.\n"
    )
    assert roles(text)["Donald Voss"] == "Republican presidential nominee"


def test_a_list_of_officials_is_no_appositive_of_the_name_before_it():
    text = (
        "The delegation was led by defence minister Petro Hal.\n"
        "It included Mr Hal, foreign minister Ivan Sorel and the head of the presidential office.\n"
    )
    found = roles(text)
    assert found["Petro Hal"] == "defence minister"
    assert found["Ivan Sorel"] == "foreign minister"


def test_a_plural_object_of_a_verb_of_saying_gives_no_title():
    assert roles("The mayor told reporters Anna Kowal would stay.\n").get("Anna Kowal", "") == ""
