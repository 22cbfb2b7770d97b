"""A non-restrictive 'which' clause after a reported clause describes what the clause names and is part of what was
said, as the genre gold keeps it; a 'which' clause with a cue of its own, one after a dash and one narrating a past
act of its own (the writer's account of what happened since) stay out."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_a_describing_which_clause_is_said(run):
    found = pairs(run("Dan Ek said the farmers were defending the village of Ostra, which lies on the road to Norby."))
    assert ("Dan Ek", "the farmers were defending the village of Ostra, which lies on the road to Norby") in found


def test_a_which_clause_with_a_modal_is_said(run):
    found = pairs(run("Kari Lund said she had wanted a stronger deal than the Valdor accord, which would cap "
                      "fishing quotas and set aside funds for small ports."))
    assert ("Kari Lund", "she had wanted a stronger deal than the Valdor accord, which would cap fishing quotas and "
                         "set aside funds for small ports") in found


def test_a_which_clause_with_its_own_cue_stays_out(run):
    found = pairs(run("Lars Moe said the ferries between the two islands should run again every morning, which he "
                      "said is a priority for the council."))
    assert ("Lars Moe", "the ferries between the two islands should run again every morning") in found


def test_a_which_clause_narrating_a_past_act_stays_out(run):
    found = pairs(run("Tomas Berg said his record will not affect how the Mork case is dealt with, which has "
                      "touched off days of protests in the town."))
    assert ("Tomas Berg", "his record will not affect how the Mork case is dealt with") in found
