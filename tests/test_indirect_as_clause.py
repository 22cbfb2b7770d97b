"""An 'as' clause with a subject of its own inside the reported clause gives its reason or its scene and is part
of what was said; the speaker's occasion ('as she arrived'), the reporter's present after a past clause, a clause
with a cue of its own and a headline's news peg stay out."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_reason_in_the_pluperfect_is_said(run):
    found = pairs(run("Dan Ek said the vote could not take place as the farmers had declined to come back."))
    assert ("Dan Ek", "the vote could not take place as the farmers had declined to come back") in found


def test_reason_under_a_present_cue_is_said(run):
    found = pairs(run("Lars Moe says a coalition could lead to gridlock as the two sides differ sharply over taxes."))
    assert ("Lars Moe", "a coalition could lead to gridlock as the two sides differ sharply over taxes") in found


def test_reason_with_it_is_said(run):
    found = pairs(run("Kari Lund said it was a good day as it marked a new start for the region."))
    assert ("Kari Lund", "it was a good day as it marked a new start for the region") in found


def test_the_speakers_occasion_stays_out(run):
    found = pairs(run('Lena Holm has said the town is "on course" as she arrived in Osterby.'))
    assert ("Lena Holm", 'the town is "on course"') in found


def test_a_clause_with_its_own_cue_stays_out(run):
    found = pairs(run("Tomas Berg said the talks would go on, as he emphasised the need for calm."))
    assert ("Tomas Berg", "the talks would go on") in found


def test_the_reporters_present_after_a_past_clause_stays_out(run):
    found = [t for _, t in pairs(run("Olaf Brant said the port was closed to all ships as reports of unrest continue."))]
    assert "the port was closed to all ships" in found
