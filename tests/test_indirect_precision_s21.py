"""Indirect precision and span ends (session 21): one party's 'agreed to <deed>' is a decision, not reported
speech, while the parties to an agreement ('both sides', 'the two ministers') state it jointly; a present or
modal clause joined by 'and' right after the reported clause, with no comma, goes on with what was said."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def _texts(run, text):
    return [q.text for q in run(text)]


@pytest.mark.parametrize("text, deed", [
    ("Vessaly has agreed to suspend its uranium enrichment by 22 November, following talks with three "
     "European states.", "to suspend its uranium enrichment"),
    ("Crowds in Arlen cheered negotiators who had agreed to curb some of Vessaly's nuclear work.",
     "to curb some of Vessaly's nuclear work"),
    ("Northern foreign ministers have agreed to back the resumption of indirect talks between the two sides.",
     "to back the resumption of indirect talks"),
    ("Tull Mayor Anna Berg agreed to extend the curfew by a week, and the council is expected to vote on it.",
     "to extend the curfew"),
])
def test_one_party_agreeing_to_a_deed_is_no_statement(run, text, deed):
    assert not any(t.startswith(deed) for t in _texts(run, text))


@pytest.mark.parametrize("text, deed", [
    ("Both sides agreed to stay in close contact, the Orvik foreign ministry said in a statement on Monday. "
     "The ministry said the talks were useful.", "to stay in close contact"),
    ("The two foreign ministers agreed to stay in touch over regional developments, Tomas Rieck told reporters.",
     "to stay in touch over regional developments"),
])
def test_the_parties_to_an_agreement_state_it(run, text, deed):
    assert any(t.startswith(deed) for t in _texts(run, text))


@pytest.mark.parametrize("text, said", [
    ("Kellan Ostrow added the photo was meant to serve as art and he's aware that it could upset some viewers.",
     "the photo was meant to serve as art and he's aware that it could upset some viewers"),
    ("The envoy said the ceasefire \"must hold\" and all sides must respect it.",
     "the ceasefire \"must hold\" and all sides must respect it"),
    ("Mira Hallen told the Tull Courier the plan was sound and the city will fund it next year.",
     "the plan was sound and the city will fund it next year"),
])
def test_present_or_modal_clause_after_and_goes_on(run, text, said):
    assert said in _texts(run, text)


@pytest.mark.parametrize("text, said", [
    ("Pell said the vote was fair and I agree with him.", "the vote was fair"),
])
def test_past_or_first_person_clause_after_and_is_the_writers(run, text, said):
    assert said in _texts(run, text)
