"""A 'he' or 'she' does not stand for a one-word 'person' the page itself shows is no one: a party or country the
tagger called a person, which the page also joins to another capitalised word by a hyphen ('the Kernow-Green
pact'), or a word capitalised at the head of a sentence that the page also writes in lower case ('Draft "briefing
notes" ...' beside 'the final draft'). A titled one-word name in such a pair ('President Kasp', 'the Kasp-Moreau
talks') and a one-word name with no such sign stay people. Texts, people, parties and places are made up."""
from __future__ import annotations

from newsgraph.analyze import analyze
from quote_helpers import speaker_of

PACT = ("Tomas Redd back in office under Kernow-Green pact\n\n"
        "Kernow leader Tomas Redd returns to office as chief minister following a week of talks in Velmora.\n\n"
        "He plans to lead a cabinet that lacks a majority.\n\n"
        "The voters wanted Kernow to proceed with \"care and modesty\", he told the chamber.")

DRAFT = ("Leak shows ministry edits\n\n"
         "The ministry rewrote its account twice. Draft \"briefing notes\" obtained by the Harbour Gazette showed "
         "efforts by ministry spokeswoman Lena Marsh to remove references to earlier incidents. According to the "
         "notes, she argued that the ministry should not hand critics \"fresh ammunition\". The final draft was "
         "shorter.")

TITLED = ("President Kasp met Moreau in Tarn for the Kasp-Moreau talks. Kasp said the talks went well. "
          "He added that \"the door is open.\"")

PLAIN = ("Budget talks stall in Orlen\n\n"
         "Brannock told the council on Monday that the budget was tight. He added that \"there is no room left.\"")


def test_party_joined_by_a_hyphen_is_not_he():
    got = analyze(PACT)
    assert speaker_of(got.quotes, "The voters wanted Kernow") == "Tomas Redd"
    assert speaker_of(got.quotes, "care and modesty") == "Tomas Redd"


def test_sentence_initial_plain_word_is_not_she():
    got = analyze(DRAFT)
    assert speaker_of(got.quotes, "the ministry should not hand critics") == "Lena Marsh"


def test_titled_name_in_a_hyphen_pair_stays_he():
    got = analyze(TITLED)
    assert speaker_of(got.quotes, "the door is open") == "Kasp"


def test_one_word_name_with_no_sign_stays_he():
    got = analyze(PLAIN)
    assert speaker_of(got.quotes, "there is no room left") == "Brannock"
