"""pronouns.link_pronouns: whom 'he' / 'she' stands for. The subject of an adverbial clause a conjunction opens
('..., as President X has often claimed') is no main subject a later 'he added' goes on from; a possessive in an
'on' / 'for' phrase of a verb with a person as object ('congratulated the Prime Minister on his win') is that
person's, and teaches nothing about the subject's sex. Texts are made up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_he_added_after_an_as_clause_goes_on_with_the_speaker(run):
    got = run("Chancellor Varn defends the treaty\n\nChancellor Oskar Varn defended the border treaty on Tuesday.\n\n"
              "\"In some ways the treaty was a good thing,\" Mr Varn said when asked if the region was calmer, as "
              "Marlovian President Tomas Brell has often claimed.\n\n"
              "\"But it also made the smugglers bolder,\" he added.\n\n"
              "\"I am not sure we are safer,\" he said.")
    assert speaker_of(got, "But it also") == "Oskar Varn"
    assert speaker_of(got, "I am not sure") == "Oskar Varn"


def test_a_main_clause_speaker_after_another_still_counts(run):
    got = run("Oskar Varn spoke first. Tomas Brell said the treaty was fair.\n\n\"It will hold,\" he added.")
    assert speaker_of(got, "It will hold") == "Tomas Brell"


def test_his_in_an_on_phrase_is_the_object_of_congratulated(run):
    got = run("Readout of President Ilvara Tesk's Call with Prime Minister Odo Brannick\n\n"
              "President Tesk spoke today with Prime Minister Odo Brannick of Kellmark. The President congratulated "
              "the Prime Minister on his party's win in the election and reaffirmed Dunvale's support for the trade "
              "pact. She noted that ties between the two nations had \"never been stronger.\"")
    assert speaker_of(got, "never been stronger") == "Ilvara Tesk"
