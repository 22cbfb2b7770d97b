"""Readout verbs common in news prose (data/readout_cues.json quiet_verbs): 'rejected X', 'reached consensus on X',
'took note of X' state X on a readout but make no page read as one, and state nothing off a readout or inside
another's statement; a participle after ', while' carries on its clause ('..., while stressing the responsibility of
X'); a participle right after the object that the parser hung on the verb describes the object ('rejected the
decrees entitling X to ...'). Found by probing (session 19, /work/notes/s19/probes/ind c01, c02) and FRESH
RD8-12/RD8-26/RD8-28. All names and places are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs

READOUT = (
    "High Representative Anja Vester met President Teodor Malvek of Orsolia in Brussels today.\n\n"
    "The High Representative and the President discussed the way forward, while stressing the responsibility of "
    "Tamberland in this regard.\n\n"
    "They rejected the recent Tamberland decrees granting passports to residents of the occupied districts.\n\n"
    "The two sides reached consensus on expanding cooperation in agriculture and clean energy.\n\n"
    "They took note of the progress made since the joint commission met in Orsolia last year.\n\n"
    "The High Representative welcomed the reform agenda of the new government.")


@pytest.fixture(scope="module")
def found(nlp):
    return pairs(indirect_runner(nlp)(READOUT))


@pytest.mark.parametrize("words", [
    "the responsibility of Tamberland in this regard",
    "the recent Tamberland decrees granting passports to residents of the occupied districts",
    "expanding cooperation in agriculture and clean energy",
    "the progress made since the joint commission met in Orsolia last year",
])
def test_quiet_verbs_state_content_on_a_readout(found, words):
    assert any(words in text and speaker == "Anja Vester and Teodor Malvek" for speaker, text in found), found


def test_not_in_news_prose(nlp):
    found = pairs(indirect_runner(nlp)(
        "Voters in Kessland rejected the new constitution in a referendum on Sunday. The committee took note of "
        "the complaints but reached no decision. Garrick Fenwold said the result was a victory for democracy."))
    assert found == [("Garrick Fenwold", "the result was a victory for democracy")], found


def test_a_participle_after_the_object_describes_it(nlp):
    found = pairs(indirect_runner(nlp)(
        "High Representative Anja Vester met President Teodor Malvek of Orsolia in Brussels today. The two discussed "
        "the peace plan. They rejected the recent Tamberland decrees entitling, inter alia, people who reside in the "
        "east, to apply for citizenship. They welcomed the reforms. They stressed the need for calm."))
    assert ("Anja Vester and Teodor Malvek", "the recent Tamberland decrees entitling, inter alia, people who reside "
            "in the east, to apply for citizenship") in found, found


def test_relayed_quiet_verbs_state_nothing(nlp):
    found = pairs(indirect_runner(nlp)(
        "The chairman of the opposition party, Morgan Vellis, said on Friday the party rejected the results of the "
        "presidential election."))
    assert found == [("Morgan Vellis", "the party rejected the results of the presidential election")], found
