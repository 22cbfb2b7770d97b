"""Sources credited, session 22: an interview given to a named journalist of an outlet ('told Lena Voss of MSNBC',
'in an interview with Kai Lund of Al Jazeera') credits the outlet, as 'told CNN's Kai Lund' does; what an outlet's
reporter heard, in the passive ('fire was heard from the palace by a Reuters reporter'), credits the outlet, as 'A
Reuters correspondent saw ...' does. People in the texts are fictional; the outlets are real names the lexicon knows.
"""
from __future__ import annotations

import pytest

from source_helpers import sources


@pytest.mark.parametrize("text, name", [
    ("Governor Ada Perrin told Lena Voss of MSNBC that the bill would hurt tourism in the state.", "MSNBC"),
    ("In an interview with Kai Lund of Al Jazeera, the minister said the army would stay.", "Al Jazeera"),
    ("Shortly before dawn, gunfire near the harbour was heard by a Reuters reporter.", "Reuters"),
])
def test_outlet_of_a_named_journalist_is_credited(nlp, text, name):
    assert [n for n, _ in sources(nlp, text)] == [name]


@pytest.mark.parametrize("text", [
    "Governor Ada Perrin told Lena Voss, a local farmer, that the bill would hurt tourism.",
    "Governor Ada Perrin told reporters that the bill would hurt tourism.",
])
def test_no_outlet_no_credit(nlp, text):
    assert sources(nlp, text) == []


def test_own_outlets_journalist_is_no_credit(nlp):
    text = "Governor Ada Perrin told Lena Voss of MSNBC that the bill would hurt tourism in the state."
    assert sources(nlp, text, outlet="MSNBC") == []
