"""A quoted fragment in a sentence with no cue of speech ('X has "no mandate ..." but is "always at Y's
disposal"', a summary point of a live page) is the words of the sentence's named subject, not of the last speaker
before it; a subject that is a thing or an unnamed noun names no one, and a fragment of the headline block waits
for a body quote that repeats it. Fictional texts."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_named_subject_of_a_cueless_sentence(run):
    got = run("Harbour summit ends with a deal\n\n"
              "The two-day harbour summit in Lanton has ended with a deal on the new port.\n\n"
              "Summary\n\n"
              "1. Prime Minister Ada Morrow says there is still \"work to do\" on the harbour deal\n\n"
              "2. Council president Tomas Kerrow has \"no mandate to reopen the talks\" but is \"always at the "
              "mayor's disposal\"\n\n"
              "3. The summit has ended")
    assert speaker_of(got, "no mandate") == "Tomas Kerrow"
    assert speaker_of(got, "always at") == "Tomas Kerrow"
    assert speaker_of(got, "work to do") == "Ada Morrow"


def test_a_thing_as_subject_names_no_one_new(run):
    got = run("Prime Minister Ada Morrow defended the harbour deal on Monday.\n\n"
              "\"It is a good deal for the coast,\" she said.\n\n"
              "The deal still faces \"serious questions from the fishermen\" in the north.")
    assert speaker_of(got, "serious questions") != "the deal"


def test_a_headline_fragment_is_left_to_the_body(run):
    got = run("Senate passes 'fair wages' bill after a long debate\n\n"
              "Senator Rolf Dane said the \"fair wages\" bill would help workers in every region of the country.")
    assert all(q.speaker is None or q.speaker.name != "Senate" for q in got)


def test_a_country_as_subject_goes_on_the_account_before(run):
    got = run("Ministers meet in Lanton\n\n"
              "The two foreign ministers met in Lanton on Monday to discuss trade.\n\n"
              "Annika Brodal said that Kestmark attaches great importance to its relations with Haldoria. Kestmark "
              "will handle the review of the port deal \"in accordance with the law and in an objective manner,\" "
              "and is open to more investment.")
    assert speaker_of(got, "in accordance with") == "Annika Brodal"
