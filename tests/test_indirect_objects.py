"""Noun-phrase objects of reporting verbs (issue #3): which ones carry what was said and which do not, on small
hand-written texts with fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


@pytest.mark.parametrize("text, words", [
    # 'push back against <noun>' resists a thing; it reports no content of its own
    ("But Governor Ilsa Varn pushed back against these criticisms in two interviews on Sunday.", "criticisms"),
    ("It seems unlikely that the Tarvik government would push back against the new rules.", "new rules"),
])
def test_push_back_against_a_noun_reports_nothing(run, text, words):
    found = pairs(run(text))
    assert not any(words in c for _, c in found), found


def test_push_back_against_claims_keeps_the_clause(run):
    found = pairs(run("The minister, Oskar Lund, pushed back against claims that the army had withdrawn."))
    assert any(s is not None and "Lund" in s and c == "the army had withdrawn" for s, c in found), found


@pytest.mark.parametrize("text, speaker, content", [
    # 'demand' with a noun phrase reports the demand, like 'urge X to ...'
    ("Protesters in Tarvik demanded the release of the detained journalists.", "Protesters",
     "the release of the detained journalists"),
    ("The Norland ministry summoned the envoy and demanded an explanation.", "Norland ministry", "an explanation"),
])
def test_demand_with_a_noun_phrase(run, text, speaker, content):
    found = pairs(run(text))
    assert any(s is not None and speaker in s and c == content for s, c in found), found


def test_demand_of_a_thing_is_not_speech(run):
    assert not pairs(run("The job demands a great deal of patience."))
