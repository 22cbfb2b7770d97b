"""Several that-clauses of one cue ('her warning that A, that B, and that C', 'argued that A, that B, and that
C') are one statement, up to the end of the last one and no further than its sentence."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_noun_cue_with_three_that_clauses(run):
    got = pairs(run("Senator Ada Lark repeated her warning that the dam was unsafe, that repairs would take years, "
                    "and that the state had ignored the engineers."))
    assert ("Ada Lark", "the dam was unsafe, that repairs would take years, and that the state had ignored the "
                        "engineers") in got, got


def test_verb_with_three_that_clauses(run):
    got = pairs(run("Mayor Tom Reed argued that the budget was balanced, that no jobs would be cut, and that taxes "
                    "would fall next year."))
    assert ("Tom Reed", "the budget was balanced, that no jobs would be cut, and that taxes would fall next year") \
        in got, got


def test_a_that_clause_of_another_sentence_is_not_added(run):
    got = pairs(run("Mayor Tom Reed said the budget was balanced. That it passed at all surprised the council."))
    assert ("Tom Reed", "the budget was balanced") in got, got
