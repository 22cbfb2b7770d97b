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


def test_her_doctor_is_the_one_named_doctor(run):
    got = run("Senator Varga shares health report\n\n"
              "OSTBURG -- The office of Senator Mira Varga published a short report from her doctor on Tuesday.\n\n"
              "The report, signed by Dr. Ansel Kettering of the Ostburg Clinic, lists two minor allergies.\n\n"
              "\"She walks every morning and sleeps well,\" Kettering wrote.\n\n"
              "She has never needed surgery and takes no daily medicine, her doctor said.")
    assert speaker_of(got, "She has never needed surgery") == "Ansel Kettering"


def test_ex_title_is_the_named_former_holder(run):
    got = run("Former lawmaker admits misuse of funds\n\n"
              "Former Rep. Oskar Telling admitted on Monday that he spent donor money on two holiday cruises.\n\n"
              "The hearing lasted under an hour and the judge set no date for sentencing.\n\n"
              "Outside the court, the ex-congressman said he regretted every one of those choices.")
    assert speaker_of(got, "he regretted every one") == "Oskar Telling"


def test_the_role_is_the_description_that_introduced_it(run):
    got = run("Norland answers Ostmark on canal levies\n\n"
              "TALVIK, May 9 (Nordwire) -- A Norland Transport Ministry spokesperson on Friday answered questions "
              "about the canal levies.\n\n"
              "The levies break an agreement both sides signed last year, the spokesperson said.")
    assert speaker_of(got, "The levies break an agreement") == "a Norland Transport Ministry spokesperson"


def test_lede_indefinite_title_is_the_one_holder_named_lower(run):
    got = run("Budget talks resume in Velmora\n\n"
              "VELMORA -- Leaders met again on Sunday as a senior Unity Party senator suggested that his party "
              "could accept higher fuel duties.\n\n"
              "The talks will resume on Thursday, aides said.\n\n"
              "Senator Ruben Halloway, of the Unity Party, said on a radio show that a growing group of members "
              "would back the duties.")
    assert speaker_of(got, "his party could accept") == "Ruben Halloway"


def test_the_role_after_two_introduced_is_neither():
    from newsgraph.extract.cues import person_words
    from newsgraph.extract.title_holders import INTRODUCED, _introduced
    from newsgraph.model import Speaker

    pw = person_words()
    text = ("A Norland Transport Ministry spokesperson answered questions, and an Ostmark Trade Office "
            "spokesperson replied. The levies break an agreement, the spokesperson said.")
    intros = [(m.start(), m.group(0), pw.expand(m.group(1))) for m in INTRODUCED.finditer(text)]
    start = text.index("the spokesperson")
    sp = Speaker(name="the spokesperson", entity=None, mention="the spokesperson", start=start, end=start + 16)
    assert _introduced(intros, sp, pw) is None
    assert _introduced(intros[1:], sp, pw) == "an Ostmark Trade Office spokesperson"
