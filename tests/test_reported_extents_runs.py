"""How far a reported clause goes on past a verb the parser coordinated with the cue: a run of present-tense
predicates after a present-tense reported clause ('violates X, runs counter to Y and goes against Z' under a
past cue) and 'they' taking up the reported clause's plural subject ('... and they agreed to ...') continue what
was said; the speaker's next act stays out."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_present_predicates_after_a_present_clause_go_on(run):
    found = [t for _, t in pairs(run("Lena Holm stressed that the new dam of Osterland violates Norland's rights "
                                     "over the river and the old treaty, runs counter to the border pact, harms "
                                     "the farmers and goes against the spirit of the talks."))]
    assert any(t.startswith("the new dam of Osterland violates") and t.endswith("the spirit of the talks")
               for t in found)


def test_they_after_a_plural_reported_subject_goes_on(run):
    found = pairs(run("Tomas Berg opened the forum in Osterby. He said the four envoys found the meeting useful "
                      "and they agreed to meet again in the spring."))
    assert ("Tomas Berg", "the four envoys found the meeting useful and they agreed to meet again in the spring") \
        in found


def test_they_that_is_the_speaker_is_the_speakers_next_act(run):
    found = pairs(run("The farmers said the new levy was unfair and they urged the council to drop it."))
    assert ("The farmers", "the new levy was unfair") in found
