"""Outlets and agencies no list knows, credited by where their names stand: a one-word name the tagger takes for a
place or a person in a crediting place or in a firm dateline's brackets (extract/source_told_names.py,
extract/source_wire.py). Fictional outlets, people, places and sites throughout."""
from __future__ import annotations

import pytest

import source_helpers

OTHER = "https://www.norland-herald.example/world/talks-1234"


def credited(nlp, text, url=OTHER):
    return [name for name, _kind in source_helpers.sources(nlp, text, url=url, quotes=True)]


@pytest.mark.parametrize("text, outlet", [
    ("Speaking to Tarnpost on Tuesday, Kell said Sarkenia was ready to talk.", "Tarnpost"),
    ("In an interview with Tarnpost, Kell said Sarkenia was ready to talk.", "Tarnpost"),
    ("The minister said the border would reopen soon, in comments cited by Tarnpost.", "Tarnpost"),
    ("The minister resigned on Friday, Tarnpost reported, citing two sources.", "Tarnpost"),
])
def test_one_word_name_taken_for_a_place(nlp, text, outlet):
    assert outlet in credited(nlp, text)


def test_dateline_name_taken_for_a_person(nlp):
    text = "DALMEN, May 4 (Korvix) - The two governments signed the accord in Dalmen on Friday, officials said."
    assert "Korvix" in credited(nlp, text)

