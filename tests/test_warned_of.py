"""'warned X of Y' when the parser hangs 'of Y' on the person warned ('warned residents of the risk ...'): the
statement is 'X of Y', as 'accused X of Y' and as the genre gold writes it; a phrase naming a place or body stays
the person's own modifier ('warned the people of Norland'), no statement. Fictional text."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs, speaker_of

PAGE = (
    "Minister Tom Adley warned farmers of the danger of early frost in the highlands.\n\n"
    "The Norlandic Embassy in Halden issued a security alert warning Norlandic travellers of the risk of further "
    "unrest near the port.\n\n"
    "Mayor Ilse Varnow cautioned shop owners against reopening before the inspection.\n\n"
    "Premier Jo Lund warned the lower chamber of the difficulty of passing the budget before winter.\n"
)


@pytest.fixture(scope="module")
def found(nlp):
    return indirect_runner(nlp)(PAGE)


@pytest.mark.parametrize("start, speaker", [
    ("farmers of the danger of early frost", "Tom Adley"),
    ("Norlandic travellers of the risk", "Norlandic Embassy"),
    ("the lower chamber of the difficulty", "Jo Lund"),
])
def test_the_person_warned_and_the_warning(found, start, speaker):
    assert speaker in (speaker_of(found, start) or ""), pairs(found)


def test_a_place_after_the_person_is_no_warning(nlp):
    found = indirect_runner(nlp)("Minister Tom Adley warned the people of Norland on Sunday.\n")
    assert not found, pairs(found)
