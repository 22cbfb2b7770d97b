"""A broadcaster written by its short house name ('Sky' for Sky News, as UK pages do: "Sky's political editor ...
reports", 'told Sky') is credited as that broadcaster (data/outlets.tsv alias). Fictional people throughout."""
from __future__ import annotations

import pytest

import source_helpers

OWN = "https://www.bbc.co.uk/news/uk-politics-1234"


def names(nlp, text):
    return [name for name, _ in source_helpers.sources(nlp, text, url=OWN, quotes=True)]


@pytest.mark.parametrize("text", [
    "Sky's political editor Sam Varn reports that ministers are split.",
    "Jane Varn told Sky that the plan would fail.",
])
def test_sky_is_sky_news(nlp, text):
    assert names(nlp, text) == ["Sky News"]


def test_the_sky_is_no_outlet(nlp):
    assert names(nlp, "The sky over the capital was clear when Jane Varn said the plan would fail.") == []
