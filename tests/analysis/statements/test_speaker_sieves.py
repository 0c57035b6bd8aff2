"""Who said it, in the shapes that trip a nearest-name reading: objects, crowds, texts, sources 'as X put it'.

Each case is a short article of its own; the sieve that decided is named on the attribution.
"""

from __future__ import annotations

import pytest

from briefing.analysis import analyse
from briefing.analysis.actors.find import find_actors
from briefing.analysis.statements import find as statements
from briefing.analysis.statements.speakers import CONTEXT_SIEVES, CUE_SIEVES
from briefing.analysis.text.segmentation import segment

HEAD = "Port strike enters second week\n\n"


def said(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in analyse(HEAD + text).statements if s.direct]


def test_a_person_after_a_verb_is_its_object_not_the_speaker():
    text = ("Union leader Marta Solberg met the mayor on Monday.\n\n"
            "Senator Ruth Olsen, in particular, has been steadily attacking Solberg as “an agitator who wants "
            "chaos”.\n")
    assert said(text) == [("Ruth Olsen", "an agitator who wants chaos")]


def test_a_body_named_after_a_preposition_does_not_speak():
    text = ("Senator Ruth Olsen opened the hearing on Tuesday.\n\n"
            "Many members of Parliament share her doubts, because the only test for a licence is a “clean record”, "
            "as a Transport Ministry memo put it.\n")
    assert said(text) == [("Transport Ministry", "clean record")]


def test_according_to_after_the_quote_names_the_source():
    text = ("Dock worker Ivo Brandt joined the picket at dawn.\n\n"
            "More than 4,000 workers took part in a “sit-down” at 12 ports, according to the organizer, the "
            "Harbour Workers Alliance.\n")
    assert said(text) == [("Harbour Workers Alliance", "sit-down")]


def test_a_verb_of_saying_nearer_the_quote_beats_an_earlier_according_to():
    text = ("According to the Port Gazette, union spokesman Karl Weiss said on Friday that the strike "
            "“will go on until the offer improves.”\n")
    assert said(text) == [("Karl Weiss", "will go on until the offer improves.")]


def test_a_chant_is_the_crowds_not_the_nearest_name():
    text = "Mayor Lena Fisk was greeted with chants of “Fair pay now!” as she left the town hall.\n"
    assert said(text) == [(None, "Fair pay now!")]


def test_an_announcer_or_a_letter_is_no_one_named_nearby():
    text = ("Karl Weiss walked to the stage.\n\n"
            "“Please welcome the workers of Pier Nine,” the announcer said.\n")
    assert said(text) == [(None, "Please welcome the workers of Pier Nine")]


def test_a_short_quote_after_a_noun_of_saying_is_a_statement():
    text = "Mayor Lena Fisk repeated her claim that the strike had cost “thousands of jobs” in the region.\n"
    assert said(text) == [("Lena Fisk", "thousands of jobs")]


def test_as_someone_put_it_before_the_quote():
    text = ("The strike is the longest in a decade. As economist Nora Quist put it on Monday, “the port is the "
            "city's heart.”\n")
    assert said(text) == [("Nora Quist", "the port is the city's heart.")]


def test_every_sieve_is_named_and_the_name_is_recorded():
    names = [name for name, _ in CUE_SIEVES + CONTEXT_SIEVES]
    assert len(names) == len(set(names))
    doc = segment(HEAD + "“We will not give in,” said union leader Marta Solberg.\n")
    cast = find_actors(doc)
    captured = []
    original = statements.attribute

    def spy(refs):
        found = original(refs)
        captured.extend(found)
        return found

    statements.attribute = spy
    try:
        statements.find_statements(doc, cast)
    finally:
        statements.attribute = original
    assert [a.sieve for a in captured] == ["after"]


@pytest.mark.parametrize(("name", "article"), [
    ("chanted", "Crowds met the mayor with chants of “Shame!” on Monday.\n"),
    ("after", "“We will not give in,” said union leader Marta Solberg.\n"),
])
def test_each_cue_sieve_decides_alone(name, article):
    from briefing.analysis.statements.quotes import find_quotes
    from briefing.analysis.statements.references import ReferenceResolver
    from briefing.analysis.statements.speakers import prepare

    doc = segment(HEAD + article)
    cast = find_actors(doc)
    refs = ReferenceResolver(doc, cast.actors, list(cast.links), find_quotes(doc))
    assert dict(CUE_SIEVES)[name](prepare(refs), 0) is not None
