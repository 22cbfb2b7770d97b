"""The two sides of a meeting a readout or joint statement opens with as 'X and Y held talks' or 'X and Y held the
third Annual Leaders' Dialogue': the two joined subjects of 'held', so that 'The Prime Ministers' / 'The two leaders'
below are both of them. All names, places and events are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, speaker_of

STATEMENT = (
    "Norland-Estavia Annual Leaders' Dialogue\n\n"
    "Joint statement\n\n"
    "Prime Minister Ola Halvard and Prime Minister Dario Kest held the third Norland-Estavia Annual Leaders' "
    "Dialogue on 3 March in Norbury.\n\n"
    "The Prime Ministers reaffirmed their shared commitment to the Northern Partnership. The two leaders "
    "welcomed the reopening of the river crossings. Prime Minister Kest thanked Prime Minister Halvard for the "
    "opportunity to address the Norland parliament.")


@pytest.fixture(scope="module")
def found(nlp):
    return indirect_runner(nlp)(STATEMENT)


@pytest.mark.parametrize("start", ["their shared commitment", "the reopening of the river crossings"])
def test_a_group_subject_is_both_sides_of_the_dialogue(found, start):
    name = speaker_of(found, start) or ""
    assert "Ola Halvard" in name and "Dario Kest" in name, name
