"""The one look-up of the speech noun right before a that-clause and its owner (extract/speech_nouns.py), shared by
quote_cues (which cue a quoted fragment belongs to) and speaker_repairs.claim_owner (who speaks the clause):
fictional sentences, the helper called on the 'that' of each."""
from __future__ import annotations

import pytest

from newsgraph.extract.speech_nouns import owned_noun_before, speech_noun_owner

CLAIMS = frozenset({"claim", "warning", "assertion", "charge"})


def _mark(doc):
    return next(t for t in doc if t.lower_ == "that" and t.i > 0 and t.nbor(-1).pos_ != "VERB")


def _found(nlp, text, window=15):
    doc = nlp(text)
    got = owned_noun_before(_mark(doc), lambda t: t.lemma_.lower() in CLAIMS, window)
    return (got[0].text, got[1].text) if got is not None else None


@pytest.mark.parametrize("text, noun, owner", [
    ("The council faulted Ilse Marr for her claims in the local paper that the harbour was unsafe.", "claims", "her"),
    ("Despite warnings to Portville from engineers on the ground that the dam would fail, the council voted.",
     "warnings", "engineers"),
    ("The mayor dismissed warnings from them that the harbour would flood.", "warnings", "them"),
])
def test_noun_and_owner_before_that(nlp, text, noun, owner):
    assert _found(nlp, text) == (noun, owner)


def test_a_long_phrase_needs_the_wider_window(nlp):
    text = "Despite warnings to Portville from engineers on the ground that the dam would fail, the council voted."
    assert _found(nlp, text, window=6) is None
    assert _found(nlp, text, window=15) == ("warnings", "engineers")


def test_a_noun_with_no_owner_is_no_answer(nlp):
    assert _found(nlp, "Mayor Tomas Brenner repeated on Monday the claim that the harbour would close.") is None


def test_the_walk_stops_at_a_verb(nlp):
    assert _found(nlp, "Her claims were dismissed by the council that met in May.") is None


def test_owner_of_a_noun_that_carries_its_clause(nlp):
    doc = nlp("The paper reported Marr's claim that the mayor took bribes.")
    claim = next(t for t in doc if t.lower_ == "claim")
    assert speech_noun_owner(claim, claim.i + 1).text == "Marr"
