"""On any text `analyse` returns, and every actor and statement slices back to its text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis import analyse

# Tokens the name, quote and speaker passes react to, so generated text reaches the sieves.
WORDS = st.sampled_from([
    "Mr", "Mr.", "Ms", "President", "foreign minister", "Anna", "Kovalenko", "Boris Sato", "the Kremlin", "Nato",
    "said", "told reporters", "he", "she", "according to", ",", ".", ":", "“", "”", '"', "''", "``", "‘", "’",
    "—", "―", "\n", "\n\n", "the", "spokesman", "an aide to", "(", ")", "U.S.", "a.m.", "Photo:", "By",
])
TEXTS = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=80).map(" ".join))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_analyse_never_raises_and_offsets_slice_back(text):
    sections = analyse(text)
    for actor in sections.actors:
        assert actor.start is not None and actor.end is not None
        assert text[actor.start:actor.end].strip()
        assert actor.kind in ("person", "organization", "state", "group")
    for statement in sections.statements:
        assert text[statement.start:statement.end] == statement.text
        assert statement.text.strip()
    speakers = {a.name for a in sections.actors}
    assert all(s.speaker is None or s.speaker in speakers for s in sections.statements)
