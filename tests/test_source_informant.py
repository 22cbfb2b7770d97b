"""'the source' after an unnamed informant ('a diplomat familiar with the matter said ...', then 'The source said')
is that informant; with no such description before it stays 'the source'; fictional text."""
from __future__ import annotations

import pytest

from quote_helpers import direct_speaker_of, pairs, quote_runner

INFORMANT = (
    "Tariff deal close\n\n"
    "Negotiators from both blocs are close to a tariff accord, a diplomat familiar with the matter said on "
    "Friday.\n\n"
    "\"The last sticking point is steel,\" the source told the agency.\n"
)
NOBODY = (
    "Budget leak\n\n"
    "The draft budget trims defence spending by 3%, according to a copy seen by the paper.\n\n"
    "\"This will never get past cabinet,\" the source said.\n"
)


@pytest.mark.parametrize("page, start, speaker", [
    (INFORMANT, "The last sticking point", "a diplomat familiar with the matter"),  # was 'the source'
    (NOBODY, "This will never get past", "the source"),
])
def test_the_source_is_the_informant_before(nlp, page, start, speaker):
    found = quote_runner(nlp)(page)
    assert direct_speaker_of(found, start) == speaker, pairs(found)
