"""Short articles written for one pattern each (tests/fixtures/actors): who the reader finds, and in which post."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.analysis import analyse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "actors"


def people(name: str) -> dict[str, str]:
    """Each person of the fixture article `name` and the role found for them."""
    return {a.name: a.role for a in analyse((FIXTURES / name).read_text(encoding="utf-8")).actors
            if a.kind == "person"}


# (fixture, person, words the role must hold; none: the person has no role)
ROLES = [
    # A pageant title after a capitalised 'Former' that opens the sentence.
    ("pageant-title.txt", "Alicia Marr", ["former miss universe"]),
    # A post after a copula, with an age between; a label or a win after 'is' is no post.
    ("copula-post.txt", "Leo Brand", ["chief executive of alder shipping"]),
    ("copula-post.txt", "Ada Holm", ["nurse at the harbour clinic"]),
    ("copula-post.txt", "Gregor Lund", []),
    # 'its' gives the post to the organization or state named before it, across a paragraph it opens.
    ("owner-pronoun.txt", "Rami Haddad", ["director of the dalmarian observatory for human rights"]),
    ("owner-pronoun.txt", "Ingrid Sol", ["foreign minister of norway"]),
    ("owner-pronoun.txt", "Dana Voigt", ["chief executive of brightwater holdings"]),
    # ... but no organization named only as a common noun: the post alone.
    ("owner-pronoun.txt", "Paul Osk", ["chair"]),
]


@pytest.mark.parametrize(("fixture", "person", "words"), ROLES, ids=[f"{r[0]}:{r[1]}" for r in ROLES])
def test_the_role_a_reader_is_given(fixture, person, words):
    role = people(fixture)[person].lower()
    assert all(w in role for w in words) if words else role == "", role


def test_a_headline_word_does_not_make_a_company_a_person():
    # 'Shipping firm warns ...' in the headline, 'Alder Shipping' in the body
    assert set(people("copula-post.txt")) == {"Leo Brand", "Ada Holm", "Gregor Lund"}


def test_the_end_of_a_prefixed_adjective_is_no_name():
    # 'The pro-Voss Citizens Forward Action is ...': neither 'o-Voss' nor 'Voss Citizens ...' is a person
    assert people("prefixed-adjective.txt") == {}


def test_an_owner_pronoun_reaches_no_body_in_an_earlier_paragraph_it_does_not_open():
    role = people("owner-pronoun.txt")["Paul Osk"]
    assert role == "chair", role  # not the 'Brightwater Holdings' of two paragraphs before
