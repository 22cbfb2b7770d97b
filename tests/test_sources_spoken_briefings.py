"""A press briefing given by word of mouth is like 'told reporters', no document: 'said in a weekly press
briefing' credits nothing; a written briefing, 'according to a press briefing from X' and 'the press briefing said'
stay credited, as does a press release."""
from __future__ import annotations

import pytest

from source_helpers import sources


@pytest.mark.parametrize("text", [
    "Spokesman Arlo Varn said in a weekly press briefing that the visit would go ahead.",
    "Dr Varn in his weekly press briefing here said that the test showed bad faith.",
])
def test_a_spoken_briefing_is_no_source(nlp, text):
    assert sources(nlp, text) == []


@pytest.mark.parametrize("text, word", [
    ("The presidency said in a written press briefing that the leaders agreed to meet.", "briefing"),
    ("According to a press briefing from the ministry, the talks went well.", "briefing"),
    ("The press briefing said the talks went well.", "briefing"),
    ("The ministry said in a press release that the talks went well.", "release"),
])
def test_written_or_speaking_briefings_stay_credited(nlp, text, word):
    found = sources(nlp, text)
    assert len(found) == 1 and word in found[0][0].split(), found
