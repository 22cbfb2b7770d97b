"""'mutter' and 'murmur' report what was said like 'whisper': a that-clause is an indirect statement, a quotation
after them is the subject's direct quote. Texts are made up; both tests fail without the two verbs."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_muttered_that_clause(run):
    got = run("Row in the chamber\n\nLater Ms Orr muttered that the vote had been rigged.")
    assert [(q.speaker.name, q.text) for q in got if q.kind == "indirect"] == [("Orr", "the vote had been rigged")]


def test_murmured_quote_is_the_subjects(run):
    got = run("Row in the chamber\n\nThe vote was close. \"That is not the end of it,\" Mr Pell murmured as he left.")
    q = next(q for q in got if q.text.startswith("That is not the end"))
    assert q.speaker is not None and q.speaker.name == "Pell"
