"""Quoted adjective phrases in front of a noun (extract/quote_filters.judging_phrase): 'the "very robust" sanctions',
'a "frank and constructive" call' are someone's judgement and count as partial quotes; a quoted noun label in front
of a noun ('his "harbour first" policy') and a single quoted adjective ('"historic" talks') stay left out.
Hand-written texts, fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def partials(run, text: str) -> dict:
    return {q.text: (q.speaker.name if q.speaker else None) for q in run(text) if q.kind in ("direct", "partial")}


@pytest.mark.parametrize("text, words, speaker", [
    ("Velmora's envoy Lena Okafor told reporters that more must be done beyond the \"very robust\" sanctions "
     "already in place.", "very robust", "Lena Okafor"),
    ("President Tomas Kerr and Chancellor Ilse Brandt discussed the harbour dispute during a \"frank and "
     "constructive\" telephone call, the presidential office said.", "frank and constructive", "presidential office"),
    ("Prime Minister Anna Riis has said her new government will provide \"strong and stable\" leadership.",
     "strong and stable", "Anna Riis"),
])
def test_adjective_phrase_before_a_noun_is_a_partial_quote(run, text, words, speaker):
    found = partials(run, text)
    assert words in found and speaker in (found[words] or "")


@pytest.mark.parametrize("text, words", [
    ("Mayor Lena Okafor said her \"harbour first\" policy would create jobs.", "harbour first"),
    ("Mayor Lena Okafor said the \"historic\" talks would go on.", "historic"),
])
def test_noun_labels_and_single_words_before_a_noun_stay_out(run, text, words):
    assert words not in partials(run, text)
