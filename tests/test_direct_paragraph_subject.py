"""A quote with no cue opening a sentence right after a sentence whose main verb has a named person as its active
subject ('X disagreed. "..."', 'X was less impressed.' closing the paragraph above) is that person's, not the last
speaker's (direct_quotes._named_subject_before); a sentence that reports someone's words keeps its speaker. Texts are
made up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_a_person_brought_in_before_the_quote_says_it(run):
    got = run("Mayor under pressure\n\n"
              "Mayor Ottilie Fenwhistle said on Monday she would not resign. \"I was elected to finish this job,\" "
              "she said.\n\n"
              "Council member Bartholomew Okwuosa-Lind disagreed. \"The mayor has lost the confidence of this "
              "council.\"")
    assert speaker_of(got, "I was elected").endswith("Fenwhistle")
    assert speaker_of(got, "The mayor has lost").endswith("Okwuosa-Lind")


def test_the_person_may_close_the_paragraph_above(run):
    got = run("Bridge reopens\n\n"
              "Transport chief Wendeline Achebe-Strom said the work had come in under budget. \"We are proud of the "
              "crews,\" she said.\n\n"
              "Local shopkeeper Ruairi Okoye-Lindgren was less impressed.\n\n"
              "\"Two years without customers nearly ruined me.\"")
    assert speaker_of(got, "Two years").endswith("Okoye-Lindgren")


def test_a_reported_sentence_keeps_its_speaker(run):
    got = run("Court papers\n\n"
              "According to a court filing by the Kelsbury prosecutor, Dagfinn Oyelowo lived with his aunt. "
              "\"He has no income.\"")
    assert "Oyelowo" not in (speaker_of(got, "He has no income") or "")


def test_a_pronoun_subject_does_not_count(run):
    got = run("Floods\n\n"
              "Premier Lucasta Vandermeulen visited Brevik on Tuesday. \"I have never seen anything like this,\" she "
              "said.\n\n"
              "She met farmer Oswin Abernathy-Kato. \"We will rebuild every road.\"")
    assert speaker_of(got, "We will rebuild").endswith("Vandermeulen")
