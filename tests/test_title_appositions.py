"""title_appositions: a name the parser hung on the object of a title's 'for' phrase ('A spokesman for X's
party, Jo Roe, told ...') renames the title's head: the person a later 'he said' means. Texts are made up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_he_said_after_a_spokesman_for_a_party_named_in_apposition(run):
    got = run("Dravik's party claims the count\n\nThe opposition leader, Pavel Oruz, said the count was flawed.\n\n"
              "\"The count must be checked again,\" he said.\n\n"
              "A spokesman for Mr Dravik's Unity-Front, Tomas Brekker, told the BBC the two big blocs had long "
              "understood nobody had won.\n\nOfficials count the ballots\n\n"
              "\"The rules are plain: a winner needs half the votes plus one,\" he said.")
    assert speaker_of(got, "The rules are plain") == "Tomas Brekker"


def test_a_spokesman_named_in_apposition_speaks(run):
    got = run("A spokesman for the Valdorian Unity Party, Tomas Brekker, told reporters that the vote would go ahead. "
              "\"We have nothing to fear from the people,\" he said.")
    assert speaker_of(got, "We have nothing to fear") == "Tomas Brekker"
