"""A readout statement runs on past a comma over a phrase the parser hung on the readout verb ('commends X's key role
in ending the fighting, alongside the efforts of Y to reach a ceasefire', 'reaffirms the commitment of X to Y, in
line with the relevant resolutions'): the genre gold's span takes it in. Not over the occasion (', during his call
with X on Monday'), a time (', on Tuesday'), a clause of time (', before turning to X') or a second predicate (',
and agreed to meet again'). All names, places and events are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs

STATEMENT = (
    "Statement attributable to the Spokesperson for the Secretary-General on Velmar\n\n"
    "The Secretary-General commends Hanuvia's key role in bringing the fighting to an end, alongside the efforts of "
    "Norland and Tarsia to reach a ceasefire. He reaffirms the commitment of the United Nations to a negotiated "
    "settlement, in line with the relevant Security Council resolutions. The Secretary-General welcomed the release "
    "of the detained journalists, during his call with the President on Monday.")

CALL = (
    "Readout of Prime Minister Ilse Marek's Call with President Dario Lent\n\n"
    "Prime Minister Ilse Marek spoke to President Dario Lent of Tarsia today. The Prime Minister thanked the "
    "President for his leadership, before turning to the situation in Velmar. The leaders reaffirmed their "
    "commitment to the partnership, and agreed to meet again in the spring. The Prime Minister stressed the "
    "importance of free elections, on Tuesday.")


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


@pytest.mark.parametrize("start, end", [
    ("Hanuvia's key role", "to reach a ceasefire"),
    ("the commitment of the United Nations", "relevant Security Council resolutions"),
])
def test_a_phrase_after_a_comma_is_more_of_the_statement(run, start, end):
    found = [c for _, c in pairs(run(STATEMENT))]
    assert any(c.startswith(start) and c.endswith(end) for c in found), found


@pytest.mark.parametrize("page, start, end", [
    (STATEMENT, "the release of the detained journalists", "journalists"),
    (CALL, "the President for his leadership", "leadership"),
    (CALL, "their commitment to the partnership", "partnership"),
    (CALL, "the importance of free elections", "elections"),
])
def test_the_occasion_a_time_or_a_next_act_stays_out(run, page, start, end):
    found = [c for _, c in pairs(run(page))]
    assert any(c.startswith(start) and c.endswith(end) for c in found), found
