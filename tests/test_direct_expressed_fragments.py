"""A short quoted fragment that is the direct object of a verb of expressing ('has expressed "deep regret" over
the crash', 'voiced "serious concern"', 'conveyed "shock and anger"') is the words of the verb's subject, a
partial quote with a clear speaker (annotation rules); quoted words with no verb of saying around them ('has
recorded "record profits"') stay out (direct_quotes._speaking_subject). Hand-written texts, fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


TEXT = ("Velmor rail crash kills four\n\nVelmor's transport minister Tomas Berg has expressed \"deep regret\" over "
        "Sunday's rail crash, which killed four people.\n\nThe opposition voiced \"serious concern\" about safety on "
        "the line.\n\nThe rail company has recorded \"record profits\" this year.\n")


def test_expressed_fragment_is_a_partial_quote(run):
    found = {q.text: q for q in run(TEXT) if q.kind in ("direct", "partial")}
    assert "deep regret" in found and found["deep regret"].speaker.name == "Tomas Berg"
    assert "serious concern" in found and found["serious concern"].speaker is not None
    assert found["serious concern"].speaker.name == "The opposition"
    assert "record profits" not in found
