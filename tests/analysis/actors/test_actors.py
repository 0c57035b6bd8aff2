"""Actors: names merged into one party, roles, kinds, prominence; bylines and credits left out."""

from __future__ import annotations

import pytest

from briefing.analysis import analyse


def actors(text: str) -> dict[str, tuple[str, str, tuple[str, ...]]]:
    return {a.name: (a.kind, a.role, a.aliases) for a in analyse(text).actors}


def test_title_before_name_gives_the_role_and_aliases_merge():
    text = (
        "Ukrainian President Anna Kovalenko arrived in Ankara on Tuesday.\n"
        "Mrs Kovalenko met Turkish foreign minister Hakan Lindqvist.\n"
        "Kovalenko later left for Kyiv.\n"
    )
    found = actors(text)
    assert found["Anna Kovalenko"][0] == "person"
    assert found["Anna Kovalenko"][1] == "Ukrainian President"
    assert "Kovalenko" in found["Anna Kovalenko"][2]
    assert found["Hakan Lindqvist"][1] == "Turkish foreign minister"
    assert not any(name in found for name in ("Kovalenko", "Mrs Kovalenko", "Ankara", "Kyiv"))


APPOSITIVES = "Dmitri Novak, the Kremlin spokesman, said it was useful.\nBoris Sato, an aide to Mr Novak, was silent.\n"
GAZETTEER = "Saudi Arabia and the United Nations backed the plan, and Nato agreed.\nThe White House said Russia knew.\n"


@pytest.mark.parametrize(("text", "name", "kind", "role"), [
    (APPOSITIVES, "Dmitri Novak", "person", "Kremlin spokesman"),
    (APPOSITIVES, "Boris Sato", "person", "aide to Mr Novak"),
    (GAZETTEER, "Saudi Arabia", "state", ""),
    (GAZETTEER, "Russia", "state", ""),
    (GAZETTEER, "Nato", "organization", ""),
    (GAZETTEER, "White House", "organization", ""),
])
def test_kind_and_role_from_appositives_and_gazetteer(text, name, kind, role):
    assert actors(text)[name][:2] == (kind, role)


def test_states_and_organizations_are_not_people():
    assert not [name for name, (kind, _, _) in actors(GAZETTEER).items() if kind == "person"]


def test_byline_and_photo_credit_are_not_actors():
    text = (
        "Ceasefire holds in the north\n"
        "By Grace Moreau and Peter Rossi\n"
        "A convoy near the front line. Photograph: Carla Okafor/Reuters\n"
        "Defence minister James Tanaka said the ceasefire was holding.\n"
    )
    found = actors(text)
    assert "James Tanaka" in found
    assert not any(name in found for name in ("Grace Moreau", "Peter Rossi", "Carla Okafor"))


def test_actors_are_ordered_by_mentions():
    text = (
        "Senator Elena Petrov met Governor Piet Quinlan.\n"
        "Ms Petrov said the bill would pass. Ms Petrov said it twice. Mr Quinlan left.\n"
    )
    assert [a.name for a in analyse(text).actors][:2] == ["Elena Petrov", "Piet Quinlan"]


def test_two_people_sharing_a_surname_stay_apart():
    text = (
        "Bill Moreau and Hillary Moreau arrived together.\n"
        "Mrs. Moreau spoke first.\n"
    )
    names = [a.name for a in analyse(text).actors if a.kind == "person"]
    assert sorted(names) == ["Bill Moreau", "Hillary Moreau"]


def test_agency_sign_offs_are_not_actors():
    text = (
        "Envoys resumed talks on Tuesday, foreign minister Karl Weber said.\n\n"
        "Reporting by Tom Balmer; Editing by Mark Trevor\n\n"
        "Maggie Hale contributed reporting.\n"
    )
    assert [a.name for a in analyse(text).actors if a.kind == "person"] == ["Karl Weber"]


def test_counterpart_takes_the_role_of_the_group_named_before():
    text = "Ms Ek met Nordic defence ministers on Friday, including her Danish counterpart Lars Holm.\n"
    assert actors(text)["Lars Holm"][1] == "Danish defence minister"


def test_nickname_and_arabic_article_merge_into_one_person():
    text = (
        "General Omar al-Tahir met rebel leader Idris Musa Karim, known as Taha, on Monday.\n\n"
        "Tahir said the meeting was useful. Taha said nothing.\n"
    )
    found = {a.name: a.aliases for a in analyse(text).actors if a.kind == "person"}
    assert set(found) == {"Omar al-Tahir", "Idris Musa Karim"}
    assert "Taha" in found["Idris Musa Karim"]


def test_plural_groups_are_not_people():
    text = "Residents described heavy shelling. Witnesses said the market was hit.\n"
    assert [a for a in analyse(text).actors if a.kind == "person"] == []


def test_organization_names_run_on_after_of():
    text = "The Association of Flight Attendants and the Ministry of Defence backed the deal, Anna Petrov said.\n"
    found = actors(text)
    assert found["Association of Flight Attendants"][0] == "organization"
    assert found["Ministry of Defence"][0] == "organization"


@pytest.mark.parametrize(("text", "name", "role"), [
    ("‘The river rose in an hour,’ said Tavi Orrun, a fisherman in the village of Mell.\n",
     "Tavi Orrun", "fisherman in the village of Mell"),
    ("Mrs. Ilse Varn, a commuter from Dunmore, said the buses were late.\n", "Ilse Varn", "commuter from Dunmore"),
])
def test_an_occupation_is_the_role_of_a_speaker_or_of_someone_with_an_honorific(text, name, role):
    assert actors(text)[name][1] == role


def test_a_run_of_demonyms_is_not_a_person():
    found = actors("Serb gunners fired again.\nBosnian Serb leader Dragan Mirko denied it.\n")
    assert found["Dragan Mirko"][1] == "Bosnian Serb leader"
    assert "Bosnian Serb" not in found and "Serb" not in found


def test_a_rank_before_the_name_keeps_the_job_in_the_appositive_with_its_initials():
    found = actors("\"Nobody was spared,\" said Maj. Gen. Ivo Brandt, a U.N. spokesman in the city.\n")
    assert found["Ivo Brandt"][1] == "Major General, U.N. spokesman in the city"


@pytest.mark.parametrize(("text", "name", "role"), [
    ("\"It is gone,\" said Tavi Orrun, 54, a baker from Mell.\n", "Tavi Orrun", "baker from Mell"),
    ("Dmitri Novak, 61, the Kremlin spokesman, said it was useful.\n", "Dmitri Novak", "Kremlin spokesman"),
    ("Boris Sato, 41, said nothing.\n", "Boris Sato", ""),
])
def test_an_age_after_the_name_is_skipped_to_reach_the_role(text, name, role):
    assert actors(text)[name][1] == role
