"""An 'as' clause with a subject of its own right after a readout statement gives its reason or occasion and is part
of it ('reaffirmed the strength of the partnership as we celebrate its 25th year'); the speaker's own moment ('as
he arrived') and a clause that meets or reports itself ('as they discussed ...') stay out. All names, places and
events are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs

READOUT = (
    "Readout of the Minister's Call with Foreign Minister Dario Kest of Estavia\n\n"
    "Foreign Minister Petra Lindqvar spoke today with Foreign Minister Dario Kest of Estavia.\n\n"
    "Minister Lindqvar reaffirmed the strength of our partnership as we celebrate twenty years of relations. "
    "Minister Kest condemned the missile launches by Varnia as they constitute a grave threat to the region. "
    "Minister Lindqvar welcomed the new ferry service as she arrived in Norbury. The two ministers reaffirmed the "
    "importance of the river trade as they discussed the border crossings.")


@pytest.fixture(scope="module")
def found(nlp):
    return pairs(indirect_runner(nlp)(READOUT))


@pytest.mark.parametrize("start, end", [
    ("the strength of our partnership", "twenty years of relations"),
    ("the missile launches by Varnia", "a grave threat to the region"),
    ("the new ferry service", "the new ferry service"),
    ("the importance of the river trade", "the river trade"),
])
def test_an_as_clause_after_a_readout_statement(found, start, end):
    assert any(c.startswith(start) and c.endswith(end) for _, c in found), found
