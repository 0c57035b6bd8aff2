"""The status rules one by one: each turns the status of the cue it is written for, and none turns a plain step."""

import pytest

from briefing.analysis.next_steps.cues import STATUS, STATUSES
from briefing.analysis.next_steps.filters import Cue
from briefing.analysis.next_steps.statuses import STATUS_RULES, restated
from briefing.analysis.text.folding import lower_keeping_offsets
from briefing.analysis.text.segmentation import segment

RULES = {rule.name: rule for rule in STATUS_RULES}

# Each rule, a sentence it decides, the words its cue starts with, and the status the step then has.
CASES = [
    ("nobody plans", "Neither side plans to attend the summit.", "plans to", "ruled out"),
    ("hypothetical", "If the court were to release the records, it would intrude.", "were to", "expected"),
    ("reprisal", "Rebel leaders said they would retaliate.", "said they would", "threatened"),
    ("on a party's condition", "Varland will build its own plant if Ostmark tests a bomb.", "will", "threatened"),
    ("warning that foretells", "Forecasters warned that heavy rain would continue.", "warned", "expected"),
    ("reported intent", "The mayor said the city would hold a vigil.", "said the city would", "planned"),
    ("forecast only", "Temperatures will keep rising.", "will", "expected"),
    ("party intends", "The rebels would exchange the prisoners for their fighters.", "would", "planned"),
    ("a force may", "Water levels could rise further, the weather office said.", "could", "expected"),
]
STEP = "Ms Lind urged Mr Haddad to meet her in Oslo."


def _cue(text: str, start: str) -> Cue:
    low = lower_keeping_offsets(text)
    (sentence,) = segment(text).sentences
    m = next(m for m in STATUS.finditer(low) if m.group().startswith(start))
    return Cue(text, low, m, STATUSES[int((m.lastgroup or "s0")[1:])], sentence, frozenset({"Ostmark", "Varland"}))


def test_every_rule_has_its_case():
    assert sorted(name for name, *_ in CASES) == sorted(RULES)


@pytest.mark.parametrize(("name", "text", "start", "status"), CASES)
def test_each_rule_turns_the_status_of_its_cue(name, text, start, status):
    cue = _cue(text, start)
    rule = RULES[name]
    assert cue.status in rule.reads and rule.holds(cue)
    assert next(r.name for r in STATUS_RULES if cue.status in r.reads and r.holds(cue)) == name
    assert restated(cue, "") == status


@pytest.mark.parametrize("name", sorted(RULES))
def test_no_rule_turns_a_plain_demand(name):
    cue = _cue(STEP, "urged")
    assert restated(cue, "") == "demanded"
    assert not (cue.status in RULES[name].reads and RULES[name].holds(cue))


def test_a_fixed_date_schedules_a_plan_and_a_span_does_not():
    cue = _cue("The agency plans to airlift tents to the camps.", "plans to")
    assert restated(cue, "on Monday") == "scheduled"
    assert restated(cue, "within a week") == "planned"
