"""A verb coordinated with the reported verb that cannot share its subject or its tense goes with the cue's
subject, not with what was said: a plural present after a singular subject ('The protesters say the government is
illegitimate and want him to step down'), a present perfect after the reported pluperfect under a present cue,
a past verb after a reported infinitive ('agreed to remain in touch and exchanged greetings'). A verb that can
share them goes on with what was said. Found by probing (session 18, /work/notes/s18/probes/ends a06). All names
are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


@pytest.mark.parametrize("text, clause", [
    ("The protesters say Teslo's government is illegitimate and want him to step down.",
     "Teslo's government is illegitimate"),
    ("The students insist their march had always been meant to be peaceful and have tried to distance themselves "
     "from the looting.", "their march had always been meant to be peaceful"),
    ("Prime Minister Ana Vell held a telephone call with Prime Minister Ode Tarr on Monday. The two leaders discussed "
     "trade and reaffirmed their partnership. The two prime ministers agreed to remain in touch and exchanged "
     "greetings for the festive season.", "to remain in touch"),  # (on a readout page: test_narrated_agreements.py)
    ("Villagers say the river is rising and fear for their crops.", "the river is rising"),
])
def test_narrative_conjunct_is_cut(run, text, clause):
    got = [q.text for q in run(text)]
    assert clause in got, got


@pytest.mark.parametrize("text, clause", [
    ("The minister said the council should lower taxes and cut spending.",
     "the council should lower taxes and cut spending"),
    ("Police say the man fled the scene and is still at large.", "the man fled the scene and is still at large"),
    ("Residents say they have lost their homes and want compensation.",
     "they have lost their homes and want compensation"),
])
def test_shared_subject_goes_on(run, text, clause):
    got = [q.text for q in run(text)]
    assert clause in got, got
