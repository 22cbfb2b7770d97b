"""A subject pronoun does not stand for a person its own clause names: 'He said he and Kasp agreed ...' is not
Kasp, 'she welcomed Prime Minister Kasp's offer' is not Kasp. A name in another clause may still be: a clause
fronted before it ('Kasp is close to a deal, he told reporters'), an adjunct after a dash. Texts are made up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_he_and_the_person_named_beside_him(run):
    got = run("Prime Minister Orrin Kasp of Valdoria spoke with Chancellor Pavel Oruz of Marlovia on Monday.\n\n"
              "Both Ardenia and Marlovia have rejected Kasp's tariff plan.\n\n"
              "He said he and Kasp also \"welcomed the progress made in the talks\" and discussed fishing rights.")
    assert speaker_of(got, "welcomed the progress") == "Pavel Oruz"


def test_she_welcomed_the_named_persons_offer(run):
    got = run("Prime Minister Lena Varga of Valdoria spoke with Prime Minister Orrin Kasp of Marlovia on Monday.\n\n"
              "On trade, the Prime Minister confirmed that Valdoria would back the new customs pact and she welcomed "
              "Prime Minister Kasp's offer of early talks on fishing quotas.")
    assert speaker_of(got, "Prime Minister Kasp's offer") != "Orrin Kasp"


def test_a_clause_fronted_before_him_may_be_his(run):
    got = run("President Orrin Kasp is \"very close\" to naming a new central bank governor, he told reporters on "
              "Thursday.")
    assert speaker_of(got, "President Orrin Kasp is") == "Orrin Kasp"


def test_an_adjunct_after_a_dash_may_name_him(run):
    got = run("Orrin Kasp denied sending the letter on Monday.\n\n"
              "He also said he \"certainly\" did not know the lawyer it was sent to -- though, when asked again, "
              "Kasp declined to say more.")
    assert speaker_of(got, "he \"certainly\"") == "Orrin Kasp"


def test_a_name_before_in_another_clause_may_be_him(run):
    got = run("Pavel Oruz met the envoys on Monday.\n\n"
              "\"We will sign the deal,\" Orrin Kasp told reporters after the meeting.\n\n"
              "\"Farmers will gain most,\" he said.")
    assert speaker_of(got, "Farmers will gain most") == "Orrin Kasp"
