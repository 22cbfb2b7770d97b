"""A readout verb coordinated with a finite verb that has its own subject, inside a reported clause ('X held a call
with Y and agreed to visit Z, the government said'): the statement is X's, the subject of the verb it is
coordinated with, not the reporter's. All names and places are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_coordinated_readout_verb_in_a_reported_clause(run):
    text = ("Estavian President Daniel Okafor held a phone call with his Norland counterpart Piet Rhoden on Monday "
            "and agreed to visit Varn soon, the Estavian government said in a statement.\n\n"
            "The two leaders discussed trade and the border crossings during the 40-minute call.")
    found = pairs(run(text))
    speakers = [name for name, c in found if c.startswith("to visit Varn") or c.startswith("visit Varn")]
    assert speakers and speakers[0] == "Daniel Okafor", found
