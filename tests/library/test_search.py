"""Search: ranked hits on items and paragraphs, filters by actor and section, any query string is safe."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.library.index import Library
from briefing.library.query import QueryError, parse_query


def test_hits_land_on_items_and_paragraphs_best_first(library: Library) -> None:
    hits = library.search("ceasefire")
    assert {(h.briefing, h.section) for h in hits} == {("talks", "statements"), ("talks", "text"),
                                                      ("harbour", "text")}
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    statement = next(h for h in hits if h.section == "statements")
    assert statement.snippet.startswith("Rustem Umerov: We came for a ceasefire.")  # the speaker named
    assert [statement.snippet[a:b] for a, b in statement.marks] == ["ceasefire"]


def test_a_paragraph_hit_says_which_paragraph_and_where(library: Library) -> None:
    (hit,) = library.search("observers")
    assert (hit.section, hit.item) == ("text", "p1")
    stored = library.briefing(hit.path)
    assert stored is not None and hit.start is not None
    assert stored.text[hit.start:hit.end].startswith("Observers waited outside")


def test_more_mentions_in_a_short_item_rank_higher(library: Library) -> None:
    hits = library.search("strike")
    assert hits[0].item == "p0"  # the title line, 'Harbour strike ends', is the shortest passage
    assert {h.briefing for h in hits} == {"harbour"}


def test_words_all_match_and_phrases_match_as_written(library: Library) -> None:
    assert [h.section for h in library.search("two roads")] == ["statements"]
    assert library.search('"roads two"') == []
    assert library.search("roads levee") == []


def test_actor_filter_finds_what_involves_the_actor(library: Library) -> None:
    hits = library.search("actor:umerov")
    assert {h.section for h in hits} == {"actors", "statements", "next_steps"}
    assert all(h.briefing == "talks" for h in hits)
    said = [h.snippet for h in hits if h.section == "statements"]
    assert said == ["Rustem Umerov: We came for a ceasefire. — after the session"]  # not what Hakan Fidan said


def test_actor_filter_knows_aliases_and_combines_with_words(library: Library) -> None:
    by_alias = library.search('actor:"Mr Fidan" section:statements')
    assert [h.snippet for h in by_alias] == ["Hakan Fidan: There are two roads ahead of us. — opening the talks"]
    assert library.search("actor:fidan ceasefire") == []


def test_section_filter(library: Library) -> None:
    hits = library.search("ceasefire section:text")
    assert {h.section for h in hits} == {"text"}
    assert {h.section for h in library.search("levee section:next-steps")} == {"next_steps"}


def test_limit(library: Library) -> None:
    assert len(library.search("the", limit=2)) == 2


@pytest.mark.parametrize("query", ['"', '"ceasefire', "*", "ceasefire*", "-ceasefire", "a:b", "NEAR(", "NEAR(a b",
                                   "AND", "ceasefire OR", "(", "^", "{who}:x", "who : umerov", "'", "\\", "\x00x"])
def test_fts5_syntax_is_searched_as_text(library: Library, query: str) -> None:
    try:
        hits = library.search(query)
    except QueryError:
        return  # nothing left to search for: said to the user, not a crash
    assert isinstance(hits, list)


def test_fts5_operators_are_plain_words(library: Library) -> None:
    assert [h.section for h in library.search("-ceasefire section:statements")] == ["statements"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
       | st.lists(st.sampled_from(['"', "*", "-", ":", "NEAR(", "actor:", "section:", "AND", "OR", "NOT", "(", ")",
                                    "^", "+", "ceasefire", "fidan", " ", "{", "}", "'"]), max_size=8).map("".join))
def test_any_query_string_is_safe(library: Library, query: str) -> None:
    try:
        hits = library.search(query)
    except QueryError as exc:
        assert "\n" not in str(exc)
        return
    assert all(h.section in ("actors", "statements", "casualties", "next_steps", "text") for h in hits)


@pytest.mark.parametrize(("query", "message"), [
    ("", "nothing to search for"), ("  * - ", "nothing to search for"), ("section:", "'section:' needs a value"),
    ("actor: ceasefire", "'actor:' needs a value"), ("section:quotez talks", "no section 'quotez'"),
])
def test_bad_queries_say_what_is_wrong(query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_query(query)


def test_query_parts() -> None:
    q = parse_query('actor:"Rustem Umerov" "peace talks" section:Statements  ceasefire')
    assert (q.words, q.actors, q.sections) == (("peace talks", "ceasefire"), ("Rustem Umerov",), ("statements",))
    assert q.match() == '"peace talks" "ceasefire" who : "Rustem Umerov"'
    assert parse_query('say "no').match() == '"say" "no"'
    assert parse_query('x"y').words == ('x"y',)
    assert parse_query('x"y').match() == '"x""y"'


def test_an_actor_filter_with_words_shows_what_was_said_with_the_words_marked(library: Library) -> None:
    hits = library.search("actor:fidan roads section:statements")  # his names, 'Fidan' and 'Mr Fidan', match twice
    assert [h.snippet for h in hits] == ["Hakan Fidan: There are two roads ahead of us. — opening the talks"]
    start, end = hits[0].marks[0]
    assert hits[0].snippet[start:end] == "roads"


def test_a_name_matched_shows_the_item_not_the_names_it_goes_by(library: Library) -> None:
    hits = library.search("fidan")
    assert [(h.section, h.snippet) for h in hits if h.section != "text"] == [
        ("actors", "Hakan Fidan — Turkish foreign minister"),  # not 'Hakan Fidan Turkish foreign minister Mr Fidan'
        # not 'Hakan Fidan Mr Fidan'
        ("statements", "Hakan Fidan: There are two roads ahead of us. — opening the talks"),
    ]


def test_a_next_steps_when_is_set_off_from_its_text(library: Library) -> None:
    (hit,) = library.search("prisoner section:next_steps")
    assert hit.snippet == "Prisoner exchange — next week"


def test_a_section_alone_lists_its_items(library: Library) -> None:
    hits = library.search("section:casualties")
    assert [(h.briefing, h.section) for h in hits] == [("talks", "casualties")]
    assert hits[0].snippet == "killed: at least 5 civilians — Sumy"  # the stated figure, not its Markdown line
    assert {h.section for h in library.search("section:statements", limit=50)} == {"statements"}


def test_the_same_briefing_in_two_folders_gives_each_hit_once(shelf: Path, tmp_path: Path) -> None:
    # A bundled briefing and the user's copy of it (what `e` on a bundled briefing makes) share their items.
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "talks.md").write_bytes((shelf / "talks.md").read_bytes())
    with Library([shelf, copy], index=tmp_path / "both.sqlite3") as both:
        hits = both.search("ceasefire")
    assert len(hits) == len({(h.briefing, h.section, h.item) for h in hits})
    assert [h.section for h in hits if h.briefing == "talks"].count("statements") == 1
