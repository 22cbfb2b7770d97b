"""Which words a cue reports: a condition the parser hangs on the cue verb ('told him that he would back X even if
...') and a cue verb with a modal of its own inside the reported clause ('... and would announce ...') belong to
what was said; the speaker's own next statement ('... and said ...') does not."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def _texts(run, text):
    return [q.text for q in run(text)]


def test_condition_after_an_infinitive_is_said(run):
    found = _texts(run, "Democrats, who have been promising to raise wages in Ohio if voters give them control of the "
                        "Senate, welcomed the ruling.")
    assert "to raise wages in Ohio if voters give them control of the Senate" in found


def test_unless_clause_after_a_threat_is_said(run):
    found = _texts(run, "The union has been threatening to strike in March unless the company raises wages.")
    assert "to strike in March unless the company raises wages" in found


def test_cue_with_its_own_modal_stays_in_the_clause(run):
    found = _texts(run, "The agency reported that the senator was leaning towards a run and would likely announce "
                        "his decision next week.")
    assert "the senator was leaning towards a run and would likely announce his decision next week" in found


def test_speakers_next_statement_is_still_cut(run):
    found = _texts(run, "Ilse Marr said the plan was approved and said that work would start in May.")
    assert "the plan was approved" in found
