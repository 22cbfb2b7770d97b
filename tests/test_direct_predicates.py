"""Quoted nouns that are what something is said to be (extract/quote_filters.predicate_phrase): the complement of a
copula ('the deal was "port robbery"'), of 'as' after a verb ('described the port as a "ghost harbour"') or of a
naming verb ('called the mayor the "harbour boss"') is the speaker's characterisation and counted as a partial
quote; two quoted nouns the sentence only uses ('avoid "toll gates"') stay a label. Fictional texts."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def partials(run, text: str) -> dict:
    return {q.text: q.speaker.name if q.speaker else None for q in run(text) if q.kind in ("direct", "partial")}


def test_quoted_nouns_after_a_copula_are_a_partial_quote(run):
    text = "Union leader Lena Okafor said on Tuesday that the harbour deal was \"port robbery\"."
    assert partials(run, text).get("port robbery") == "Lena Okafor"


def test_quoted_nouns_after_as_are_a_partial_quote(run):
    text = "Harbour minister Tomas Kerr described the old port authority as a \"ghost harbour\" on Monday."
    assert partials(run, text).get("ghost harbour") == "Tomas Kerr"


def test_quoted_nouns_naming_someone_are_a_partial_quote(run):
    text = "Mayor Ilse Brandt joked that her rival would have called the port director the \"harbour boss\"."
    assert partials(run, text).get("harbour boss") == "Ilse Brandt"


def test_quoted_nouns_used_as_an_object_stay_a_label(run):
    text = "Harbour minister Tomas Kerr said the deal should avoid \"toll gates\" that would block trade."
    assert "toll gates" not in partials(run, text)


def test_a_known_catchphrase_stays_a_label_also_as_a_predicate(run):
    text = "Harbour minister Tomas Kerr again described the port inquiry as a \"witch hunt\" on Monday."
    assert "witch hunt" not in partials(run, text)
