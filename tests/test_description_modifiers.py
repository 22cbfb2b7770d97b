"""A definite description whose head title two named people hold ('the finance minister' after a finance and a
trade minister, 'the former president' after a former and a sitting one, 'the Liberal leader' after a Liberal and
a Conservative leader) is the one whose title also holds its modifiers, not the one named or speaking last.
Texts are made up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_office_word_picks_the_holder_not_the_last_speaker(run):
    got = run("Finance Minister Ragnhild Sorvik and Fisheries Minister Anton Vaskelo presented the plan on Monday.\n\n"
              "Sorvik said the deficit would narrow. Vaskelo said the catch quotas would rise.\n\n"
              "\"We have room to invest again,\" the finance minister said.")
    assert speaker_of(got, "We have room") == "Ragnhild Sorvik"


def test_former_is_not_the_sitting_holder(run):
    got = run("Former president Casimir Etolu called on Thursday for a national dialogue.\n\n"
              "President Mabel Kiwanuka rejected the idea. \"He had his chance,\" she said.\n\n"
              "The former president said he would tour the provinces next month.", "indirect")
    assert speaker_of(got, "he would tour") == "Casimir Etolu"


def test_party_word_picks_that_party_leader(run):
    got = run("Green leader Anwen Rhys-Price has said her party will stay in opposition.\n\n"
              "The Conservative leader, Piers Cathcart-Hale, said he was sorry. \"Our offer stands,\" he said.\n\n"
              "The Green leader said her members would vote on it in March.", "indirect")
    assert speaker_of(got, "her members would vote") == "Anwen Rhys-Price"
