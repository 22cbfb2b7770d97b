"""A paper an advertisement ran in is no source (credit_filters.advert_place): 'adverts were published in the X
Herald, Y and the Z' names paid space, not a report the paper carries; a text published or written in a paper is
still credited to it. Invented outlets and people."""
from __future__ import annotations

import pytest

import source_helpers


def names(nlp, text):
    return [name for name, _ in source_helpers.sources(nlp, text)]


@pytest.mark.parametrize("text", [
    "Four newspaper advertisements by the Greens were printed on Friday in the Kelsbury Herald, Times and the "
    "Norland Courier.",
    "The adverts were published in the Kelsbury Herald on Tuesday.",
    "The Greens ran ads in the Kelsbury Herald and the Norland Courier on Monday.",
    "An advert in the Kelsbury Herald on Monday urged voters to back the plan.",
])
def test_advert_in_a_paper_is_no_source(nlp, text):
    assert names(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("The plan was first published in the Kelsbury Herald on Tuesday.", ["Kelsbury Herald"]),
    ("Anna Berg wrote in the Kelsbury Herald that the plan would fail.", ["Kelsbury Herald"]),
])
def test_text_in_a_paper_is_credited(nlp, text, expected):
    assert names(nlp, text) == expected
