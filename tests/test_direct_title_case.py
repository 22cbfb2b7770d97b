"""Title-case headlines (extract/quote_filters.in_title_case_line): capitals on quoted words in a headline written
in title case say nothing of a title of a work, so "'Harbour Will Reopen,' Mayor Says" keeps its quote; a capitalised
quote in a sentence-case line is still taken for a title. Fictional texts."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_capitalised_quote_in_a_title_case_headline_is_kept(run):
    text = ("'We Will Rebuild The Harbour,' Okafor Says Of Storm\n\n"
            "DORNE -- Mayor Lena Okafor said on Friday that the town would rebuild the harbour within a year.")
    assert "We Will Rebuild The Harbour" in [q.text for q in run(text) if q.kind in ("direct", "partial")]


def test_capitalised_title_in_a_sentence_case_line_stays_out(run):
    text = ("Harbour reopens in Dorne\n\n"
            "Mayor Lena Okafor said the town had watched \"Storm Over Dorne\" on Friday.")
    assert "Storm Over Dorne" not in [q.text for q in run(text)]
