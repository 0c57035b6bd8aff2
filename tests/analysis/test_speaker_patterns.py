"""Speakers in the shapes real articles use: names from many languages, titles, lone surnames, pronouns."""

from __future__ import annotations

import pytest

from briefing.analysis import analyse

HEAD = "Harbour talks resume\n\n"


def said(text: str) -> list[tuple[str | None, str]]:
    """(speaker, quoted words) of the direct statements a reader would see."""
    return [(s.speaker, s.text) for s in analyse(HEAD + text).statements if s.direct]


def persons(text: str) -> set[str]:
    return {a.name for a in analyse(HEAD + text).actors if a.kind == "person"}


@pytest.mark.parametrize("name", ["Ayesha Rahman", "Tomasz Nowak", "Chidinma Okeke", "Søren Dahl", "Burak Aydin",
                                  "Nguyen Van Thanh", "Angelique Moreau"])
def test_a_given_name_from_any_language_makes_a_person(name):
    assert name in persons(f"{name} met the delegation at the port on Monday.\n")


def test_a_pronoun_takes_the_gender_the_given_name_tells():
    text = ("Ayesha Rahman and Tomasz Nowak met on Monday. Nowak praised the deal.\n\n"
            "“It is a good start,” she said.\n")
    assert said(text) == [("Ayesha Rahman", "It is a good start,")]


def test_inverted_attribution_with_a_lower_case_job_before_the_name():
    text = "“The port will reopen,” said harbour master Ivo Lenz. “But not this week.”\n"
    assert said(text) == [("Ivo Lenz", "The port will reopen,"), ("Ivo Lenz", "But not this week.")]
