"""The terms of an interview are not a statement: 'who requested anonymity', 'insisted on anonymity'."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_requested_anonymity_is_no_statement(run):
    got = pairs(run("\u201cPeople are furious,\u201d said one councillor who voted against her, who requested anonymity "
                    "so as to talk openly."))
    assert not any(t == "anonymity" for _, t in got), got


def test_a_request_with_a_clause_still_reports(run):
    assert pairs(run("The official requested that the meeting be postponed.")) == \
        [("The official", "the meeting be postponed")]
