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
