"""Which words a cue reports: a condition the parser hangs on the cue verb ('told him that he would back X even if
...') and a cue verb with a modal of its own inside the reported clause ('... and would announce ...') belong to
what was said, and so is a present or modal clause the parser coordinated with a past cue ('told X the vote may
be a formality, but it is ...'); the speaker's own next statement ('... and said ...') and the narrative's
present perfect ('..., and he has not shied from ...') are not."""
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
    found = _texts(run, "The agency reported that the senator was inclined to run and would probably reveal "
                        "her plans next week.")
    assert "the senator was inclined to run and would probably reveal her plans next week" in found


def test_speakers_next_statement_is_still_cut(run):
    found = _texts(run, "Ilse Marr said the plan was approved and said that work would start in May.")
    assert "the plan was approved" in found



def test_present_tense_clause_coordinated_with_a_past_cue_is_said(run):
    found = _texts(run, "Ms. Varga told the radio station the vote may be a formality, but it is still important for "
                        "the town.")
    assert "the vote may be a formality, but it is still important for the town" in found


def test_modal_clause_coordinated_with_a_past_cue_is_said(run):
    found = _texts(run, "A city official said the plan was for Mr. Lund to stay on the board, and he could not have "
                        "served in both posts.")
    assert "the plan was for Mr. Lund to stay on the board, and he could not have served in both posts" in found


def test_present_perfect_after_the_clause_is_the_narrative(run):
    found = _texts(run, "Tomas Berg said his support for the bridge is a matter of principle, and he has not shied "
                        "from saying so in public.")
    assert "his support for the bridge is a matter of principle" in found
