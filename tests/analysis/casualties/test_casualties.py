"""Casualties as a reader expects them: kind, count, group, place, period and source."""

import pytest

from briefing.analysis.casualties.find import find_casualties
from briefing.analysis.text.segmentation import segment
from briefing.model import Casualty


def casualties(text: str) -> list[Casualty]:
    found = find_casualties(segment(text))
    for c in found:
        assert text[c.start:c.end] == c.text
    return list(found)


def brief(text: str) -> list[tuple[str, int | None, int | None, str]]:
    return [(c.kind, c.min, c.max, c.group) for c in casualties(text)]


def test_killed_and_injured_in_one_sentence_are_two_items():
    text = "At least seven villagers were killed and 31 injured in the shelling, officials said."
    assert brief(text) == [("killed", 7, None, "villagers"), ("injured", 31, 31, "villagers")]


def test_active_voice_with_a_vague_amount_and_a_joined_count():
    text = "The conflict has killed tens of thousands of fighters and more than 8,000 civilians, according to the UN."
    (fighters, civilians) = casualties(text)
    assert (fighters.kind, fighters.min, fighters.max, fighters.group) == ("killed", 10_000, 99_999, "fighters")
    assert (civilians.kind, civilians.min, civilians.max, civilians.group) == ("killed", 8000, None, "civilians")
    assert civilians.source == "UN"


@pytest.mark.parametrize(("text", "expected"), [
    ("A drone struck a market, killing three.", ("killed", 3, 3)),
    ("The blast left 12 dead.", ("killed", 12, 12)),
    ("The death toll rose to 40 on Sunday.", ("killed", 40, 40)),
    ("Officials put the death toll at 57.", ("killed", 57, 57)),
    ("Fatalities rose to 15.", ("killed", 15, 15)),
    ("Nine people died in the fire.", ("killed", 9, 9)),
    ("Two soldiers were wounded.", ("injured", 2, 2)),
    ("Police arrested 15 protesters.", ("detained", 15, 15)),
    ("Six crew members remain missing.", ("missing", 6, 6)),
    ("Rebels captured 20 soldiers.", ("captured", 20, 20)),
    ("More than 2 million people have been displaced.", ("displaced", 2_000_000, None)),
    ("Dozens of families fled their homes.", ("displaced", 12, 99)),
    ("A 54-year-old man was injured.", ("injured", 1, 1)),
    ("Shelling killed a farmer near the village.", ("killed", 1, 1)),
    ("The militants took 40 hostages.", ("captured", 40, 40)),
    ("Some 3,000 soldiers remain in captivity.", ("captured", 3000, 3000)),
    ("At least 12 people, including three children, were killed.", ("killed", 12, None)),
    ("The blast claimed 9 lives.", ("killed", 9, 9)),
    ("Fourteen people were taken to hospital.", ("injured", 14, 14)),
    ("Some 3,000 villagers were uprooted by the fighting.", ("displaced", 3000, 3000)),
    ("Twelve migrants drowned off the coast.", ("killed", 12, 12)),
    ("Rescuers recovered the bodies of 30 miners.", ("killed", 30, 30)),
    ("Gunmen executed 7 hostages.", ("killed", 7, 7)),
    ("Some 200 protesters were taken into custody.", ("detained", 200, 200)),
])
def test_kinds_and_voices(text, expected):
    assert [(c.kind, c.min, c.max) for c in casualties(text)] == [expected]


def test_group_names_the_people_counted():
    assert brief("Four children were injured.") == [("injured", 4, 4, "children")]
    assert brief("Three Ukrainian soldiers were killed.") == [("killed", 3, 3, "soldiers")]


def test_place_period_and_source_are_read_from_the_sentence():
    (c,) = casualties("Five people were killed in Kharkiv in the past day, according to the regional governor.")
    assert c.place == "Kharkiv"
    assert c.period == "in the past day"
    assert c.source == "regional governor"


def test_period_since_a_year_and_source_after_a_comma():
    (c,) = casualties("More than 500 civilians have been killed since 2022, the ministry said.")
    assert c.period == "since 2022"
    assert c.source == "the ministry"


def test_a_toll_repeated_later_is_one_item():
    text = "Eleven people were killed in the flood.\n\nRescuers said 11 people were killed and the search goes on."
    assert brief(text) == [("killed", 11, 11, "people")]


@pytest.mark.parametrize("text", [
    "The convoy travelled 400 kilometres to the front, which killed no one.",
    "In 2022 the war killed many; the exhibition marks 2024.",
    "The injured driver, aged 54, was treated at the scene.",
    "Prices of fuel rose 30% after the attack killed hope of a deal.",
    "The budget of $40 million for the wounded veterans was approved.",
    "Two years later, the talks died.",
])
def test_numbers_that_are_not_casualties(text):
    assert brief(text) == []


def test_a_bare_one_is_not_counted_but_one_soldier_is():
    assert brief("Two videos exist, one captured by a dashboard camera.") == []
    assert brief("The deal killed a plan; 33 hostages would be freed; they swapped 90 prisoners of war.") == []
    assert brief("One soldier was killed.") == [("killed", 1, 1, "soldier")]


def test_lives_saved_are_not_lives_lost():
    assert brief("The new ambulances saved 40 lives last year.") == []


def test_counts_joined_by_and_share_the_verb():
    assert brief("Five civilians and two soldiers were killed.") == [
        ("killed", 5, 5, "civilians"), ("killed", 2, 2, "soldiers")]
    assert brief("A mortar attack killed 68 people and wounded 200.") == [
        ("killed", 68, 68, "people"), ("injured", 200, 200, "people")]


def test_others_takes_the_group_before_it():
    assert brief("The shelling killed 20 civilians and wounded about 80 others.") == [
        ("killed", 20, 20, "civilians"), ("injured", 80, 80, "civilians")]


def test_shot_and_killed_is_killed():
    assert brief("He was one of at least 70 people shot and killed by police this year.") == [
        ("killed", 70, None, "people")]


def test_the_same_figure_in_two_places_is_two_items():
    text = "Two people were killed in Kharkiv on Monday.\n\nIn Odesa, two people were killed in a separate strike."
    assert [c.place for c in casualties(text)] == ["Kharkiv", "Odesa"]


def test_offsets_hold_after_letters_that_lower_to_two():
    text = "İİİ: at least 5 villagers were killed in İzmir."
    (c,) = casualties(text)
    assert (c.min, c.text) == (5, "at least 5 villagers were killed")


def test_quoted_counts_and_groups_joined_by_and():
    assert brief('Gunmen killed "several dozen" soldiers.') == [("killed", 36, 36, "soldiers")]
    assert brief("At least 50 soldiers and auxiliaries died.") == [("killed", 50, None, "soldiers")]
    assert brief("A woman and a boy were pronounced dead.") == [
        ("killed", 1, 1, "person"), ("killed", 1, 1, "child")]


def test_one_among_the_dead_is_no_new_toll():
    assert brief("A 55-year-old man was among those killed.") == []


def test_source_said_with_a_day_after_it():
    (c,) = casualties("The storm killed at least nine people, officials said on Friday.")
    assert (c.source, c.period) == ("officials", "on Friday")


def test_source_at_the_start_and_not_a_clause_after_and():
    (c, d) = casualties("Local officials said 12 fighters were captured, and two observers were reported missing.")
    assert (c.source, d.source) == ("Local officials", "Local officials")


def test_part_of_a_toll_is_not_a_new_one():
    assert brief("Two of the injured remain in critical condition.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The army said it had taken 14 enemy soldiers prisoner.", [("captured", 14, 14, "soldiers")]),
    ("Four nurses were among the dead.", [("killed", 4, 4, "nurses")]),
    ("More than 8,000 people have been forced from their homes.", [("displaced", 8000, None, "people")]),
    ("Gunmen stormed the market, killing at least 12, officials said.", [("killed", 12, None, "")]),
    ("The death toll since March has climbed to 31.", [("killed", 31, 31, "")]),
    ("The storm killed at least 27 people, leaving four missing.", [("killed", 27, None, "people"),
                                                                    ("missing", 4, 4, "people")]),
    ("Hundreds of residents were evacuated.", [("displaced", 100, 999, "residents")]),
    ("Police said the prosecutor was wounded.", [("injured", 1, 1, "prosecutor")]),
    ("At least 20 soldiers were killed. Another 50 were injured.", [("killed", 20, None, "soldiers"),
                                                                    ("injured", 50, 50, "soldiers")]),
    ("Two police officers were shot dead.", [("killed", 2, 2, "police")]),
    ("More than 40,000 residents have been relocated to safe places.", [("displaced", 40000, None, "residents")]),
    ("Shelling killed a woman and her two children.", [("killed", 1, 1, "person"), ("killed", 2, 2, "children")]),
    ("Nine peacekeepers were killed. Dozens more were wounded.", [("killed", 9, 9, "peacekeepers"),
                                                                 ("injured", 12, 99, "peacekeepers")]),
    ("Twelve miners were killed. Rescuers said 50 were injured.", [("killed", 12, 12, "miners"),
                                                                   ("injured", 50, 50, "")]),
])
def test_wire_phrasings(text, expected):
    assert brief(text) == expected


@pytest.mark.parametrize("text", [
    "The toll is expected to rise because rescuers have not reached several villages.",
    "A strike on the capital would kill hundreds, the general warned.",
    "The rebels threatened to kill 20 hostages.",
    "If even a portion of those million people are displaced, the camps will overflow.",
    "Soldiers killed them in a 1992 massacre.",
])
def test_hypotheticals_and_counts_of_things_are_no_toll(text):
    assert brief(text) == []


def test_a_count_with_a_verb_of_its_own_is_not_joined_to_the_next():
    assert brief("Twenty-three people were rescued and five bodies were recovered.") == [("killed", 5, 5, "")]


@pytest.mark.parametrize(("text", "expected"), [
    ("One supporter, a 24-year-old man, was stabbed to death.", [("killed", 1, 1)]),
    ("Some 600 residents of the coastal village of Dresk were evacuated.", [("displaced", 600, 600)]),
    ("Two hikers reported missing on Sunday were found alive.", []),
    ("Children under five account for nearly half of the deaths.", []),
    ("The raid killed a rebel commander and two of his aides.", [("killed", 1, 1), ("killed", 2, 2)]),
    ("Two people were shot dead and a third was wounded.", [("killed", 2, 2), ("injured", 1, 1)]),
    ("The firm recalled 50,000 cars after two drivers were injured.", [("injured", 2, 2)]),
    ("The number of people killed rose by 12 to 87.", [("killed", 87, 87)]),
    ("The ministry put the number of dead at 214 and the wounded at more than 600.",
     [("killed", 214, 214), ("injured", 600, None)]),
    ("Fighting has forced 8 million from their homes.", [("displaced", 8_000_000, 8_000_000)]),
    ("The war has driven some 11 million from their homes.", [("displaced", 11_000_000, 11_000_000)]),
    ("One of them, a 29-year-old nurse, died in captivity.", [("killed", 1, 1)]),
    ("Seven people, five of them children, have died.", [("killed", 7, 7), ("killed", 5, 5)]),
    ("Protests broke out after Keith Morrow, 43, was killed by police.", [("killed", 1, 1)]),  # an age, one person
    ("The storm left tens of thousands without shelter.", [("displaced", 10_000, 99_999)]),
    ("More than 64,000 people had been moved to storm shelters.", [("displaced", 64_000, None)]),
    ("At least 230 people were treated in hospital for injuries.", [("injured", 230, None)]),
    ("Eleven fishermen who put to sea before the warning were still missing.", [("missing", 11, 11)]),
    ("A doctor who trusts it blindly will eventually hurt someone.", []),
    ("Some 1,200 of the town's remaining 5,000 residents were evacuated.", [("displaced", 1200, 1200)]),
    ("Dalen said Ostmark had lost more than 300 men.", [("killed", 300, None)]),
    ("The company lost 4,000 jobs and 20 stores.", []),
    ("Two more succumbed to their injuries overnight.", [("killed", 2, 2)]),
    ("Some 40 people remain in detention.", [("detained", 40, 40)]),
    ("Two journalists have been held since March.", [("detained", 2, 2)]),
    ("The rebels forced 12 workers to sign the letter.", []),
    ("A gunman shot dead four people.", [("killed", 4, 4)]),
    ("An air strike on the market killed 12 people, killing a family of five.", [("killed", 12, 12), ("killed", 5, 5)]),
    ("A drone attack killed a couple in their car.", [("killed", 2, 2)]),
    ("A rocket fatally wounded a woman at the bus stop.", [("killed", 1, 1)]),
    ("A pedestrian was fatally shot.", [("killed", 1, 1)]),
    ("The blast caused injuries to 30 people.", [("injured", 30, 30)]),
    ("Seventy-two were brought up, 16 of them with burns.", [("injured", 16, 16)]),
    ("Sixteen miners suffered severe burns.", [("injured", 16, 16)]),
    ("Nearly 45,000 people were moved to evacuation centres.", [("displaced", 45_000, 45_000)]),
    ("A flood in May forced nearly 2,000 from their tents.", [("displaced", 2000, 2000)]),
    ("The flood may force 2,000 from their tents.", []),
    ("The agency put the number of people displaced since March at 310,000.", [("displaced", 310_000, 310_000)]),
    ("Authorities have jailed 17 journalists since August.", [("detained", 17, 17)]),
    ("Security forces rounded up 63 students at the university.", [("detained", 63, 63)]),
    ("They are holding at least 200 opposition supporters without trial.", [("detained", 200, None)]),
    ("The ruling party is holding 140 seats in parliament.", []),
    ("One detained reporter, a 51-year-old father of three, had died in custody.", [("killed", 1, 1)]),
    ("Police confirmed the arrests of 120 people.", [("detained", 120, 120)]),
    ("More than 2 million people have crossed into neighbouring countries.", [("displaced", 2_000_000, None)]),
    ("Some 6.5 million are internally displaced.", [("displaced", 6_500_000, 6_500_000)]),
    ("In Sarn, 4,000 refugees sought shelter in schools.", [("displaced", 4000, 4000)]),
    ("More than 2,300 people have been admitted to hospitals with heatstroke.", [("injured", 2300, None)]),
    ("Heat deaths have risen to 140, officials said, as temperatures reached 47C for a fifth day.",
     [("killed", 140, 140)]),
    ("The death toll, as of Monday, stood at 61.", [("killed", 61, 61)]),
    ("The strikes brought the total killed in the area this month to more than 400.", [("killed", 400, None)]),
    ("The slide left 350 villagers without a roof over their heads.", [("displaced", 350, 350)]),
    ("The group counted 68 detentions by evening.", [("detained", 68, 68)]),
    ("Police made 40 arrests.", [("detained", 40, 40)]),
    ("Two journalists were beaten by officers.", [("injured", 2, 2)]),
    ("Three protesters needed hospital treatment.", [("injured", 3, 3)]),
    ("The suspect, 19, was taken into custody at the scene.", [("detained", 1, 1)]),
    ("The driver of the lorry was arrested.", [("detained", 1, 1)]),
    ("Twelve survivors of the journey were treated for dehydration.", [("injured", 12, 12)]),
    ("The governor said 11 people had sought medical help.", [("injured", 11, 11)]),
    ("The eruption forced about 9,000 residents to evacuate.", [("displaced", 9000, 9000)]),
    ("The opposition won 54 seats and 6 people were detained for vote buying.", [("detained", 6, 6)]),
    # Captors hold captives, the police hold detainees; a meeting held is no one held.
    ("Officials said 8 people were still being held.", [("captured", 8, 8)]),
    ("The armed group holding 18 aid workers will free them on Saturday.", [("captured", 18, 18)]),
    ("Two meetings were being held in the city.", []),
    ("Its driver, a 51-year-old man, survived and was arrested on Monday.", [("detained", 1, 1)]),
    ("Two soldiers were martyred in the attack.", [("killed", 2, 2)]),
    ("The fighting has uprooted more than three million people.", [("displaced", 3_000_000, None)]),
])
def test_phrasings_of_tolls_and_what_is_no_toll(text, expected):
    assert [(c.kind, c.min, c.max) for c in casualties(text)] == expected


def test_votes_troops_vehicles_money_and_a_killed_bill_are_no_tolls():
    text = ("The opposition killed the bill by 212 votes to 98. The army deployed 1,200 troops and 15 trucks, "
            "a 62-year-old shopkeeper lost 30,000 in stock, and the government is holding 40 million in reserve.")
    assert casualties(text) == []
