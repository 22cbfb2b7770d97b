"""Quoted words between a determiner and the noun they modify, with no verb and no cue governing them ('a "state
of the art" crisis centre'), are a compound adjective set in marks - a label, no one's words - even when a speaker
was named in the paragraph above; a speaker's characterisation ('described the plan as a "once in a generation"
investment') and an adjective phrase of judgement ('a "frank and constructive" meeting') stay quotes
(quote_filters.label_before_noun). Hand-written texts, fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


TEXT = ("Minister responds to suicide prevention debate\n\nHealth Minister Lena Harte says almost 5m crowns has been "
        "invested in mental health services in the west.\n\nThere is also a bereavement support service and a "
        "\"state of the art\" crisis centre at Dunmore, opened in 2019.\n\nMs Harte described the plan as a \"once "
        "in a generation\" investment and said staff had \"worked day and night\".\n\nUnion official Tom Brell "
        "welcomed a \"frank and constructive\" meeting with managers.\n")


def test_compound_adjective_in_marks_is_a_label(run):
    found = [q.text for q in run(TEXT) if q.kind in ("direct", "partial")]
    assert "state of the art" not in found
    assert "once in a generation" in found and "frank and constructive" in found
