"""A cue that reports its own infinitive ('agreed to maintain ...', 'vowed to rebuild ...') reports a deed to come:
a past event after it ('after their envoys met in X') is when or why it was agreed, not part of it, as for a call.
Found by probing (session 18, /work/notes/s18/probes/ends a07). All names are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_past_event_after_agreed_to(run):
    # (reported: a narrated agreement of two parties in news copy is no statement, test_narrated_agreements.py)
    got = [q.text for q in run("Tavrenia and Oskaland agreed to maintain close communications on climate after "
                               "their envoys met in Velmora, the foreign ministry said.")]
    assert "to maintain close communications on climate" in got, got
