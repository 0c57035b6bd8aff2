"""On any text the count, casualty and next-step passes return, and every offset slices back to its text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis.casualties.find import find_casualties
from briefing.analysis.casualties.numbers import find_counts
from briefing.analysis.next_steps.find import find_next_steps
from briefing.analysis.text.segmentation import segment
from briefing.model import Actor

# Words the passes react to, mixed with noise, so generated text reaches the sieves.
WORDS = st.sampled_from([
    "at least", "five", "twenty-nine", "12,000", "dozens", "tens of thousands", "between", "and", "to", "-",
    "killed", "were", "injured", "death toll rose to", "killing", "civilians", "soldiers", "will", "may",
    "postponed", "no plans to", "urged", "said", "“", "”", '"', "''", "'", "‘", "’", ".", ",", ";", "\n", "\n\n",
    "Mr Lind",
    "next week", "on Friday", "in the past day", "according to", "the UN", "2022", "%", "km", "$", "one",
])
TEXTS = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=60).map(" ".join))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_passes_never_raise_and_offsets_slice_back(text):
    for count in find_counts(text):
        assert text[count.start:count.end] == count.text
        assert count.max is None or count.max >= count.min
    doc = segment(text)
    for item in find_casualties(doc):
        assert text[item.start:item.end] == item.text
    for step in find_next_steps(doc, (Actor("Anna Lind", aliases=("Mr Lind",)),)):
        assert text[step.start:step.end] == step.text
