"""direct_quotes: the cue after a quotation is its own when no sentence ends between them; the point of a short
title the tokenizer split off ('Lt. Gov. X said') ends no sentence. Texts are made up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_a_short_title_after_the_quote_is_no_sentence_end(run):
    got = run("Harbour plan wins backing\n\nCouncillor Mira Dorn said the harbour plan would cost too much.\n\n"
              "\"She has it exactly right,\" Lt. Gov. Tomas Brell said of the plan's critics. \"We cannot pay for "
              "this.\"")
    assert speaker_of(got, "She has it exactly") == "Tomas Brell"
    assert speaker_of(got, "We cannot pay") == "Tomas Brell"


def test_a_full_stop_before_the_cue_still_ends_the_sentence(run):
    got = run("Councillor Mira Dorn spoke first.\n\n\"The plan costs too much.\" Tomas Brell said nothing about it "
              "on Monday.")
    assert speaker_of(got, "The plan costs too much") != "Tomas Brell"
