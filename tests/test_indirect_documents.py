"""Documents that speak (issue #3): a legal complaint, a plan, a proposal, a draft or a clause as the subject of
a reporting verb is the source of what it says. Small hand-written texts with fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


@pytest.mark.parametrize("text, speaker, content", [
    ("The complaint says the Tarvik levy violates the charter.", "complaint", "the Tarvik levy violates the charter"),
    ("The plan calls for new measures to improve school safety in Brasko.", "plan",
     "new measures to improve school safety in Brasko"),
    ("The clause states that national law takes precedence over local law.", "clause",
     "national law takes precedence over local law"),
])
def test_document_subject_speaks(run, text, speaker, content):
    found = pairs(run(text))
    assert any(s is not None and speaker in s.lower() and c == content for s, c in found), found


def test_a_plan_that_is_only_talked_about_says_nothing(run):
    found = pairs(run("Mayor Ivo Brant said the plan was dead."))
    assert len(found) == 1 and "Ivo Brant" in found[0][0], found
