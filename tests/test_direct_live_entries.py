"""A quote in a live page's entry heading ('4. 'Work together'' above the entry's paragraphs) is the words of
someone the entry below names: the speaker of a quote in the entry that repeats it, else a name line opening the
entry (a correspondent's), else the entry's first speaker; never the last speaker of the entry above. A numbered
line above another numbered line is a summary point and keeps its own reading. Fictional texts."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


SUMMARY = ("Summary\n\n"
           "1. Ada Morrow says the harbour vote \"settles the question\"\n\n"
           "2. Voters turned out in large numbers\n\n"
           "Live Reporting\n\n")


def test_heading_takes_the_speaker_of_the_quote_below_that_repeats_it(run):
    got = run(SUMMARY + "1. Mayor backs the plan\n\n"
              "Ada Morrow, the mayor, told the council: \"The harbour plan is settled.\"\n\n"
              "2. \u2018Work together\u2019\n\n"
              "Harbour secretary Lena Voss has released a statement. She says: \"I hope all parties will now "
              "work together on the harbour.\"")
    assert speaker_of(got, "Work together") == "Lena Voss"


def test_heading_takes_the_name_line_opening_the_entry(run):
    got = run(SUMMARY + "1. Mayor backs the plan\n\n"
              "Ada Morrow, the mayor, told the council: \"The harbour plan is settled.\"\n\n"
              "2. Promises \u2018will not calm the critics\u2019\n\n"
              "Peter Hallam\n\n"
              "Harbour reporter\n\n"
              "The mayor's trip to the coast has not been a failure, but her critics want more.")
    assert speaker_of(got, "will not calm") == "Peter Hallam"
