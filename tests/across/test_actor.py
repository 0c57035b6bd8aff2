"""`briefing actor NAME`: one actor across every briefing, whatever name each briefing gives them."""

from __future__ import annotations

from across_helpers import ENVOY, TOLL, article, run_json

BRIEFING = {"id", "title", "date", "path"}


def test_one_person_across_files_by_accents_titles_and_descriptions(shelf, run) -> None:
    folder = shelf(envoy=ENVOY, toll=TOLL)
    out = run_json(run, "actor", "Jose Ortega", folder)
    assert set(out) == {"actor", "briefings", "statements", "next_steps", "casualties"}
    assert out["actor"] == {"name": "José Ortega", "kind": "person", "aliases": ["Mr Ortega", "the UN envoy Ortega"]}
    assert [(b["id"], b["date"], b["role"]) for b in out["briefings"]] == [
        ("envoy", "2025-05-14", "UN envoy"), ("toll", "2025-05-20", "envoy")]
    assert [s["text"] for s in out["statements"]] == ["We will not leave.", "The toll is rising."]
    assert set(out["statements"][0]) == {"id", "text", "direct", "briefing"}
    assert set(out["statements"][0]["briefing"]) == BRIEFING
    assert all(set(b) == {"id", "title", "date", "role"} for b in out["briefings"])
    assert [n["text"] for n in out["next_steps"]] == ["Talks resume", "Envoy visits Kyiv"]
    assert set(out["next_steps"][0]) == {"date", "until", "precision", "when", "status", "text", "actors", "step",
                                         "briefing"}


def test_any_alias_finds_the_dossier_case_and_accents_folded(shelf, run) -> None:
    folder = shelf(envoy=ENVOY, toll=TOLL)
    for name in ("JOSÉ ORTEGA", "the UN envoy Ortega", "Jose Ortego"):
        assert run_json(run, "actor", name, folder)["actor"]["name"] == "José Ortega"


def test_two_people_who_share_a_surname_stay_two(shelf, run) -> None:
    folder = shelf(envoy=ENVOY, toll=TOLL)
    maria = run_json(run, "actor", "Maria Ortega", folder)
    assert [s["text"] for s in maria["statements"]] == ["Aid is ready."]
    status, _, err = run("actor", "Ortega", folder)
    assert status == 2
    assert "could be 2 actors: José Ortega, Maria Ortega" in err


def test_casualties_an_actor_is_party_to(shelf, run) -> None:
    text = article("2025-05-14", "Hamas fighters attacked the post. Hamas said 3 of its fighters were killed.")
    out = run_json(run, "actor", "Hamas", shelf(raid=text))
    assert [c["min"] for c in out["casualties"]] == [3]
    assert set(out["casualties"][0]) == {"id", "kind", "min", "max", "group", "place", "period", "source", "text",
                                         "briefing"}


def test_an_unknown_name_is_one_line_and_exit_2(shelf, run) -> None:
    status, _, err = run("actor", "Nobody Atall", shelf(envoy=ENVOY))
    assert status == 2 and "no actor named 'Nobody Atall'" in err and err.count("\n") == 1
