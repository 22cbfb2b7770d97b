"""A second object after 'and' that the parser hung on the readout verb as another direct object ('reaffirmed the
commitment of X to the pact and the pact's relevance to Y') is more of the same statement. All names, places and
events are fictional."""
from __future__ import annotations

from quote_helpers import indirect_runner, pairs

READOUT = (
    "Readout of the Secretary's Call with Defence Minister Dario Kest of Estavia\n\n"
    "Secretary Petra Lindqvar spoke today with Defence Minister Dario Kest of Estavia.\n\n"
    "Secretary Lindqvar reaffirmed the strong commitment of Norland to the Pact (NP) and the pact's relevance to "
    "coast guard vessels.")


def test_a_second_direct_object_after_and_is_more_of_the_statement(nlp):
    found = pairs(indirect_runner(nlp)(READOUT))
    assert any(c.startswith("the strong commitment of Norland") and c.endswith("coast guard vessels") for _, c in found), \
        found
