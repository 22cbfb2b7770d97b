"""Live pages: a clock time opening an entry ('1243 Jo Roe tweets:') is never a speaker. Texts are made up."""
from __future__ import annotations

import pytest

from newsgraph.extract.speaker_syntax import time_stamp
from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_a_clock_time_opening_an_entry_is_no_speaker(run, nlp):
    got = run("Live: the weekly questions\n\n"
              "1243 Jane Morrow tweets: \"Wendy Carr after the questions is suggesting two new holidays. Seems like "
              "a good idea to me!\"\n\n"
              "1240 Ed Harwood says the premier will look back and wish he had been less \"gung ho\" over the cuts.")
    assert speaker_of(got, "Wendy Carr after") == "Jane Morrow"
    doc = nlp("Live\n\n1243 Jane Morrow tweets: \"Good idea.\"")
    assert time_stamp(next(t for t in doc if t.text == "1243"))
    assert not time_stamp(next(t for t in nlp("Three officials said the plan was dead.") if t.text == "Three"))
