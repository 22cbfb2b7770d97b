"""A name right after a briefing transcript's questioner label and before a comma is the person addressed, not
the speaker ('QUESTION: Tomas, the Defence Minister of X said ...'); fictional text."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs, speaker_of

PAGE = (
    "Daily Press Briefing by the Spokesperson, Tomas Reyner\n\n"
    "MR REYNER: Good afternoon.\n\n"
    "QUESTION: Mr Reyner, the opposition in Dravia says the vote was rigged. Do you agree?\n\n"
    "MR REYNER: We call on all sides to respect the process.\n\n"
    "Q: Tomas, Ambassador Ilse Varnow told reporters that the talks had stalled. Can you comment?\n\n"
    "QUESTION: Anna Lutz said yesterday that the deal was dead.\n"
)


@pytest.fixture(scope="module")
def found(nlp):
    return indirect_runner(nlp)(PAGE)


@pytest.mark.parametrize("start, speaker", [
    ("the vote was rigged", "the opposition in Dravia"),  # was 'Tomas Reyner' (the one addressed)
    ("the talks had stalled", "Ilse Varnow"),  # a name after the comma speaks
    ("the deal was dead", "Anna Lutz"),  # no comma after the name: the name speaks
])
def test_the_addressed_name_is_not_the_speaker(found, start, speaker):
    assert speaker_of(found, start) == speaker, pairs(found)
