"""A readout statement ends before the occasion a phrase on its verb sets it in: 'during a working lunch hosted by
X', 'at the start of the plenary session', 'at a ceremony marking ...' (readout_cues setting_nouns); the content's
own phrases still run on ('thanked X for its support during the wildfire season'). All names and places are
fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs

OPEN = "President Nessa Quorl of Kestland met Prime Minister Halvard Brenske of Marrovia in Vell on Monday.\n\n"
TEXT = OPEN + (
    "Quorl emphasised the importance of the fisheries agreement during a working lunch hosted by Brenske.\n\n"
    "Brenske welcomed the progress on the rail link at the start of the plenary session.\n\n"
    "The two leaders reiterated their commitment to the 2019 border treaty at a ceremony marking thirty years of "
    "diplomatic relations.\n\n"
    "Quorl thanked Marrovia for its support to Kestland during this year's unprecedented wildfire season.")


@pytest.fixture(scope="module")
def found(nlp):
    return pairs(indirect_runner(nlp)(TEXT))


@pytest.mark.parametrize("statement", [
    "the importance of the fisheries agreement",
    "the progress on the rail link",
    "their commitment to the 2019 border treaty",
    "Marrovia for its support to Kestland during this year's unprecedented wildfire season",
])
def test_statement_stops_before_its_occasion(found, statement):
    assert statement in [text for _, text in found], found
