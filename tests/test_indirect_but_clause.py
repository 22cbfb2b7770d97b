"""A 'but' clause with its own subject that the parser coordinated with the cue, right after the reported clause,
goes on with what was said when it keeps the tense of the reported words: the present under a present cue, the past
after a backshifted clause (a past modal or the pluperfect) under a past cue. The narrative's simple past after a
simple-past clause, a clause with a cue of its own and another holder's view stay out."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_present_but_clause_under_a_present_cue_goes_on(run):
    found = pairs(run("Mayor Lena Holm says the harbour is calm, but there is an air of expectation in the town."))
    assert ("Lena Holm", "the harbour is calm, but there is an air of expectation in the town") in found


def test_present_but_clause_without_a_comma_goes_on(run):
    found = pairs(run('Olaf Brant warns that the county is facing "hard times" but his council is taking steps '
                      'that will "protect the poor".'))
    assert ("Olaf Brant", 'the county is facing "hard times" but his council is taking steps that will '
                          '"protect the poor"') in found


def test_past_but_clause_after_a_pluperfect_goes_on(run):
    found = pairs(run("The Norland electoral board said only 2.1m votes had been counted, but another 400,000 "
                      "were disputed."))
    assert any(t == "only 2.1m votes had been counted, but another 400,000 were disputed" for _, t in found)


def test_but_clause_after_a_past_modal_and_a_dash_goes_on(run):
    found = pairs(run("Finance chief Tomas Berg told us he could have cut the levy - but he'd decided instead to "
                      "spend more on schools."))
    assert ("Tomas Berg", "he could have cut the levy - but he'd decided instead to spend more on schools") in found


def test_simple_past_after_a_simple_past_clause_is_the_narrative(run):
    found = pairs(run("Kari Lund said Osterland accepted the invitation to visit Norland, but no date was set."))
    assert ("Kari Lund", "Osterland accepted the invitation to visit Norland") in found


def test_but_clause_with_its_own_cue_stays_out(run):
    found = pairs(run("The minister said the talks would resume soon, but others said it was unlikely."))
    assert ("The minister", "the talks would resume soon") in found


def test_another_holders_view_stays_out(run):
    found = [t for _, t in pairs(run("His backers say he needs a third term to finish the reform, but his "
                                     "rivals worry that it would weaken the courts."))]
    assert "he needs a third term to finish the reform" in found


def test_present_verb_without_subject_under_a_present_cue_goes_on(run):
    found = pairs(run("The election board says it has received complaints, but does not think the overall results "
                      "will be affected."))
    assert ("The election board", "it has received complaints, but does not think the overall results will be "
                                  "affected") in found


def test_cue_or_past_verb_without_subject_is_the_speakers_next_act(run):
    found = pairs(run("The election board says it has received complaints, but says the results stand."))
    assert ("The election board", "it has received complaints") in found
    found = pairs(run("The election board said it had received complaints, but left the results in place."))
    assert ("The election board", "it had received complaints") in found
