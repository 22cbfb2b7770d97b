"""Quoted wording of a law goes to the law (extract/quoted_laws.py): a fragment with no cue of its own in a
clause whose subject is a law or that holds 'under <law>', and a cue whose subject is a law or a part of one.
A cue before the fragment keeps its speaker. Hand-written texts with fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def quote_speaker(run, text: str, start: str) -> str | None:
    return speaker_of([q for q in run(text) if q.kind in ("direct", "partial")], start)


LEAD = 'Mayor Ilse Brandt spoke to reporters on Monday. "We will obey every rule," Brandt said.\n\n'


def test_law_subject_speaks_its_wording(run):
    text = LEAD + ('Estavian law forbids any minister "to accept gifts from a foreign government while in office" '
                   'without approval from the cabinet.')
    assert quote_speaker(run, text, "to accept gifts") == "Estavian law"


def test_under_law_speaks_its_wording(run):
    text = LEAD + ('Under the Valdorian constitution, a president must resign if his conduct "brings the office '
                   'into lasting disrepute" in the eyes of parliament.')
    assert quote_speaker(run, text, "brings the office") == "the Valdorian constitution"


def test_part_of_a_law_that_says(run):
    text = LEAD + 'Critics point to the section of the Harbour Act that says: "No vessel may unload cargo after dark."'
    assert quote_speaker(run, text, "No vessel may") == "the Harbour Act"


def test_cue_before_the_fragment_keeps_its_speaker(run):
    text = LEAD + ('Under the new law, Governor Tomas Reyes said, landlords must "give every tenant three months of '
                   'notice" before a rent rise.')
    assert quote_speaker(run, text, "give every tenant") == "Tomas Reyes"
