"""Parts of a newspaper's page credited with the newspaper that owns them (source_noun_judge, the data list
outlet_page_parts): "The Norland Herald's front page says ...", "the front page of the Daily Flag says ...", "the
Kelsbury Star's splash ...". A page part with no outlet ("The headline reads ...") credits no one. Fictional
outlets, names and places throughout."""
from __future__ import annotations

import pytest

import source_helpers

OWN = "https://www.bbc.co.uk/news/uk-politics-1234"


def names(nlp, text):
    return [name for name, _ in source_helpers.sources(nlp, text, url=OWN, quotes=True)]


@pytest.mark.parametrize("text, outlet", [
    ("The Norland Herald's front page says ministers are split over the plan.", "Norland Herald"),
    ("The front page of the Daily Flag says ministers are split over the plan.", "Daily Flag"),
    ("The Kelsbury Star's front page headline claims \"Varn's Lost It\", withdrawing the paper's support.",
     "Kelsbury Star"),
])
def test_an_outlets_page_part_credits_the_outlet(nlp, text, outlet):
    assert any(outlet in name for name in names(nlp, text))


@pytest.mark.parametrize("text", [
    "The headline above the story reads, \"A Night to Forget.\"",
    "Its front page says ministers are split over the plan.",
])
def test_a_page_part_with_no_outlet_credits_no_one(nlp, text):
    assert names(nlp, text) == []
