"""A reason clause the parser hung on the cue after the reported clause ('said he could not lower fuel duty,
because repairing the roads was the priority') is part of what was said, whether the parser made it an adverbial
of the cue or a second clause; not when the reason reports a statement of its own ('because she says ...').
Found by probing (session 18, /work/notes/s18/probes/ends a01). All names are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


@pytest.mark.parametrize("text", [
    "Anvar Teslo said on Tuesday he could not lower fuel duty, because repairing the coastal roads was the priority.",
    "VELMORA, May 6 (Velpress) - Tavrenian Prime Minister Anvar Teslo said on Tuesday he could not lower fuel duty, "
    "because repairing the coastal roads was the priority.",
])
def test_reason_goes_on(run, text):
    got = [q.text for q in run(text)]
    assert "he could not lower fuel duty, because repairing the coastal roads was the priority" in got, got


def test_reason_with_its_own_statement(run):
    got = [q.text for q in run("Baird called for Teslo to resign because she says he misled parliament over the "
                               "port deal.")]
    assert "for Teslo to resign" in got, got
