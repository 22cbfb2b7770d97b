"""Outlets the lexicon does not know, named by the syntax (source_outlets.named_after_head, named_news): a
capitalised name right after an outlet word ('the daily X', 'the newspaper X') or before a lower-case 'news' that
reports ('X news reported'). Fictional outlets, names and places throughout."""
from __future__ import annotations

import pytest

import source_helpers

OTHER = "https://www.norland-herald.example/world/talks-1234"


def names(nlp, text):
    return [name for name, _ in source_helpers.sources(nlp, text, url=OTHER, quotes=True)]


@pytest.mark.parametrize("text, outlet", [
    ("The minister asked the envoy to explain the incursions, Kelsbury news reported.", "Kelsbury news"),
    ("The daily B.Q. reported that the call had taken place.", "B.Q."),
    ("The envoy said in an interview with the daily Norlandske Tidende that the call had taken place.",
     "Norlandske Tidende"),
])
def test_outlet_named_by_the_syntax(nlp, text, outlet):
    assert outlet in names(nlp, text)


@pytest.mark.parametrize("text", [
    "The minister read the news on Monday and said the call had taken place.",
    "Anna Berg, who founded the magazine, said the call had taken place.",
])
def test_no_outlet_named(nlp, text):
    assert names(nlp, text) == []



def test_word_before_a_name_across_a_line_break(nlp):
    from newsgraph.extract.source_syntax import word_before
    doc = nlp("A spokeswoman could not confirm it but told\nthe\nKelsbury Post the envoy had left.")
    name = next(t for t in doc if t.text == "Kelsbury")
    assert word_before(doc[name.i:name.i + 2]) == "told"
