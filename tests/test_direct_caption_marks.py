"""A BBC page's 'media caption' label glued to the opening mark of the caption's quotation ('media caption"We
will ...": X reports'): the straight mark after the word 'caption' opens a quote (marks._role), whose speaker the
words after it name. Hand-written texts, fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_glued_media_caption_opens_a_quote(run):
    text = ("Ostmark debt crisis: Leaders try to agree deal\n\nRelated Topics\n  • Ostmark debt crisis\nmedia "
            "caption\"Vessland's politics and economics are being shaken by Ostmark\": Katrin Oduya reports\n\n"
            "Eurozone leaders talked through the night in Selm in a bid to agree terms for a new loan.\n")
    q = [q for q in run(text) if q.kind in ("direct", "partial") and q.text.startswith("Vessland's politics")]
    assert q and q[0].speaker is not None and q[0].speaker.name == "Katrin Oduya"


def test_a_word_glued_to_a_closing_mark_still_closes(run):
    text = ("Harbour vote\n\nThe mayor, Joachim Oyelaran-Pike, said the vote was \"a victory for the captain\" and "
            "left.\n")
    q = [q for q in run(text) if q.kind in ("direct", "partial")]
    assert [x.text for x in q] == ["a victory for the captain"]
