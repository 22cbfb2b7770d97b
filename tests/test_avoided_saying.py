"""'has avoided saying whether ...' reports that nothing was said, like 'declined to say whether' (the read sets'
gold leaves 6 of 6 such wh-clauses after a refusal or avoidance out). 'avoid' joins the not-speech heads. All names
are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner


@pytest.mark.parametrize("text", [
    "Premier Alma Roth has until now avoided saying if her cabinet backs the toll plan.",
    "The minister avoided saying when the bridge would reopen.",
])
def test_avoided_saying_is_no_statement(nlp, text):
    assert indirect_runner(nlp)(text) == []


def test_saying_after_a_speech_act_stays(nlp):
    got = [q.text for q in indirect_runner(nlp)("The minister spoke for an hour, saying the bridge would reopen in May.")]
    assert "the bridge would reopen in May" in got, got
