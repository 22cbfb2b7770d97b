"""A bare title standing for one side of a call: on a news copy of the call ('The Foreign Minister underscored that
...') as on a readout, the person the page names with that title; a lower-case title with a country adjective ('the
Valdorian foreign minister') the person named with it, also as the subject of the clause a closing participle cue
belongs to (', stressing ...'); a title naming a country the page names its holder without ('The President of
Chile') the side of the call whose country that is. All people are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pair_speaker, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_bare_title_on_a_news_copy_of_a_call(run):
    text = ("ALDPORT, May 3 - Foreign Minister, Daniel Okafor, who is leading the delegation to the regional summit in "
            "Varn, took a phone call from the Foreign Minister of Estavia, Piet Rhoden, today.\n\n"
            "The Foreign Minister forcefully underscored that the strike was a serious breach of the country's "
            "sovereignty.\n\n"
            "The Foreign Minister added that the government reserved the right to respond.")
    found = pairs(run(text))
    assert pair_speaker(found, "the strike was a serious breach") == "Daniel Okafor", found
    assert pair_speaker(found, "the government reserved the right") == "Daniel Okafor", found


def test_lower_case_title_with_a_country_adjective_before_a_participle_cue(run):
    text = ("Chilean Foreign Minister Piet Rhoden held a telephone conversation on Monday with his Peruvian "
            "counterpart Ana Ruiz. During their conversation, the two sides discussed bilateral relations.\n\n"
            "The Chilean foreign minister spoke about the regional consultations, stressing the importance of "
            "including all parties in the process.\n\n"
            "Ruiz for her part welcomed the consultations.")
    found = pairs(run(text))
    assert pair_speaker(found, "the importance of including all parties") == "Piet Rhoden", found


def test_title_naming_the_country_of_one_side(run):
    text = ("Telephone conversation with the President of Peru\n\n"
            "On Friday Chilean leader Piet Rhoden had a telephone conversation with President of Peru Daniel Okafor.\n\n"
            "The two leaders exchanged views on the border dispute. Both sides stressed the urgency of a lasting "
            "settlement. The President of Chile described the new tariffs as counterproductive.")
    found = pairs(run(text))
    assert pair_speaker(found, "the new tariffs as counterproductive") == "Piet Rhoden", found
