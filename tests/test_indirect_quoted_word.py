"""A quoted word inside a reported clause (issue #3, BBC and agency style: 'said he was "confident" a deal could
be reached'): the closing mark must not end the clause. Small hand-written texts with fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


@pytest.mark.parametrize("text, speaker, content", [
    ("The PM said he was \"confident\" a deal could be reached.", "PM",
     'he was "confident" a deal could be reached'),
    ("Ms Okafor said she was \"very hopeful\" the bill would pass.", "Okafor",
     'she was "very hopeful" the bill would pass'),
    ("The spokesman said the minister was \"relaxed\" the vote would go ahead.", "spokesman",
     'the minister was "relaxed" the vote would go ahead'),
])
def test_quoted_word_does_not_end_the_clause(run, text, speaker, content):
    found = pairs(run(text))
    assert any(s is not None and speaker in s and c == content for s, c in found), found


def test_comma_after_the_quote_still_ends_the_clause(run):
    found = pairs(run("Mr Brandt said the talks were \"difficult\", adding that a deal was close."))
    assert not any(c.startswith("the talks were") and "deal" in c for _, c in found), found
