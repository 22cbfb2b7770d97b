"""A programme named with a possessive ("told BBC Radio 4's the World at One ...") is no clause: the parser may
read the 's as 'is' and report "'s the World"; a reported span never opens with the clitic. Fictional speakers."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_a_possessive_opens_no_statement(run):
    got = pairs(run('Former Velm Party climate secretary Sir Ian Vale has told BBC Radio 4\'s the World at One "it is '
                    'time politicians of all parties spoke out against what Mr Tarn is doing" if the deal collapses.'))
    assert all(not text.startswith(("'s", "\u2019s")) for _, text in got), got


def test_a_possessive_programme_before_a_bare_clause(run):
    got = pairs(run("Sir Ian Vale told BBC Radio 4's the World at One the deal was dead."))
    assert all(not text.startswith(("'s", "\u2019s")) for _, text in got), got
