"""A speaker still written as a title after every other naming step ('the premier stressed', 'the press
secretary elaborated', 'The Secretary-General urged', 'the official said') is the person the page names with that
title, or for a generic role the named person who spoke just before (title_holders.py). A title the page gives
someone else in the same sentence as the named holder stays apart. Texts are made up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_premier_is_the_named_prime_minister(run):
    got = run("Norland leader pledges more work on trade talks\n\n"
              "ASKVIK, May 3 -- Norland Prime Minister Halvard Brekke on Friday pledged to keep working on the trade "
              "talks with Ostmark.\n\n"
              "\"The visitors set out their views frankly,\" Brekke told the assembly.\n\n"
              "The first round of talks took place in Ostmark on Wednesday between the two delegations.\n\n"
              "\"The whole cabinet will keep working on this as one,\" the premier stressed.")
    assert speaker_of(got, "The whole cabinet") == "Halvard Brekke"


def test_press_secretary_is_the_named_spokesman(run):
    got = run("Palace hopes reason will prevail over the levies\n\n"
              "VELMORA, June 4 -- The palace hopes that reason will win in Ostmark, Palace Spokesman Teodor Vasko "
              "said on Friday.\n\n"
              "The spokesman commented on plans in Ostmark to put new levies on the canal project.\n\n"
              "\"We still do not know what the levies cover, and we hope they will not go further,\" the press "
              "secretary elaborated.")
    assert speaker_of(got, "We still do not know") == "Teodor Vasko"


def test_generic_role_is_the_named_speaker_just_before(run):
    got = run("Ministry awaits word from Ostmark\n\n"
              "TALVIK (Nordwire) -- Speaking to reporters on Monday, Norland foreign ministry spokeswoman Ilse "
              "Marrow said her ministry was waiting for details of the proposal.\n\n"
              "Marrow stressed that trade with Ostmark should not be limited by any levies.\n\n"
              "\"So far the approach of our partners has been constructive,\" the Norland diplomat said.")
    assert speaker_of(got, "So far the approach") == "Ilse Marrow"


def test_generic_role_after_an_unnamed_one_stays(run):
    got = run("Ministry awaits word from Ostmark\n\n"
              "TALVIK (Nordwire) -- Ilse Marrow said her ministry was waiting for details of the proposal.\n\n"
              "A senior official at the port said the levies would hurt trade.\n\n"
              "\"We cannot plan under these conditions,\" the official said.")
    assert speaker_of(got, "We cannot plan") != "Ilse Marrow"


def test_office_of_another_in_the_same_sentence_stays_apart(run):
    got = run("Call with the Prime Minister of Ostmark\n\n"
              "The Prime Minister spoke to Prime Minister Arvid Lund of Ostmark this morning.\n\n"
              "The Prime Minister said the two countries would deepen their work on energy.")
    assert speaker_of(got, "the two countries would") != "Arvid Lund"
