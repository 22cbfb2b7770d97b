"""The agent of a participle on a document, one helper (speech_nouns.participle_agent) for
document_speakers.released_by / _agent and speaker_repairs.sender: fictional phrases."""
from __future__ import annotations

import pytest

from newsgraph.extract.document_speakers import released_by
from newsgraph.extract.speaker_repairs import sender
from newsgraph.extract.speech_nouns import participle_agent


def _verb(doc, word):
    return next(t for t in doc if t.lower_ == word)


@pytest.mark.parametrize("text, verb, preps, agent", [
    ("The council read a statement released by the Harbour Authority on Monday.", "released", ("by",),
     "Authority"),
    ("The paper obtained a letter sent from Ilse Marr to the council.", "sent", ("from",), "Marr"),
    ("The paper obtained a letter sent from Ilse Marr to the council.", "sent", ("by",), None),
])
def test_agent_of_the_participle(nlp, text, verb, preps, agent):
    got = participle_agent(_verb(nlp(text), verb), preps)
    assert (got.text if got is not None else None) == agent


def test_released_by_reads_a_passive_relative_clause(nlp):
    doc = nlp("The letter, which was signed by Tomas Brenner, reached the council.")
    assert released_by(_verb(doc, "letter")).text == "Brenner"


def test_sender_of_a_letter_sent_from(nlp):
    doc = nlp("The paper obtained a letter sent from Ilse Marr to the council asking for a delay.")
    assert sender(_verb(doc, "letter")).text == "Marr"
