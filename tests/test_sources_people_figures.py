"""Figures of rank or renown are people, not numbers: 'senior opposition figures said', 'leading party figures
warned' are people speaking (reported speech, no source); figures as data stay credited."""
from __future__ import annotations

import pytest

from source_helpers import sources


@pytest.mark.parametrize("text", [
    "Senior opposition figures have already said they will not accept the plan.",
    "Leading party figures warned that the vote would be close.",
])
def test_people_figures_are_no_source(nlp, text):
    assert sources(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Official figures show unemployment rose in May.",
    "The latest figures from the statistics office showed growth.",
])
def test_figures_as_data_stay_credited(nlp, text):
    found = sources(nlp, text)
    assert len(found) == 1 and "figures" in found[0][0].split(), found
