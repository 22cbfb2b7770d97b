"""What a readout's concern or attitude is about runs through the phrases the parser hung on the concern noun after
its object ('expressed concerns over X with Y, and Z, as well as W', 'expressed deep concern about A, B and C'):
all of it is what the concern is about, as the genre gold keeps it. All names, places and events are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs

READOUT = (
    "Readout of the Minister's Meeting with Trade Minister Dario Kest of Estavia\n\n"
    "Trade Minister Petra Lindqvar met today with Trade Minister Dario Kest of Estavia. The two ministers "
    "discussed trade between Norland and Estavia.\n\n"
    "Minister Kest expressed key concerns over Norland's policies on grain and timber with Estavia, and fishing "
    "quotas, as well as issues concerning port fees. Minister Lindqvar reaffirmed the importance of the river "
    "trade.\n\n"
    "Both ministers expressed deep concern about smuggling, the worsening situation at the border and the loss of "
    "jobs in the northern ports.")


@pytest.fixture(scope="module")
def found(nlp):
    return pairs(indirect_runner(nlp)(READOUT))


@pytest.mark.parametrize("start, end", [
    ("Norland's policies on grain", "concerning port fees"),
    ("smuggling", "in the northern ports"),
])
def test_a_concern_is_about_all_the_noun_holds(found, start, end):
    assert any(c.startswith(start) and c.endswith(end) for _, c in found), found
