"""Reports that name no source: 'earlier reports said', 'recent reports said' (a time or hedge word only) are as
unsourced as 'reportedly' and 'according to reports'; a report with its outlet or a word that places it stays
credited."""
from __future__ import annotations

import pytest

from source_helpers import sources


@pytest.mark.parametrize("text", [
    "Earlier reports said another round of talks could be held in Tarvo on Friday.",
    "Recent reports said the mine had closed.",
])
def test_unnamed_reports_are_no_source(nlp, text):
    assert sources(nlp, text) == []


@pytest.mark.parametrize("text, word", [
    ("Reports in the Norland Herald said the mine had closed.", "Herald"),
    ("Local reports said the mine had closed.", "reports"),
])
def test_reports_with_a_source_stay_credited(nlp, text, word):
    found = sources(nlp, text)
    assert len(found) == 1 and word in found[0][0].split(), found
