"""A statement or judgment named in a briefing or readout without a verb of saying is credited: issued by a named
issuer ('X also issued a statement'), presented by the briefer ('I will begin with a statement from X'), its content
taken up ('the statement's rejection of ...'), or owned by an office of a named body ('the statement of a
Spokesperson of X'). Invented text with fictional names (extract/source_named_statements.py)."""
from __future__ import annotations

import pytest

from source_helpers import sources


@pytest.mark.parametrize("text, word", [
    ("First, I will begin today with a statement from the Chief Envoy about Norland.", "statement"),
    ("Good afternoon. I have a statement by the Chief Envoy about the floods in Velmar.", "statement"),
    ("The Chief Commissioner for Refugees, Marla Venn, also issued a statement, which is posted online.", "statement"),
    ("The Tribunal last week issued a judgment in the dispute between Norland and Estavia over the fishing boats.",
     "judgment"),
    ("Estavia's foreign ministry warmly welcomed the statement of a Spokesperson for the Orvan League that "
     "condemned the shelling of the border towns.", "statement"),
])
def test_named_statement_is_credited(nlp, text, word):
    found = sources(nlp, text)
    assert any(word in name.lower() for name, _ in found), found


def test_statement_content_taken_up(nlp):
    text = ("Ostria has welcomed the statement by the Orvan League on the siege of Kelm. "
            "Ostria also values the statement's clear rejection of attacks on civilians.")
    assert len(sources(nlp, text)) == 2


@pytest.mark.parametrize("text", [
    "Norland's official Twitter account for the border police has issued a statement.",  # a post, a tweet
    "The ministry did not issue a statement on Monday.",  # none issued
    "Both delegations later released one shared statement.",  # no issuer named
    "She said they would have a statement ready by noon.",  # the briefer is not speaking
    "The minister will present a statement to parliament next week.",  # not presented by the briefer
])
def test_named_statement_not_credited(nlp, text):
    assert not any("statement" in name.lower() for name, _ in sources(nlp, text)), sources(nlp, text)
