"""A participle opening a paragraph that the tagger reads as a noun ('Writing in the Daily Flag, X said ...': 'Writing'
a noun heading an adverbial clause) is read as its verb (source_syntax.verb_lemma), so the outlet written in is
credited as after 'wrote in'. Fictional outlets, names and places throughout."""
from __future__ import annotations

import pytest

import source_helpers

OWN = "https://www.bbc.co.uk/news/uk-politics-1234"


def names(nlp, text):
    return [name for name, _ in source_helpers.sources(nlp, text, url=OWN, quotes=True)]


@pytest.mark.parametrize("text, outlet", [
    ("Row over plan\n\nWriting in the Daily Flag, Jane Varn said the plan would fail.", "Daily Flag"),
    ("Row over plan\n\nWriting for the Kelsbury Star, Jane Varn argued that the plan would fail.", "Kelsbury Star"),
    ("Writing in the Daily Flag, Jane Varn said the plan would fail.", "Daily Flag"),
])
def test_an_outlet_written_in_after_an_opening_participle_is_credited(nlp, text, outlet):
    assert any(outlet in name for name in names(nlp, text))


def test_a_noun_heading_no_clause_credits_nothing(nlp):
    assert names(nlp, "Row over plan\n\nHer writing in the Daily Flag was admired.") == []
