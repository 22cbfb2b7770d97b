"""The BBC's mark of a link after an outlet's name written without its closing comma ('The Herald, external says
...'): the parse reads the verb as a noun, but the outlet still says what follows (source_furniture.link_marked_verb).
Fictional papers throughout."""
from __future__ import annotations

import pytest

import source_helpers

BBC = "https://www.bbc.co.uk/news/uk-politics-70000006"


def names(nlp, text, url=BBC):
    return [name for name, _ in source_helpers.sources(nlp, text, url=url, quotes=True)]


@pytest.mark.parametrize("text, outlet", [
    ("The Guardian, external reports that ministers were split over the plan.", "Guardian"),
    ("The Evening Tally, external reports that ministers were split over the plan.", "Evening Tally"),
    ("The Herald, external says ministers were split.", "Herald"),
])
def test_outlet_before_a_link_mark_is_credited(nlp, text, outlet):
    assert any(outlet in name for name in names(nlp, text))


@pytest.mark.parametrize("text", [
    "Read the Guardian, external for more.",
    "The Guardian, external has more on the story.",
])
def test_link_to_an_outlet_is_no_credit(nlp, text):
    assert names(nlp, text) == []
