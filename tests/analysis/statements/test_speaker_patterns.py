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
    assert said(text) == [("Ayesha Rahman", "It is a good start")]


def test_inverted_attribution_with_a_lower_case_job_before_the_name():
    text = "“The port will reopen,” said harbour master Ivo Lenz. “But not this week.”\n"
    assert said(text) == [("Ivo Lenz", "The port will reopen"), ("Ivo Lenz", "But not this week.")]


@pytest.mark.parametrize("line", [
    "“We will fight on until the end,” union leader Ivan Petrov told Reuters.\n",
    "Union leader Ivan Petrov said the strike would go on, according to AFP.\n",
])
def test_a_story_line_that_names_an_agency_at_its_end_is_not_a_photo_credit(line):
    assert "Ivan Petrov" in persons(line)


def test_a_photo_credit_naming_an_agency_is_still_skipped():
    assert persons("The mayor opened the bridge.\n\nA docker at the gate. Photograph: Stoyan Nenov/Reuters\n") == set()


@pytest.mark.parametrize(("text", "name"), [
    ("“We will not go back until the pay is fixed,” Kowalski said.\n", "Kowalski"),
    ("Petrenko said the union would not back down.\n", "Petrenko"),
    ("“I told them the pay was late,” Okafor said.\n", "Okafor"),
])
def test_a_lone_surname_that_speaks_is_a_person(text, name):
    assert persons(text) == {name}


def test_a_lone_word_that_speaks_for_its_own_profits_stays_an_organization():
    text = "Vostenko said its profits fell by a third.\n"
    assert persons(text) == set()


def test_a_surname_cut_to_its_initial_is_the_same_person():
    text = "Alina Marchetti spoke first. Later Alina M. took questions.\nMarchetti said the fund was empty.\n"
    assert persons(text) == {"Alina Marchetti"}


@pytest.mark.parametrize("line", [
    "“There is no deal,” Mr. Derin's spokeswoman, Ayla Kaya, said.\n",
    "“There is no deal,” said Derin’s aide Ayla Kaya.\n",
])
def test_the_spokeswoman_speaks_not_her_principal(line):
    assert said("Mr. Derin flew home on Sunday.\n\n" + line) == [("Ayla Kaya", "There is no deal")]


def test_a_so_called_label_is_a_scare_quote_not_a_statement():
    assert said("The council appointed three so-called “experts” to review the plan.\n") == []


def test_a_person_once_called_she_is_not_the_he_of_a_later_quote():
    text = ("President Mara Lenk met Prime Minister Ivo Dal on Monday.\n\n"
            "“It was a good meeting,” she said.\n\n"
            "“There is still work to do,” he said.\n")
    assert said(text) == [("Mara Lenk", "It was a good meeting"), ("Ivo Dal", "There is still work to do")]


def test_a_pronoun_after_said_opens_the_reported_clause():
    text = "The prime minister, Keith Orme, said he accepted her resignation with regret.\n"
    reported = [(s.speaker, s.text) for s in analyse(HEAD + text).statements if not s.direct]
    assert reported == [("Keith Orme", "he accepted her resignation with regret")]


def test_an_unknown_full_name_followed_by_who_is_a_person():
    text = "Diplomats met Suu Lwin, who chairs the peace commission.\n\n“We need more time,” Suu Lwin said.\n"
    assert said(text) == [("Suu Lwin", "We need more time")]


def test_a_verb_joined_by_and_shares_the_subject_of_the_sentence():
    text = ("Mayor Lina Aro, the former finance chief, spoke at a “Harbour Summit” run by the Port Authority and "
            "said: “We will rebuild every pier.”\n")
    assert said(text) == [("Lina Aro", "We will rebuild every pier.")]


@pytest.mark.parametrize(("line", "quotes"), [
    ("\"The pier is safe,” said Dr. Jonas Vik. “The road is not.”\n", ["The pier is safe", "The road is not."]),
    ("“The pier is safe,\" said Dr. Jonas Vik. \"The road is not.\"\n", ["The pier is safe", "The road is not."]),
    ("“He said \"no\" to me twice,” said Dr. Jonas Vik.\n", ['He said "no" to me twice']),
])
def test_a_quote_opened_straight_and_closed_curly_is_one_quote(line, quotes):
    assert said(line) == [("Jonas Vik", q) for q in quotes]


def test_a_family_name_that_is_also_a_title_is_a_name_after_an_honorific():
    text = ("Larry Bishop and Tom Cole host the late show. Cole joined in May.\n\n"
            "Mr. Bishop said, “We need the money.” “Thank you, Mr. President,” Cole said.\n")
    assert said(text) == [("Larry Bishop", "We need the money."), ("Tom Cole", "Thank you, Mr. President")]
    assert persons(text) == {"Larry Bishop", "Tom Cole"}


def test_a_partial_quote_before_a_while_clause_keeps_the_first_speaker():
    text = ("Mayor Lina Aro said the plan was “a disaster for the city”, while Governor Tom Hale called it "
            "“long overdue and welcome”.\n")
    assert said(text) == [("Lina Aro", "a disaster for the city"), ("Tom Hale", "long overdue and welcome")]


@pytest.mark.parametrize(("line", "speaker"), [
    ("“I admire the mechanics” of the Hale plan, Ms. Aro said.\n", "Lina Aro"),
    ("“I admire the mechanics,” Ms. Aro, an ally of Tom Hale, said.\n", "Lina Aro"),
])
def test_the_name_next_to_the_verb_speaks_after_a_partial_quote(line, speaker):
    text = "Mayor Lina Aro and Governor Tom Hale met on Monday.\n\n" + line
    assert said(text)[0][0] == speaker


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Sen. Jane Roe criticised the bill.\n", "Jane Roe", "Senator"),
    ("Brig. Gen. Sara Holt spoke to reporters.\n", "Sara Holt", "Brigadier General"),
    ("Lt. Col. Arvo Mets, a spokesman for the army, spoke in Tallinn.\n", "Arvo Mets",
     "Lieutenant Colonel, spokesman for the army"),
    ("Gov. Martha Reyes declared an emergency.\n", "Martha Reyes", "Governor"),
])
def test_a_short_title_gives_the_role_in_full(text, name, role):
    assert {a.name: a.role for a in analyse(HEAD + text).actors}[name] == role


def test_nobody_is_not_an_actor():
    text = "Sen. Jane Roe criticised the bill.\n\n“It is a giveaway,” Roe said. “Nobody asked for it.”\n"
    assert [a.name for a in analyse(HEAD + text).actors] == ["Jane Roe"]


def test_a_quote_after_a_sentence_introducing_someone_with_a_role_is_theirs():
    text = ("Mayor Tom Blake opened the new pier on Monday.\n\n"
            "While Blake cut the ribbon, the delay worries Jonas Koller, head of the dockers' union.\n\n"
            "“We have waited two years,” he said.\n")
    assert said(text) == [("Jonas Koller", "We have waited two years")]


def test_a_quote_after_a_sentence_with_a_titled_name_stays_with_the_subject():
    text = ("Retired Gen. Nils Ham spoke out on Monday.\n\n"
            "Ham made it clear he had misgivings about the army under President Ivo Dal.\n\n"
            "“It was demoralizing to work for him,” he told the host.\n")
    assert said(text) == [("Nils Ham", "It was demoralizing to work for him")]


def test_a_long_quotation_in_straight_single_quotes_reopens_at_each_paragraph():
    text = ("Union leader Marta Solberg spoke for an hour.\n\n"
            "'We asked for a fair deal. We didn't get one.\n\n"
            "'We got nothing,' she said.\n")
    assert said(text) == [("Marta Solberg", "We asked for a fair deal. We didn't get one."),
                          ("Marta Solberg", "We got nothing")]


def test_an_unnamed_institution_speaking_is_not_the_person_named_after_it():
    text = ("“We will engage positively,” the army said in a statement, adding that its delegation would be led "
            "by Lt. Gen. Yasir Atta.\n")
    assert said(text) == [(None, "We will engage positively")]


def test_a_role_after_the_name_runs_up_to_a_bracketed_acronym():
    text = "His rival, Hamid Dagan, the head of the paramilitary Coastal Forces (CF), spoke on Monday.\n"
    roles = {a.name: a.role for a in analyse(HEAD + text).actors}
    assert roles["Hamid Dagan"] == "head of the paramilitary Coastal Forces"


def test_ap_party_tags_are_not_actors_and_she_finds_the_congresswoman():
    text = ("Rep. Alexandria Okoro, D-N.Y., said progressives would back it reluctantly.\n\n"
            "“It's not what we wanted,” she said.\n")
    assert said(text) == [("Alexandria Okoro", "It's not what we wanted")]
    assert [a.name for a in analyse(HEAD + text).actors] == ["Alexandria Okoro"]


def test_told_reporters_followed_by_a_clause_is_reported_speech_not_an_inverted_attribution():
    text = "House Speaker Mike Jonsson, R-La., told reporters the House would vote on Saturday.\n"
    reported = [(s.speaker, s.text) for s in analyse(HEAD + text).statements if not s.direct]
    assert reported == [("Mike Jonsson", "the House would vote on Saturday")]


def test_a_woman_named_in_the_long_name_list_is_a_she():
    text = ("Press secretary Karine Duval said the president would sign.\n\n"
            "Asked whether he was frustrated, she replied: “He wants Congress to do its job.”\n")
    assert said(text) == [("Karine Duval", "He wants Congress to do its job.")]


def test_a_label_someone_calls_a_thing_in_the_present_is_their_statement():
    text = "Governor Tom Hale and his deputies call the strikers “troublemakers” in every speech.\n"
    assert said(text) == [("Tom Hale", "troublemakers")]


def test_a_name_someone_calls_another_is_a_statement_but_a_titled_work_is_not():
    text = ("Governor Tom Hale called the union leader “Red Lina” and “Madam Strike” at a rally.\n\n"
            "Hale also wrote a book called “How to Win Big” last year.\n")
    assert said(text) == [("Tom Hale", "Red Lina"), ("Tom Hale", "Madam Strike")]


def test_a_quoted_transcript_gives_each_line_to_the_person_named_in_capitals():
    text = ("Host Dana Whitby interviewed Governor Tom Hale on Sunday. Hale defended the plan.\n\n"
            "Partial transcript as follows:\n\n"
            "\"WHITBY: Will the port reopen this year?\n\n"
            "\"HALE: It will, and sooner than people think.\n\n"
            "\"MODERATOR: We have to leave it there.\"\n")
    assert said(text) == [("Dana Whitby", "Will the port reopen this year?"),
                          ("Tom Hale", "It will, and sooner than people think."),
                          (None, "MODERATOR: We have to leave it there.")]


def test_curly_quotes_garbled_into_mojibake_still_pair():
    garbled_open, garbled_close = "“".encode().decode("cp1252"), "”".encode().decode("cp1252", errors="ignore")
    text = f"Mayor Lina Aro spoke on Monday.\n\n{garbled_open}We will rebuild,{garbled_close} Aro said.\n"
    assert said(text) == [("Lina Aro", "We will rebuild")]


def test_a_capital_that_speaks_is_its_state_and_merges_with_it():
    text = ("Russia and Ukraine met on Friday.\n\n"
            "“We are ready for peace,” Moscow said. Envoys later flew to Moscow.\n")
    found = analyse(HEAD + text)
    assert [(s.speaker, s.text) for s in found.statements if s.direct] == [("Russia", "We are ready for peace")]
    assert [(a.name, a.aliases) for a in found.actors if a.name == "Russia"] == [("Russia", ("Moscow",))]


def test_a_lone_name_met_before_the_full_name_is_the_same_person():
    text = "Vik put it bluntly: “The port is dead.”\n\nJonas Vik has run the harbour for twenty years.\n"
    assert said(text) == [("Jonas Vik", "The port is dead.")]


def test_a_state_written_two_ways_is_one_actor():
    text = "The U.S. envoy met Ukrainian officials. The United States will send more aid.\n"
    states = [a for a in analyse(HEAD + text).actors if a.kind == "state"]
    assert [(a.name, a.aliases) for a in states if a.name == "United States"] == [("United States", ("U.S.",))]


def test_she_said_after_only_men_goes_to_no_one_rather_than_a_man():
    text = ("Dock workers walked out on Monday.\n\n"
            "The port director, John Lindqvist, said the strike was illegal.\n\n"
            "“We have waited two years for a raise,” she said.\n")
    assert said(text) == [(None, "We have waited two years for a raise")]


def test_she_said_after_a_man_goes_to_the_woman_named_before_him():
    text = ("Union leader Anna Rossi called the walkout on Monday.\n\n"
            "The port director, John Lindqvist, said the strike was illegal.\n\n"
            "“We have waited two years for a raise,” she said.\n")
    assert said(text) == [("Anna Rossi", "We have waited two years for a raise")]


def test_a_lone_name_followed_by_who_is_a_person():
    text = ("The harbour board raised its fees on Monday.\n\n"
            "Brekke, who has fished these waters for forty years, said the rise would ruin small boats.\n")
    assert "Brekke" in persons(text)


def test_a_lone_name_introducing_a_first_person_quote_after_a_colon_is_a_person():
    text = ("The harbour board raised its fees on Monday.\n\n"
            "Speaking outside the hall, Dal said:\n\n"
            "\"I will not sign anything that raises the fees.\"\n")
    assert "Dal" in persons(text)
    assert said(text) == [("Dal", "I will not sign anything that raises the fees.")]


def test_a_sentence_opening_with_union_leader_names_no_union():
    text = "Union leader Anna Rossi called the walkout on Monday. Republicans said it would fail.\n"
    kinds = {a.name: a.kind for a in analyse(HEAD + text).actors}
    assert "Union" not in kinds
    assert kinds["Anna Rossi"] == "person"
    assert kinds["Republicans"] == "organization"


def test_a_quote_after_a_reported_sentence_is_that_speakers_even_after_an_unnamed_source():
    text = ("A court blocked the mine on Thursday.\n\n"
            "\"We will appeal,\" a spokesperson for the mining company said.\n\n"
            "Amaru Quispe said the community had waited six years. \"Six years of promises.\"\n")
    assert said(text) == [(None, "We will appeal"), ("Amaru Quispe", "Six years of promises.")]


def test_a_quote_repeating_the_headline_is_said_by_the_person_the_headline_names():
    text = ("Novak: 'We will not back down'\n\n"
            "\"We will not back down,\" the trade minister told parliament on Sunday.\n\n"
            "Ana Novak has led the ministry since 2021.\n")
    statements = [(s.speaker, s.text) for s in analyse(text).statements if s.direct]
    assert statements == [("Ana Novak", "We will not back down")]


def test_a_lone_surname_that_is_also_a_given_name_tells_no_gender():
    text = ("Warren said the mayor had failed the harbour.\n\n"
            "On Monday night, Warren leaned in hard against the mayor.\n\n"
            "She then listed his broken promises.\n\n"
            "“Where did the money go?” she said.\n")
    assert said(text) == [("Warren", "Where did the money go?")]


def test_a_name_inside_a_that_clause_is_not_who_the_sentence_is_about():
    text = ("Governor Maria Lenk opened the pier on Monday.\n\n"
            "“The party is in panic mode,” said Leslie Okafor, a county organiser.\n\n"
            "The organiser believes that the Lenk campaign took its voters for granted.\n\n"
            "“They thought one rally would do it,” she said.\n")
    assert said(text)[-1] == ("Leslie Okafor", "They thought one rally would do it")


def test_a_quote_holding_another_in_the_same_marks_is_one_statement():
    text = "“I would rather live in what he calls “chaos” than in his kind of order,” said Nadia Ferro.\n"
    assert said(text) == [("Nadia Ferro", "I would rather live in what he calls “chaos” than in his kind of order")]


def test_an_opening_mark_typed_at_the_end_of_a_quote_closes_it():
    text = "Nadia Ferro said on Monday:\n\n“The port loses a ship a week. The road loses two trucks.“\n\nThat was it.\n"
    assert said(text) == [("Nadia Ferro", "The port loses a ship a week. The road loses two trucks.")]


def test_a_paragraph_ending_in_a_colon_hands_the_block_quote_to_its_subject():
    text = ("“We will reopen the pier,” said Mayor Tom Hale.\n\n"
            "On Monday, Nadia Ferro made the following comment:\n\n“The port loses a ship a week.”\n")
    assert said(text)[-1] == ("Nadia Ferro", "The port loses a ship a week.")


def test_a_person_labelled_with_quoted_words_is_a_statement():
    text = "Mayor Tom Hale has been pounding Ivo Lenz as a “dock wrecker” all week.\n"
    assert said(text) == [("Tom Hale", "dock wrecker")]


def test_the_name_a_thing_is_known_by_is_no_statement():
    text = "Mayor Tom Hale said he backed what has become known as the “harbour rule” after a long fight.\n"
    assert [words for _, words in said(text)] == []


def test_a_short_quote_joined_to_a_statement_is_the_same_speakers():
    text = "Mayor Tom Hale has gone after Ivo Lenz as a “man who never set foot on a dock” and a “cheap trick.”\n"
    assert said(text) == [("Tom Hale", "man who never set foot on a dock"), ("Tom Hale", "cheap trick.")]


def test_quoted_values_of_markup_left_in_the_text_are_no_statements():
    text = "Mayor Tom Hale posted a reply.\n\n<tweet tweet-author=\"harbour office\" tweet-date=\"the 2nd of May\">\n"
    assert said(text) == []


def test_a_name_right_before_a_verb_of_saying_late_in_a_long_clause_says_the_quote():
    text = ("Mayor Tom Hale smiled and retold the story Ivo Lenz told about the night the dock burned: "
            "“We saved the cranes and lost the sheds.”\n")
    assert said(text) == [("Ivo Lenz", "We saved the cranes and lost the sheds.")]


def test_a_quote_set_off_by_dashes_after_a_name_is_that_persons():
    text = ("Many dockers have said the same, including union veteran Ivo Lenz -- “We were never asked” -- and "
            "the harbour master Tom Hale.\n")
    assert said(text) == [("Ivo Lenz", "We were never asked")]


def test_a_name_owning_a_role_in_an_appositive_is_not_the_subject():
    text = ("Governor Tom Hale opened the port on Monday.\n\n"
            "Mayor Ivo Lenz (D), Hale's rival in the coming election, asked on Friday for the tapes, as well, saying "
            "that openness “brings the city together.”\n")
    assert said(text) == [("Ivo Lenz", "brings the city together.")]
