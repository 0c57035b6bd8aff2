"""The rest of the text family: quoted stretches, case folding that keeps offsets, headlines the later passes
skip, and the calendar words every family shares."""

from __future__ import annotations

import re

from briefing.analysis.text.folding import lower_keeping_offsets
from briefing.analysis.text.headlines import skipped_headlines
from briefing.analysis.text.quoted_spans import quote_around, quoted_spans
from briefing.analysis.text.segmentation import HEADLINE, Doc, Paragraph, segment
from briefing.analysis.text.vocabulary import DAYS, MONTH_ABBREVIATIONS, MONTHS, TITLED_MONTH


def _quoted(text: str) -> list[str]:
    starts, ends = quoted_spans(text, 0)
    return [text[s:e] for s, e in zip(starts, ends, strict=True)]


def test_double_quotes_mark_what_is_quoted():
    text = "“We will never give up,” Mr Haddad said. He left."
    assert _quoted(text) == ["“We will never give up,”"]
    spans = quoted_spans(text, 0)
    assert quote_around(text.index("never"), spans) == 0
    assert quote_around(text.index("Haddad"), spans) is None


def test_an_unclosed_quote_runs_to_the_end_of_its_paragraph():
    assert _quoted('He said: "We will fight on') == ['"We will fight on']


def test_single_quotes_count_as_a_pair_and_an_apostrophe_is_no_quote():
    assert _quoted("The minister said 'Terror will not break us.' on Friday.") == ["'Terror will not break us.'"]
    assert _quoted("The builders' pay is low and the union's offer stands.") == []


def test_offsets_are_absolute():
    starts, _ = quoted_spans("“Yes,” she said.", 100)
    assert starts == [100]


def test_folding_keeps_one_character_for_each():
    assert lower_keeping_offsets("Talks WILL resume") == "talks will resume"
    text = "İstanbul talks: the DEAL holds"
    low = lower_keeping_offsets(text)
    assert len(low) == len(text)
    assert low[low.index("deal"):][:4] == "deal" and text[low.index("deal"):][:4] == "DEAL"


def test_a_title_is_skipped_and_a_short_lead_taken_for_a_deck_line_is_read():
    title = "Sall postpones vote"
    lead = ("Senegal's President Macky Sall has postponed the presidential election scheduled for 25 February, "
            "citing a dispute over the candidate list.")
    text = f"{title}\n{lead}"
    doc = Doc(text, (Paragraph(0, len(title), title, 0, HEADLINE),
                     Paragraph(len(title) + 1, len(text), lead, 1, HEADLINE)), ())
    assert skipped_headlines(doc) == {0}


def test_the_calendar_words_are_whole_and_in_order():
    assert len(DAYS) == 7 and DAYS[0] == "monday"
    assert len(MONTHS) == 12 and MONTHS[8] == "september"
    assert all(any(month.startswith(short) for month in MONTHS) for short in MONTH_ABBREVIATIONS)
    assert re.fullmatch(TITLED_MONTH, "September") and not re.fullmatch(TITLED_MONTH, "may")


def test_a_month_abbreviation_ends_no_sentence():
    sentences = segment("The vote was set for Sept. 5 in the capital. Both sides agreed.").sentences
    assert [s.text for s in sentences] == ["The vote was set for Sept. 5 in the capital.", "Both sides agreed."]
