"""A ', while' clause inside the reported clause goes on with what was said: a contrast with its own subject in
the tense of the reported words, or a manner participle; a clause with a cue of its own, the reporter's present
after a past clause and a scene after an infinitive stay out."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_contrast_in_the_past_after_a_past_clause_is_said(run):
    found = pairs(run("Lena Holm said Norland was the biggest buyer in the region, while Osterland was the biggest "
                      "seller."))
    assert ("Lena Holm", "Norland was the biggest buyer in the region, while Osterland was the biggest seller") in found


def test_contrast_in_the_present_under_a_present_cue_is_said(run):
    found = pairs(run("Dan Ek says the shelling continues, while rebels continue to fire rockets at the town."))
    assert ("Dan Ek", "the shelling continues, while rebels continue to fire rockets at the town") in found


def test_a_while_clause_with_its_own_cue_stays_out(run):
    found = pairs(run("Lena Holm said the talks were useful, while supporters say the deal is weak."))
    assert ("Lena Holm", "the talks were useful") in found


def test_a_scene_after_an_infinitive_stays_out(run):
    found = pairs(run("Olaf Brant vowed to jail his rivals, while street riots rage in the capital."))
    assert ("Olaf Brant", "to jail his rivals") in found
