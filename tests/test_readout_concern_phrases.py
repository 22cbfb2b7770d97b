"""A readout's concern states its that-clause ('expressed concern that X would Y': X would Y); a concern or other
feeling about a thing states nothing ('expressed key concerns over X with Y', 'expressed deep concern about A, B
and C', 'shared concerns over the travel ban'): the s20-s22 genre gold, as the dev README's 'expressed frustration
at ...', leaves every one out. All names, places and events are fictional."""
from __future__ import annotations

from quote_helpers import indirect_runner, pairs

READOUT = (
    "Readout of the Minister's Meeting with Trade Minister Dario Kest of Estavia\n\n"
    "Trade Minister Petra Lindqvar met today with Trade Minister Dario Kest of Estavia. The two ministers "
    "discussed trade between Norland and Estavia.\n\n"
    "Minister Kest expressed key concerns over Norland's policies on grain and timber with Estavia, and fishing "
    "quotas, as well as issues concerning port fees. Minister Lindqvar reaffirmed the importance of the river "
    "trade. She expressed concern that the new port fees would drive traders away from Varn.\n\n"
    "Both ministers expressed deep concern about smuggling, the worsening situation at the border and the loss of "
    "jobs in the northern ports.")


def test_a_concern_that_states_its_clause(nlp):
    found = pairs(indirect_runner(nlp)(READOUT))
    assert any(c.startswith("the new port fees would drive traders away") for _, c in found), found
    assert any(c.startswith("the importance of the river trade") for _, c in found), found


def test_a_concern_about_a_thing_states_nothing(nlp):
    found = pairs(indirect_runner(nlp)(READOUT))
    assert not any(w in c for _, c in found for w in ("grain", "smuggling", "port fees,", "fishing")), found
