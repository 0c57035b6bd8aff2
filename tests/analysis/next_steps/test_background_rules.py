"""The background rules one by one: each reads past the cue it is written for, and none reads past a plain step."""

import pytest

from briefing.analysis.next_steps.cues import STATUS, STATUSES
from briefing.analysis.next_steps.filters import BACKGROUND_RULES, Cue, background
from briefing.analysis.next_steps.find import cue_verdicts
from briefing.analysis.text.folding import lower_keeping_offsets
from briefing.analysis.text.segmentation import segment

RULES = dict(BACKGROUND_RULES)

# Each rule, a sentence it decides, and the words its cue starts with.
CASES = [
    ("capitalised modal", "Will Smith arrived in Oslo on Monday.", "will"),
    ("in a name", "Lawyers for the states argued before the U.S. Court of Appeals for the Ninth Circuit.", "appeals"),
    ("modal in its own clause", "He spoke of the days when his family would return to the valley.", "would"),
    ("elliptical modal", "“I would,” Ms Lind said to the screen.", "would"),
    ("otherwise", "The fund helps towns that would otherwise close their clinics.", "would"),
    ("old news", "A similar swap was called off at the last minute in 2023.", "called off"),
    ("said before", "The fund had warned that the vote could depress growth.", "warned"),
    ("not done", "Mr Haddad did not unveil plans to pay for the army.", "plans to"),
    ("habit", "The market opens every Sunday.", "opens"),
    ("habitual saying", "Mr Brandt likes to say that his tariffs will make Veldan great.", "will"),
    ("narrated", "In the video, she then urges him to get out of the car.", "urges"),
    ("future in the past", "Five years ago I wrote that the tram would be a white elephant.", "would"),
    ("future in the past", "Back when it signed the treaty, Ostmark pledged that it would lift the limits.", "pledged"),
    ("future in the past", "The water rose so fast that they could only climb onto the roofs.", "could"),
    ("feeling", "Survivors said they would never forget the night the dam broke.", "said they would never"),
    ("feeling", "“We won't forgive them,” the widow said.", "won't"),
    ("cut short", "The ferry was due to dock in Piraeus on Saturday when it caught fire.", "was due"),
    ("state in doubt", "My name may not be on the ballot.", "may"),
    ("reading", "The endorsements may highlight the editors' distrust of the mayor.", "may"),
    ("relative clause", "The agency struggles to raise the money it needs to feed the families.", "needs to"),
    ("aside", "I'll tell you, the issue is trust.", "i'll"),
    ("unwanted", "I don't want to interrupt.", "want to"),
    ("in the condition", "If he could make money from it, he was for it.", "could"),
    ("quoted question", "“Ms Lind, will you pledge to hold the vote?” he asks.", "will"),
    ("nobody acts", "No third country has agreed to take them.", "agreed to"),
    ("anyone acts", "In every downturn, someone proposes a wealth tax.", "proposes a"),
    ("claim", "Northland insists that the blockade is aimed only at smugglers.", "insists that"),
    ("nothing follows", "That is the message this is sending.", "is sending"),
    ("purpose", "His most important goal was to make him a one-term leader.", "was to"),
    ("mood", "Some in the city were ready to return to normal.", "were ready"),
    ("doubt", "It is unclear whether the talks between the two sides will resume.", "will"),
    ("reason", "The court jailed him in May for refusing to testify.", "refusing to"),
    ("no event", "Mr Haddad said the plan may have failed.", "may"),
]
STEP = "Ms Lind will meet Mr Haddad in Oslo on Friday."


def _cue(text: str, start: str) -> Cue:
    low = lower_keeping_offsets(text)
    (sentence,) = segment(text).sentences
    m = next(m for m in STATUS.finditer(low) if m.group().replace("’", "'").startswith(start))
    return Cue(text, low, m, STATUSES[int((m.lastgroup or "s0")[1:])], sentence)


def test_every_rule_has_its_case():
    assert sorted({name for name, _, _ in CASES}) == sorted(RULES)


@pytest.mark.parametrize(("name", "text", "start"), CASES)
def test_each_rule_alone_reads_past_its_cue_and_names_itself(name, text, start):
    cue = _cue(text, start)
    assert RULES[name](cue)
    assert background(cue) == name


@pytest.mark.parametrize("name", sorted(RULES))
def test_no_rule_reads_past_a_plain_step(name):
    assert not RULES[name](_cue(STEP, "will"))


def test_the_deciding_rule_is_recorded_on_each_cue():
    text = "The fund had warned that the vote could depress growth. Ms Lind will meet Mr Haddad on Friday."
    verdicts = {text[v.start:v.end]: v.rule for v in cue_verdicts(segment(text))}
    assert verdicts["warned that the vote could"] == "said before"
    assert verdicts["will"] is None
