"""A description naming a nation and an office ('the Peruvian leader', "Kenya's foreign minister") is the one person
of that nation the page gives that office, wherever the page names them (also below the description); 'leader'
is a head of state or government. Several holders, a party or opposition leader, or an indefinite description
('a Peruvian official') stay as they were. Texts are made up (invented people)."""
from __future__ import annotations

import pytest

from quote_helpers import pairs, quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


NAMED_BELOW = ("Energy talks open in Lima\n\n"
               "Oskar Brandl landed in Lima on Wednesday for a round of talks on mining and energy.\n\n"
               "The Peruvian leader said copper exports to the region had risen sharply since the spring and would go "
               "on rising.\n\n"
               "Brandl said both delegations had signed a memorandum on grid links.\n\n"
               "Peruvian President Lucia Quispe afterwards gave a lunch for the visitors.\n")

QUOTED_BELOW = ("Ferry deal agreed\n\n"
                "Marta Sillen came to Nairobi on Monday to discuss a new ferry service on the lake.\n\n"
                "\"The ferries will run by the end of the year,\" the Kenyan leader told the visitors.\n\n"
                "Sillen thanked her hosts.\n\n"
                "Kenyan President Daniel Mwangi Otieno also spoke about the fisheries.\n")

OPPOSITION = ("Lima vote delayed\n\n"
              "Peruvian President Lucia Quispe postponed the regional vote by a month.\n\n"
              "Peru's opposition leader said the delay was an abuse of power.\n")


def test_nation_leader_is_the_head_of_state_named_below(run):
    found = run(NAMED_BELOW, "indirect")
    assert speaker_of(found, "copper exports") == "Lucia Quispe", pairs(found)  # was 'The Peruvian leader'


def test_nation_leader_of_a_direct_quote(run):
    found = run(QUOTED_BELOW)
    assert speaker_of(found, "The ferries will run") == "Daniel Mwangi Otieno", pairs(found)


def test_opposition_leader_is_not_the_president(run):
    found = run(OPPOSITION, "indirect")
    assert speaker_of(found, "the delay was an abuse") != "Lucia Quispe", pairs(found)
