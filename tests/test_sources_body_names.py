"""A body whose name ends in its kind is no outlet though an outlet word stands in it ('the Independent Electoral
Commission', 'the Tarvian Herald Company'); a broadcaster's name keeps its broadcasting word ('Television
Authority')."""
from __future__ import annotations

import pytest

from source_helpers import sources


@pytest.mark.parametrize("text", [
    "But some 330,000 ballots were spoiled, the Independent Electoral and Boundaries Commission noted with concern.",
    "The Tarvian Herald Company said profits fell.",
])
def test_a_body_named_with_an_outlet_word_is_no_outlet(nlp, text):
    assert sources(nlp, text) == []


@pytest.mark.parametrize("text, word", [
    ("The Coastal Gazette reported that the mayor had resigned.", "Gazette"),
    ("The Nigerian Television Authority reported that the vote was calm.", "Television"),
])
def test_outlets_stay_outlets(nlp, text, word):
    found = sources(nlp, text)
    assert len(found) == 1 and word in found[0][0].split(), found
