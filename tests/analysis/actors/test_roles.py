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


@pytest.mark.parametrize(("text", "person", "role"), [
    ("The head of the army, Gen. Omar Sidi, said talks would resume.\n", "Omar Sidi", "General, head of the army"),
    ("Lt Gen Hamid Tor, who leads the Border Guard, denied it.\n", "Hamid Tor",
     "Lieutenant General, leader of the Border Guard"),
    ("Mrs Justice Carrow ruled that the ban was lawful.\n", "Carrow", "judge"),
    ("Tweets about former Miss Universe Elena Serra angered many.\nSerra said so.\n", "Elena Serra",
     "former Miss Universe"),
])
def test_roles_of_ranks_judges_and_titles_won(text, person, role):
    assert roles(text)[person] == role


def actor_names(text: str) -> set[str]:
    return {a.name for a in analyse(text).actors}


def test_a_body_named_after_on_is_one_organization_and_a_suffix_dot_ends_a_sentence():
    text = ("The complaint to the Court of Appeals’ Board on Professional Conduct says Ada Mill erred.\n"
            "It was the end of World War II. Voss has said he would stay.\n")
    names = actor_names(text)
    assert "Court of Appeals’ Board on Professional Conduct" in names
    assert "Professional Conduct" not in names
    assert not any("II. Voss" in name for name in names)


def test_a_post_named_without_the_name_goes_to_the_subject_before_it():
    text = (
        "Carl Brenning says too much is made of Ada Voss's tweets.\n"
        "The Republican vice presidential nominee says the race is close.\n"
    )
    found = roles(text)
    assert found["Carl Brenning"] == "Republican vice presidential nominee"
    assert found.get("Ada Voss", "") == ""


def test_a_described_post_never_goes_to_someone_of_another_party_nor_beats_a_post_by_the_name():
    text = (
        "Republican nominee Ada Voss attacked Lena Holm on Friday.\n"
        "Lena Holm answered her at a rally in Ohio.\n"
        "The Democratic presidential candidate said Voss was unfit.\n"
        "Voss spoke next. The Democratic presidential nominee left early.\n"
    )
    found = roles(text)
    assert found["Ada Voss"] == "Republican nominee"
    assert found["Lena Holm"] == "Democratic presidential candidate"
