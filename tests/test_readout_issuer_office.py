"""A bare 'the office said' or 'according to the statement' below a statement of an office named by its owner
("..., the Prime Minister's press office said") is that office's (office_speakers._issuer_before), past the people
whose words the office relays. All names and places are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, speaker_of

WIRE = (
    "Marrovia, Kestland leaders discuss trade by phone\n\n"
    "VELL, March 3 - Prime Minister Halvard Brenske and President Nessa Quorl of Kestland discussed trade and energy "
    "in a phone call on Monday, the Prime Minister's press office said.\n\n"
    "Brenske stressed the need to finish the interconnector on time, the office said.\n\n"
    "Quorl expressed her gratitude for Marrovia's support during the drought, according to the statement.")


@pytest.fixture(scope="module")
def found(nlp):
    return indirect_runner(nlp)(WIRE)


@pytest.mark.parametrize("start, speaker", [
    ("Prime Minister Halvard Brenske and", "the Prime Minister's press office"),
    ("Brenske stressed", "the Prime Minister's press office"),
    ("Quorl expressed", "the Prime Minister's press office"),
    ("the need to finish", "Halvard Brenske"),
])
def test_bare_office_is_the_owned_office_before(found, start, speaker):
    assert speaker_of(found, start) == speaker, [(q.speaker.name if q.speaker else None, q.text) for q in found]
