"""'The ministry said X condemned the attack and called for an inquiry': a cue verb coordinated with the cue verb of
a reported clause, in its tense and with no subject of its own, is that clause's speaker's second act: the relayed
clause holds both acts, and the second is X's (speaker_syntax.reported_second_act); after a reported state or a
pluperfect ('said the attack was cowardly and called for ...', 'said Congress had delayed the aid and called for
...') the second verb stays the reporter's. Found by probing (session 19, /work/notes/s19/probes/ind a07; s18 rdf
f02). All names are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_second_act_of_the_reported_speaker(run):
    found = pairs(run("Piet Haverkamp said President Omar Velic welcomed the deal and urged the rebels to lay down "
                      "their arms."))
    assert ("Piet Haverkamp", "President Omar Velic welcomed the deal and urged the rebels to lay down their arms") \
        in found, found
    assert ("Omar Velic", "the rebels to lay down their arms") in found, found


def test_after_a_state_the_reporter_acts(run):
    found = pairs(run("Karl Ostby said the attack was cowardly and called for an investigation."))
    assert ("Karl Ostby", "an investigation") in found, found
    found = pairs(run("Karl Ostby said Congress had delayed the aid and called for a vote."))
    assert ("Karl Ostby", "a vote") in found, found
