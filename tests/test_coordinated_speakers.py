"""A second clause's cue after 'and' or 'but' with a person named right before it ('... and opposition head X
called it a "first step"') is that person's, however the parser hangs the name; 'X and Y said' stays a pair."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_name_hung_on_the_first_clause_object(run):
    qs = run("Vote date set\n\nOstria and Lorvan cautiously welcomed the move and opposition head Mara Velt called "
             "it a \"first positive step\".", "partial")
    assert speaker_of(qs, "first positive step") == "Mara Velt"


def test_second_cue_without_a_subject_of_its_own(run):
    qs = run("Leaders react\n\nLeaders have started to congratulate Dahl - Ostrian President Ida Brenner called for "
             "the renewal of ties between the two countries and Lorvan President Tom Vale said the elections were "
             "\"free, fair, and credible\".", "partial")
    assert speaker_of(qs, "free, fair") == "Tom Vale"


def test_second_speaker_is_not_what_the_first_reported(run):
    qs = run("Deal in Velmar\n\nMr Orban said the party was committed to full participation in government and "
             "Mr Dahl said it was a \"new era\".", "partial")
    assert speaker_of(qs, "new era") == "Dahl"


def test_two_people_saying_one_thing_stay_a_pair(run):
    qs = run("Deal in Velmar\n\n\"This is nothing but a sore loser of a President reaching for control, having stepped well past "
             "what the law allows,\" House Speaker Ida Brenner and Senate Democratic Leader Tom Vale said in a "
             "statement.", "direct")
    assert speaker_of(qs, "This is nothing but") == "Ida Brenner and Tom Vale"
