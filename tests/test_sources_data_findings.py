"""Polls and results with no author named are credited when they are the subject of a finding verb that states a
clause (extract/source_data.states_a_finding): 'opinion polls suggest that ...', 'Official results say X
gained ...', '..., official results showed after counts'. Fictional names throughout; the negatives are in
tests/test_sources_not_credited.py."""
from __future__ import annotations

import pytest

from source_helpers import sources

OTHER = "https://www.norland-herald.example/world/vote-1234"


def names(nlp, text):
    return [name for name, _ in sources(nlp, text, url=OTHER, quotes=True)]


@pytest.mark.parametrize("text, name", [
    ("Most opinion polls suggest Norlanders will back the deal although there is strong opposition.", "opinion polls"),
    ("Even so, opinion polls suggest that Mr Varn's campaign is heading for a narrow victory.", "opinion polls"),
    ("Pre-election opinion polls had suggested that Mrs Lind would be the clear winner.", "opinion polls"),
    ("Polling in the past few years suggests the electorate in Norland is split down the middle.", "Polling"),
    ("Official results say Arlo Varn gained the most votes.", "Official results"),
    ("The Liberals won 124 seats and the Greens 103, official results showed after counts at 6,000 polling stations.",
     "official results"),
    ("Results indicated that the Liberals made significant gains in the north.", "Results"),
    ("But polls show that many voters still distrust the plan.", "polls"),
])
def test_data_stating_a_clause_is_credited(nlp, text, name):
    assert any(name in n for n in names(nlp, text))
