"""A name holding an outlet word ('Network', 'Monitor') that the page itself calls a body in an apposition ('the X
Support Network, a coalition of civil groups, said ...') is that body speaking, not an outlet credited
(source_judges.described_as_body). An apposition calling it an outlet keeps it one. Fictional names throughout."""
from __future__ import annotations

import pytest

import source_helpers

OWN = "https://www.bbc.co.uk/news/world-africa-1234"


def names(nlp, text):
    return [name for name, _ in source_helpers.sources(nlp, text, url=OWN, quotes=True)]


@pytest.mark.parametrize("text", [
    "The Norland Election Support Network, a coalition of civil society groups, said that Varn had won 49%.",
    "The Kelsbury Monitor, a rights group, said the plan would fail.",
])
def test_a_name_the_page_calls_a_body_is_no_outlet(nlp, text):
    assert names(nlp, text) == []


def test_a_name_the_page_calls_a_newspaper_stays_an_outlet(nlp):
    assert "Kelsbury Monitor" in names(nlp, "The Kelsbury Monitor, a weekly newspaper, said the plan would fail.")
