"""Newspapers no list knows named the way papers are ('the Evening Tally', 'the Sunday Vigil', 'the Daily Vigil'): a
day or time of day opening the name after 'the', or an outlet word in it (source_told_names.periodical_span,
periodical_name). Fictional papers, bodies and people throughout."""
from __future__ import annotations

import pytest

import source_helpers

BBC = "https://www.bbc.co.uk/news/uk-politics-70000003"


def names(nlp, text, url=BBC):
    return [name for name, _ in source_helpers.sources(nlp, text, url=url, quotes=True)]


@pytest.mark.parametrize("text, outlet", [
    ("The Sunday Vigil reported that officials had warned against the deal.", "Sunday Vigil"),
    ("The Daily Vigil reported that officials had warned against the deal.", "Daily Vigil"),
    ("The Morning Lamp, external, says the chancellor's speech was a gamble.", "Morning Lamp"),
    ("The Evening Tally leads on the strike, saying talks have collapsed.", "Evening Tally"),
    ("The story was first reported by the Morning Lamp.", "Morning Lamp"),
    ("Mr Tallis told the Sunday Vigil he would resign.", "Sunday Vigil"),
])
def test_paper_named_by_its_day_is_credited(nlp, text, outlet):
    assert outlet in names(nlp, text)


@pytest.mark.parametrize("text", [
    "Mr Tallis told the Sunday Assembly he would resign.",
    "The Sunday Trading Act says shops may open on six hours.",
    "Speaking at the Evening Gala, he said the plan was working.",
    "Ostmark Energy reported that its profits rose.",
])
def test_day_named_body_law_or_firm_is_no_paper(nlp, text):
    assert names(nlp, text) == []
