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


@pytest.mark.parametrize("text, outlet", [
    ('Writing for the Valda Courier, opposition leader Cassian Orrel said the president was "living in a fantasy".',
     "Valda Courier"),
    ("Writing for the Daily Flag, Alban Crewe argued that the plant was a national asset.", "Daily Flag"),
])
def test_writing_for_an_outlet_before_a_verb_of_saying_is_credited(nlp, text, outlet):
    """'Writing for X, Y said ...': the words were written for the outlet (not a career: 'has written for X')."""
    assert any(outlet in name for name in names(nlp, text))


@pytest.mark.parametrize("text", [
    "She has written for the Daily Flag since 2010.",
    "Writing for the Daily Flag since 2010, she became famous.",
])
def test_writing_for_an_outlet_as_a_career_credits_nothing(nlp, text):
    assert names(nlp, text) == []
