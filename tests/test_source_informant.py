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
PLURAL = (
    "Port strike talks\n\n"
    "Dock owners and the union met again on Tuesday without a deal, an official briefed on the mediation said.\n\n"
    "\"Neither side has moved an inch,\" the sources told the Harbour Ledger.\n"
)
ON_RECORD = (
    "Two held after depot raid\n\n"
    "A police spokeswoman said officers detained two men near the Velka rail depot overnight.\n\n"
    "\"They had cut through the fence with bolt cutters,\" the source told the Ledger.\n"
)


@pytest.mark.parametrize("page, start, speaker", [
    (INFORMANT, "The last sticking point", "a diplomat familiar with the matter"),  # was 'the source'
    (NOBODY, "This will never get past", "the source"),
    (PLURAL.replace("the sources", "the source"), "Neither side has moved", "an official"),
    (PLURAL, "Neither side has moved", "the sources"),  # plural: not the one official
    (ON_RECORD, "They had cut through", "the source"),  # a spokeswoman speaks on the record: no 'source'
])
def test_the_source_is_the_informant_before(nlp, page, start, speaker):
    found = quote_runner(nlp)(page)
    assert direct_speaker_of(found, start) == speaker, pairs(found)
