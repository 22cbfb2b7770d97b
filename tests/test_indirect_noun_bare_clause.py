"""A speech noun's content clause with 'that' left out ("Slinger's claim Reform want ..."), which the parser reads
as a relative clause, is the noun owner's statement; a real relative clause ('the claim she made last week') is
not. Made-up texts."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def indirect(nlp):
    return indirect_runner(nlp)


def test_claim_without_that_reports_its_clause(indirect):
    got = indirect("Tarn starts by hitting back at Ola Varn's claim Reform want the NHS to charge patients.")
    assert pairs(got) == [("Ola Varn", "Reform want the NHS to charge patients")]


@pytest.mark.parametrize("text", [
    "The claim she made last week was false.",
    "The warning officials gave the public came too late.",
    "Senator Ola Varn is fending off a report he had inflated his service record in the war.",  # no owner
])
def test_relative_clause_on_a_speech_noun_is_no_content(indirect, text):
    assert indirect(text) == []
