"""`briefing agenda`: next steps of every briefing on one calendar, dates resolved against each briefing's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from across_helpers import ENVOY, TOLL, article, run_json
from icalendar import Calendar

STEP_KEYS = {"date", "until", "precision", "when", "status", "text", "actors", "step", "briefing"}


@pytest.mark.parametrize(("sentence", "date", "until", "precision"), [
    ("The envoys will meet again on Friday.", "2025-05-16", None, "day"),
    ("The envoys will meet again on Monday.", "2025-05-19", None, "day"),  # forward, past the weekend
    ("The envoys will meet again on Wednesday.", "2025-05-14", None, "day"),  # the briefing's own weekday
    ("The delegations will meet tomorrow.", "2025-05-15", None, "day"),
    ("A vote is expected next week.", "2025-05-19", "2025-05-25", "week"),
    ("The ministers will meet on 3 June.", "2025-06-03", None, "day"),
    ("Elections will be held in March.", "2026-03-01", "2026-03-31", "month"),
    ("The army will withdraw by the end of July.", "2025-07-31", None, "day"),
    ("The rebels will respond within 48 hours.", "2025-05-16", None, "day"),
    ("The court will rule on 2 May.", "2026-05-02", None, "day"),  # already past the briefing's date
])
def test_a_steps_when_is_resolved_against_the_briefings_date(shelf, run, sentence, date, until, precision) -> None:
    folder = shelf(talks=article("2025-05-14", sentence))
    (step,) = run_json(run, "agenda", folder)["agenda"]
    assert (step["date"], step["until"], step["precision"]) == (date, until, precision)
    assert set(step) == STEP_KEYS
    assert step["briefing"] == {"id": "talks", "title": "Talks", "date": "2025-05-14",
                                "path": str(folder / "talks.md")}


def test_a_plain_article_is_dated_by_the_date_atop_it(tmp_path: Path, run) -> None:
    (tmp_path / "wire.txt").write_text("Talks resume\n\nGENEVA, 14 May 2025 — The envoys will meet on Friday.\n",
                                       encoding="utf-8")
    (step,) = run_json(run, "agenda", tmp_path)["agenda"]
    assert step["date"] == "2025-05-16"


def test_steps_go_in_date_order_across_briefings_and_undated_ones_apart(shelf, run) -> None:
    out = run_json(run, "agenda", shelf(envoy=ENVOY, toll=TOLL))
    assert [s["text"] for s in out["agenda"]] == ["Talks resume", "Envoy visits Kyiv", "Aid convoy"]
    assert [s["date"] for s in out["agenda"]] == ["2025-05-16", "2025-05-26", "2025-07-31"]
    assert [s["text"] for s in out["undated"]] == ["Census of the shelters"]
    assert out["undated"][0]["date"] is None and set(out["undated"][0]) == STEP_KEYS


def test_from_and_to_keep_the_steps_due_in_between(shelf, run) -> None:
    folder = shelf(envoy=ENVOY, toll=TOLL)
    out = run_json(run, "agenda", folder, "--from", "2025-05-20", "--to", "2025-06-30")
    assert [s["text"] for s in out["agenda"]] == ["Envoy visits Kyiv"]
    assert out["undated"] == []  # a window asks what is due then: an undated step cannot say
    week = run_json(run, "agenda", folder, "--from", "2025-05-31", "--to", "2025-05-31")
    assert [s["text"] for s in week["agenda"]] == ["Envoy visits Kyiv"]  # its week spans that day


def test_actor_keeps_the_steps_of_that_actor_under_any_name(shelf, run) -> None:
    out = run_json(run, "agenda", shelf(envoy=ENVOY, toll=TOLL), "--actor", "jose ortega")
    assert [s["text"] for s in out["agenda"]] == ["Talks resume", "Envoy visits Kyiv"]


def test_postponed_steps_say_so(shelf, run) -> None:
    status, out, _ = run("agenda", shelf(envoy=ENVOY))
    assert status == 0
    assert "[POSTPONED] Aid convoy" in out
    assert "Thu 31 Jul 2025" in out


def test_ics_has_all_day_events_with_stable_uids_and_never_overwrites(shelf, run, tmp_path: Path) -> None:
    folder = shelf(envoy=ENVOY, toll=TOLL)
    target = tmp_path / "agenda.ics"
    assert run("agenda", folder, "--ics", target)[0] == 0
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    first = {str(e["uid"]) for e in events}
    talks = next(e for e in events if str(e["summary"]) == "Talks resume")
    assert str(talks["dtstart"].dt) == "2025-05-16" and str(talks["dtend"].dt) == "2025-05-17"  # all day
    assert any(str(e["summary"]).startswith("POSTPONED: Aid convoy") for e in events)
    status, _, err = run("agenda", folder, "--ics", target)
    assert status == 2 and "already exists" in err and "--force" in err
    assert run("agenda", folder, "--ics", target, "--force")[0] == 0
    assert {str(e["uid"]) for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT")} == first


def test_a_bad_date_is_one_line_and_exit_2(run) -> None:
    status, _, err = run("agenda", "--from", "14/05/2025")
    assert status == 2
    assert err.strip().count("\n") == 0 and "YYYY-MM-DD" in err


def curated_steps(date: str, title: str, *steps: str) -> str:
    front = f"title: {title}\n" + (f"date: {date}\n" if date else "")
    return f"---\n{front}---\nText.\n\n## Next steps\n" + "".join(f"- {s}; when: soon\n" for s in steps)


def test_undated_steps_go_newest_briefing_first_then_by_title_then_in_text_order(shelf, run) -> None:
    folder = shelf(a=curated_steps("2025-05-14", "Beta", "Census", "Audit"),
                   b=curated_steps("2025-05-14", "alpha", "Survey"),
                   c=curated_steps("", "Undated", "Roll call"),
                   d=curated_steps("2025-05-20", "Zed", "Review"))
    expected = ["Review", "Survey", "Census", "Audit", "Roll call"]
    assert [s["text"] for s in run_json(run, "agenda", folder)["undated"]] == expected
    status, out, _ = run("agenda", folder)  # the text lists each step from its own row: the same order
    assert status == 0
    assert [line.strip().split(" (soon)")[0] for line in out.splitlines()[1:]] == expected


def test_json_escapes_what_a_terminal_would_obey_and_still_says_it(shelf, run) -> None:
    folder = shelf(odd=curated_steps("2025-05-14", "Odd", "Talks \u202eresume\x9b now", "Vote \x1b[31m held"))
    status, out, _ = run("agenda", folder, "--json")
    assert status == 0
    assert not {"\u202e", "\x9b", "\x1b"} & set(out)
    assert [s["text"] for s in json.loads(out)["undated"]] == ["Talks \u202eresume\x9b now", "Vote \x1b[31m held"]


def test_sections_json_gives_each_step_its_date_until_and_precision_or_nulls(shelf, run) -> None:
    folder = shelf(talks=article("2025-05-14", "A vote is expected next week. The envoys will meet again soon."),
                   undated="---\ntitle: Undated\n---\nText.\n\n## Next steps\n- Roll call; when: on Friday\n")
    steps = run_json(run, "sections", folder / "talks.md")["next_steps"]
    assert [(s["date"], s["until"], s["precision"]) for s in steps] == [("2025-05-19", "2025-05-25", "week"),
                                                                          (None, None, None)]
    (step,) = run_json(run, "sections", folder / "undated.md")["next_steps"]
    assert (step["when"], step["date"], step["until"], step["precision"]) == ("on Friday", None, None, None)
