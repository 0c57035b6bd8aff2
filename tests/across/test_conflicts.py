"""`briefing conflicts`: one toll reported differently across briefings."""

from __future__ import annotations

from across_helpers import ENVOY, TOLL, run_json


def test_the_same_toll_reported_differently_is_flagged_with_each_source(shelf, run) -> None:
    folder = shelf(envoy=ENVOY, toll=TOLL)
    out = run_json(run, "conflicts", folder)
    (conflict,) = out["conflicts"]
    assert set(conflict) == {"kind", "group", "place", "figures"}
    assert (conflict["kind"], conflict["group"], conflict["place"]) == ("killed", "civilians", "Sumy")
    assert [(f["min"], f["max"], f["source"], f["briefing"]["date"]) for f in conflict["figures"]] == [
        (12, None, "officials", "2025-05-14"), (19, 19, "the governor", "2025-05-20")]
    assert set(conflict["figures"][0]) == {"min", "max", "source", "text", "item", "briefing"}
    assert conflict["figures"][0]["briefing"] == {"id": "envoy", "title": "Envoy arrives in Sumy",
                                                  "date": "2025-05-14", "path": str(folder / "envoy.md")}


def test_figures_far_apart_in_time_or_of_other_places_do_not_conflict(shelf, run) -> None:
    later = TOLL.replace("2025-05-20", "2025-07-20")
    elsewhere = TOLL.replace("place: Sumy", "place: Kharkiv")
    assert run_json(run, "conflicts", shelf(envoy=ENVOY, toll=later))["conflicts"] == []
    assert run_json(run, "conflicts", shelf(envoy=ENVOY, toll=elsewhere))["conflicts"] == []


def test_agreeing_figures_do_not_conflict(shelf, run) -> None:
    same = TOLL.replace("19 civilians", "at least 12 civilians")
    assert run_json(run, "conflicts", shelf(envoy=ENVOY, toll=same))["conflicts"] == []
