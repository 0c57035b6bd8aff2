"""Short articles written for one pattern each (tests/fixtures/actors): who the reader finds, and in which post."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.analysis import analyse
from briefing.model import Actor

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
    # British titles: an MP's seat, 'Sir', 'Dame', the post after the name, a peer 'of' a place.
    ("broadsheet-titles.txt", "Thangam Rees", ["labour mp for bristol west"]),
    ("broadsheet-titles.txt", "Keir Marlow", ["prime minister"]),
    ("broadsheet-titles.txt", "David Lamm", ["foreign secretary"]),
    ("broadsheet-titles.txt", "Eleanor Pike", ["chair of the environment agency"]),
    ("broadsheet-titles.txt", "Shaw", ["conservative peer"]),
    ("broadsheet-titles.txt", "Tom Bright", ["leader of hull city council"]),
    # Wire style: a post with no name says something, the person is named in the next sentence; a former post and
    # the current one coordinated after the name; an unnamed spokesman's post is nobody's ('Paul Osk' has his own).
    ("wire-described-posts.txt", "Helga Moen", ["labour commissioner"]),
    ("wire-described-posts.txt", "Ilse Marrow", ["current green party mayoral candidate"]),
    ("wire-described-posts.txt", "Paul Osk", ["city councillor"]),
    # A court report: a post held 'as' (in the past: former), a judge and a prosecutor by title, a lawyer by her
    # owner, an officer by rank, a post given after the name with an article.
    ("court-report.txt", "Mark Tessler", ["former senior policy adviser at the ministry of defence"]),
    ("court-report.txt", "Susan Hart", ["judge"]),
    ("court-report.txt", "Alan Crane", ["prosecutor"]),
    ("court-report.txt", "Carla Nyman", ["reporter for the daily record"]),
    ("court-report.txt", "Priya Shah KC", ["lawyer"]),
    ("court-report.txt", "Owen Pike", ["detective chief inspector"]),
    ("court-report.txt", "Victoria Prentis", ["attorney general"]),
    # Long titles before a name: a committee, a ministry's spokesman, a hyphened post, 'Ambassador to <state>'.
    ("long-titles.txt", "Bob Corlan", ["senate foreign relations committee chairman"]),
    ("long-titles.txt", "Wang Wen", ["chinese foreign ministry spokesman"]),
    ("long-titles.txt", "Tedros Adhan", ["world health organization director-general"]),
    ("long-titles.txt", "Michael McFaul", ["former u.s. ambassador to russia"]),
    ("long-titles.txt", "Eric Adam", ["new york city mayor"]),
    ("long-titles.txt", "Oleks Syrsk", ["ukraine's top military commander"]),
    ("long-titles.txt", "Chad Wolfe", ["acting homeland security secretary"]),
    # 'one of the organizers' holds the post in the singular; a critic's stance is a role; a victim holds none.
    ("appositive-phrasings.txt", "Ana Ruiz", ["organizer"]),
    ("appositive-phrasings.txt", "Hugo Brem", ["critic of the mayor"]),
    ("appositive-phrasings.txt", "Lena Vik", ["lead negotiator at the talks"]),
    ("appositive-phrasings.txt", "Omar Sayed", []),
    # Titles of police and local office before the name, never kept in it.
    ("law-enforcement-titles.txt", "Jane Doe", ["fbi special agent"]),
    ("law-enforcement-titles.txt", "Angela Byers", ["special agent in charge"]),
    ("law-enforcement-titles.txt", "Tom Brandt", ["sheriff"]),
    ("law-enforcement-titles.txt", "Ana Vidal", ["councillor"]),
    # A verb in -ing before a title is no part of it; 'acting' and 'managing' are.
    ("verb-before-title.txt", "Mark Cubano", ["trump critic"]),
    ("verb-before-title.txt", "Lena Hollis", ["acting director"]),
    ("verb-before-title.txt", "Ruth Amsel", ["managing editor"]),
    # Wire officials: a hyphened given name before a post with no article; a title 'of' a ministry before the name;
    # a governor 'of' his province after it; an abbreviation's possessive and the WHO in an appositive.
    ("wire-officials.txt", "Marie-Claire Dubon", ["emergency coordinator at the dalmarian red cross"]),
    ("wire-officials.txt", "Teodor Vasko", ["minister of foreign affairs"]),
    ("wire-officials.txt", "Ilya Brann", ["governor of oru"]),
    ("wire-officials.txt", "Kofi Arlen", ["u.n.'s humanitarian chief"]),
    ("wire-officials.txt", "Tomas Adeyi", ["who director-general"]),
    ("wire-officials.txt", "Aldo Ferr", ["former prime minister"]),
    # A post owned by a person before the name, right after a dateline; two titles joined by 'and' before a name.
    ("wire-two-posts.txt", "Oskar Lindqvist", ["brandt's chief of staff"]),
    ("wire-two-posts.txt", "Helena Strom", ["deputy prime minister and finance minister"]),
    # A proper title before the name beats a longer description after it.
    ("title-over-description.txt", "Sara Lind", ["former miss keldonia"]),
    # A counterpart holds the post of the person named before, with a people of its own.
    ("counterpart-named-before.txt", "Ilse Marant", ["dalmarian foreign minister"]),
    ("counterpart-named-before.txt", "Jon Ask", ["norwegian defence minister"]),
    # 'who speaks for the ministry' is the ministry's spokesperson.
    ("speaks-for.txt", "Irina Volk", ["spokesperson for the keldonian foreign ministry"]),
    # A ruler's post before a rank: the rank alone says no job.
    ("ruler-before-title.txt", "Ivo Brandt", ["colonel", "keldonia's military ruler"]),
    # British police ranks written short and without dots; a barrister owned by a pronoun.
    ("police-ranks-abbreviated.txt", "Ann Lee", ["detective chief inspector"]),
    ("police-ranks-abbreviated.txt", "Ben Ross", ["chief superintendent"]),
    ("police-ranks-abbreviated.txt", "Tom Hart KC", ["barrister"]),
    # A standing in an appositive before a lone given name: the survivor is the person.
    ("survivor-by-first-name.txt", "Tomasz", ["survivor"]),
    # An initialism inside an appositive before the name: 'The U.S. envoy, Mark Holloway,'.
    ("initialism-in-appositive.txt", "Mark Holloway", ["u.s. envoy"]),
    ("initialism-in-appositive.txt", "Ines Barros", ["u.n. relief coordinator"]),
    # A churchman's title of a see, in an appositive before the name.
    ("clergy-regnal-saints.txt", "Marcus Lind", ["archbishop of oslo"]),
    # An appositive between dashes or in brackets; a post held then or now; a post given by appointment or vote with
    # no 'as'; the post one takes over from another ('to replace Tom Bell as its candidate').
    ("dashes-brackets-and-appointments.txt", "Petra Novak", ["central bank's governor"]),
    ("dashes-brackets-and-appointments.txt", "Jana Dvorak", ["city's chief planner"]),
    ("dashes-brackets-and-appointments.txt", "Marek Sulc", ["then defence minister"]),
    ("dashes-brackets-and-appointments.txt", "Lucie Bartos", ["deputy prime minister"]),
    ("dashes-brackets-and-appointments.txt", "Pavel Fiala", ["mayor"]),
    ("dashes-brackets-and-appointments.txt", "Ana Ruiz", ["former judge", "candidate for governor"]),
    # An Irish member of parliament; a post before a name set between dashes.
    ("possessive-and-dashed-posts.txt", "Niamh Byrne", ["td for cork south"]),
    ("possessive-and-dashed-posts.txt", "Aylin Demir", ["minister"]),
    # 'Her shadow' holds the post of the person named before, in the opposition.
    ("backbench-rebellion.txt", "Tom Yarrow", ["shadow housing secretary"]),
    # An office a government has one of, named without a name after its holder: 'The prime minister's party'.
    ("office-described-and-standings.txt", "Ana Vela", ["prime minister"]),
    # Standings before a name: an opposition figure, a protester.
    ("office-described-and-standings.txt", "Ravi Menon", ["opposition figure"]),
    ("office-described-and-standings.txt", "Lina Otieno", ["protester"]),
    # A titled person in a post's complement is whom the post serves, not the next item of a list.
    ("post-serving-a-titled-person.txt", "Karen Holt", ["spokeswoman for mayor ivan petrov's re-election campaign"]),
    ("post-serving-a-titled-person.txt", "Ivan Petrov", ["mayor"]),
    # 'One student, Pavel Dusek,' (an appositive after 'One'); a university's rector.
    ("campus-posts.txt", "Pavel Dusek", ["student"]),
    ("campus-posts.txt", "Alena Hrubá", ["university's rector"]),
    # 'Its chairman' is the chairman of the body named before, not of a measure in capitals ('GDP').
    ("measures-not-owners.txt", "Rob Hale", ["chairman of the budget office"]),
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


def test_the_agency_time_zone_platform_places_and_credits_are_no_parties_and_one_body_is_one_actor():
    actors = analyse((FIXTURES / "wire-not-parties.txt").read_text(encoding="utf-8")).actors
    names = {a.name for a in actors}
    # 'NEW YORK (AP) —', 'EDT', 'on X', 'Police in Nice', a river, a bridge, 'edited by Sam Ode'
    assert names.isdisjoint({"AP", "EDT", "X", "Nice", "Jordan River", "Ruth Calloway Bridge", "Sam Ode"}), names
    # 'Commission co-chairman' is the Commission on Presidential Debates named before, not a second body
    assert "Commission" not in names
    assert "Commission" in next(a for a in actors if a.name == "Commission on Presidential Debates").aliases
    assert {a.name for a in actors if a.kind == "person"} == {"Donald Voss", "Hillary Crane", "Frank Fahr"}


def test_the_place_a_peer_is_of_is_no_second_person():
    assert "Leeds" not in people("broadsheet-titles.txt")  # 'Baroness Shaw of Leeds, a Conservative peer,'


def test_letters_after_a_name_are_no_surname():
    actor = next(a for a in analyse((FIXTURES / "court-report.txt").read_text(encoding="utf-8")).actors
                 if a.name == "Priya Shah KC")
    assert "Shah" in actor.aliases and "KC" not in actor.aliases


def test_a_verb_before_a_title_and_the_sentence_before_stay_out_of_the_role():
    found = people("verb-before-title.txt")
    assert "inviting" not in found["Mark Cubano"]
    assert found["Wang Lei"] == "Chinese leader"  # not 'meet Chinese leader'
    assert found["Lena Hollis"] == "Acting director"  # not 'front row. Acting director'


def test_a_body_named_in_two_words_joined_by_and_is_one_actor_and_a_party_named_before_party_is_no_person():
    actors = analyse((FIXTURES / "wire-officials.txt").read_text(encoding="utf-8")).actors
    names = {a.name: a.kind for a in actors}
    assert names.get("Trade and Customs Commission") == "organization", names
    assert "Customs Commission" not in names
    assert names.get("Citizens Forward") != "person"
    assert {n for n, k in names.items() if k == "person"} == {
        "Marie-Claire Dubon", "Teodor Vasko", "Ilya Brann", "Kofi Arlen", "Tomas Adeyi", "Aldo Ferr"}


def test_a_peoples_branch_of_a_known_body_keeps_its_people_in_the_name():
    names = {a.name for a in analyse((FIXTURES.parent / "casualties" / "headline-only-toll.txt").read_text(
        encoding="utf-8")).actors}
    assert "Kenyan Red Cross" in names and "Red Cross" not in names, names


def test_a_publications_own_the_and_a_people_for_a_cause_are_bodies():
    actors = analyse((FIXTURES / "publications-and-causes.txt").read_text(encoding="utf-8")).actors
    names = {a.name: a for a in actors}
    # 'in The Harbour Gazette', 'as The Marsvik Review put it': 'The' is part of the name inside a sentence
    assert "The Harbour Gazette" in names and "The Marsvik Review" in names, names
    assert names["The Marsvik Review"].kind == "organization"
    # 'Citizens for Fair Taxes' is one body, not a person 'Fair Taxes'
    assert names.get("Citizens for Fair Taxes") and names["Citizens for Fair Taxes"].kind == "organization", names
    assert {a.name for a in actors if a.kind == "person"} == {"Ines Dal"}


def test_the_first_of_two_spanish_family_names_alone_is_the_same_person():
    actors = analyse((FIXTURES / "spanish-double-surname.txt").read_text(encoding="utf-8")).actors
    assert [(a.name, a.kind) for a in actors] == [("Rosa Elena Ibarra Montes", "person")]  # no body 'Ibarra'
    assert "Ibarra" in actors[0].aliases


def test_a_lone_given_name_that_speaks_after_an_appositive_is_a_person():
    # 'A survivor, Tomasz, said', 'Anika, whose house was swept away, said', 'Leyla, 32, who fled ..., said'
    assert set(people("survivor-by-first-name.txt")) == {"Tomasz", "Anika", "Leyla"}


def test_a_peoples_possessive_opens_a_name_and_does_not_split_it():
    actors = analyse((FIXTURES / "peoples-possessive-name.txt").read_text(encoding="utf-8")).actors
    assert [(a.name, a.kind) for a in actors] == [("People's Tribune", "organization")]


def test_a_place_before_an_appositive_that_opens_the_next_name_is_no_person():
    assert set(people("place-before-an-appositive.txt")) == {"Ana Lisboa", "Piet Gaal"}  # not Dorvik, Sorrel


def test_the_author_of_an_opinion_piece_named_in_its_byline_is_no_party_to_it():
    # 'By Henrik Solberg' above, 'Henrik Solberg is a former city planner' below
    assert set(people("opinion-author.txt")) == {"Ada Brekke"}


def test_a_regnal_number_is_no_surname_and_a_saints_square_is_no_body():
    actors = {a.name: a for a in analyse((FIXTURES / "clergy-regnal-saints.txt").read_text(encoding="utf-8")).actors}
    assert "VII" not in actors["Harald VII"].aliases and "Harald" in actors["Harald VII"].aliases
    assert not any("Square" in name for name in actors), actors  # 'Crowds in St Anne's Square cheered'


def actors_of(name: str) -> dict[str, Actor]:
    """The actors of the fixture article `name`, by name."""
    return {a.name: a for a in analyse((FIXTURES / name).read_text(encoding="utf-8")).actors}


def test_a_verb_before_a_title_and_a_shared_family_name_in_a_court_report():
    found = actors_of("verdict-and-family.txt")
    assert found["Ivo Dal"].role == "former prime minister"  # not 'found former prime minister'
    # 'Dal said he would appeal' is Ivo Dal's, and 'Dal' alone is no alias of his wife
    assert "Dal" in found["Ivo Dal"].aliases and "Dal" not in found["Mara Dal"].aliases


def test_a_family_name_keeps_its_particle_and_a_party_named_like_a_title_is_no_person():
    found = actors_of("particle-surname.txt")
    assert "de Vries" in found["Lena de Vries"].aliases
    assert "Vries" not in found["Lena de Vries"].aliases  # 'De Vries did not ...': the particle opens the sentence
    assert found.get("National Rally") and found["National Rally"].kind == "organization"
    assert {n for n, a in found.items() if a.kind == "person"} == {"Lena de Vries"}  # no person 'Rally'


def test_the_agency_after_a_dateline_with_a_date_is_no_party():
    assert set(actors_of("dated-dateline.txt")) == {"Karl Brenner"}  # 'VIENNA, June 3 (Reuters) -'


def test_a_post_held_now_is_the_post_alone():
    assert people("dashes-brackets-and-appointments.txt")["Eva Mala"] == "senator"  # 'Eva Mala, now a senator,'


def test_a_persons_possessive_before_party_is_no_body():
    assert set(actors_of("possessive-and-dashed-posts.txt")) == {"Niamh Byrne", "Aylin Demir"}  # "Byrne's party"


def test_a_verb_inside_a_post_before_a_name_is_cut_with_what_comes_before_it_and_a_short_form_joins_its_body():
    found = {a.name: a for a in analyse((FIXTURES.parent / "statements" / "quoted-as-saying.txt").read_text(
        encoding="utf-8")).actors}
    assert found["Ola Berg"].role == "Lind's deputy"  # not 'Tribune also quoted Lind's deputy'
    assert "Tribune" in found["Harbour Tribune"].aliases and "Tribune" not in found  # one paper


def test_a_group_named_by_its_members_post_is_no_person():
    # not "Labour MPs" nor "MPs" ("said Scottish MPs would vote")
    assert set(people("backbench-rebellion.txt")) == {"Ruth Calder", "Tom Yarrow", "Ann Lowe", "Iain Dunn"}


def test_a_body_named_in_lower_case_owns_its_director_and_a_settlement_of_is_a_place():
    found = actors_of("island-storm.txt")
    assert found["Jean Morel"].role == "director"  # the civil protection agency's, not 'director of Haiti'
    # 'the fishing village of Port Salut Bay, a fisherman named Devon': a place, and Devon
    assert {n for n, a in found.items() if a.kind == "person"} == {"Jean Morel", "Devon"}


def test_a_choice_a_relation_and_a_firm_named_before_a_name():
    found = people("relations-firms-and-choices.txt")
    assert found["Mari Aoki"] == "former trade minister"  # not 'Party chose former trade minister'
    assert found["Ken Sato"] == "farm minister"  # a post held beats 'son of former prime minister Taro Sato'
    assert found["Taro Sato"] == "former prime minister"  # the title before his name, not 'son of ...'
    assert "Harbor Insight" not in found  # 'the advisory firm Harbor Insight' names a firm


def test_someone_named_after_their_trade_is_a_person_holding_it():
    found = actors_of("named-by-trade.txt")
    assert found["Espérance"].kind == "person" and found["Espérance"].role == "trader"  # not a body 'Espérance'


def test_a_local_paper_named_by_its_town_is_a_body():
    found = actors_of("regional-papers.txt")
    # 'the Marsby Courier reported', 'The Vale Chronicle said': papers, not people with a surname
    assert found["Marsby Courier"].kind == "organization" and found["Vale Chronicle"].kind == "organization"
    assert {n for n, a in found.items() if a.kind == "person"} == {"Ola Henning"}


def test_a_title_that_is_also_a_given_name_before_one_name_is_part_of_it():
    found = people("given-name-titles.txt")
    # 'Prime Minister Sheikh Rahela': her name, her post before it; 'Sheikh Mohammed' keeps the title apart
    assert found["Sheikh Rahela"] == "Prime Minister" and "Rahela" not in found, found
    assert "Mohammed" in found and "Sheikh Tarana" in found, found


def test_a_bodys_name_that_goes_on_after_of_goes_on_across_and_to_a_head_of_its_own():
    found = actors_of("federation-across-and.txt")
    assert found["International League of Mountain and Valley Rescue Associations"].kind == "organization", found
    assert "Ministry of Health and Social Services" in found, found
    # 'The Bank of Oslo and Amnesty International': two bodies, the second one known
    assert "Bank of Oslo" in found and "Amnesty International" in found, found


def test_a_name_in_a_post_over_a_thing_that_firms_hold_is_a_firm():
    found = actors_of("firm-posts.txt")
    # "The dam's owner, Nordkraft, said": a company; 'The plant's manager, Eva Lund,' is a person
    assert found["Nordkraft"].kind == "organization" and found["Tessvik"].kind == "organization", found
    assert {n for n, a in found.items() if a.kind == "person"} == {"Eva Lund"}
