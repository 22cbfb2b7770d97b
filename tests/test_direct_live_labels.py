"""Live pages: a line 'Tweets: "..."' (a verb of saying before the colon) under the name line 'Jo Roe, political
editor of X' is that person's, and never the speaker 'Tweets'; a clock time opening an entry ('1243 Jo Roe tweets:')
is never a speaker. Texts are made up."""
from __future__ import annotations

import pytest

from newsgraph.extract.speaker_syntax import time_stamp
from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_a_verb_label_line_is_the_name_line_above(run):
    got = run("Live: the weekly questions\n\n"
              "Jane Morrow, political editor of The Lantern\n\n\n"
              "Tweets: \"Mr Harwood again uses the word Ulster in reply to a question from a Varden MP, the charm "
              "offensive continues\"\n\n"
              "Tom Bexley, Radio Nine correspondent\n\n\n"
              "Tweets: \"Wendy Carr reveals the new line of her party: vote Green, wake up with Harwood\"")
    assert speaker_of(got, "Mr Harwood again") == "Jane Morrow"
    assert speaker_of(got, "Wendy Carr reveals") == "Tom Bexley"


def test_a_verb_label_with_no_name_line_names_nobody(run):
    got = run("Live: the weekly questions\n\n"
              "The session is running late today.\n\n"
              "Tweets: \"The charm offensive continues in the chamber this afternoon\"")
    assert speaker_of(got, "The charm offensive") is None


def test_a_clock_time_opening_an_entry_is_no_speaker(run, nlp):
    got = run("Live: the weekly questions\n\n"
              "1243 Jane Morrow tweets: \"Wendy Carr after the questions is suggesting two new holidays. Seems like "
              "a good idea to me!\"\n\n"
              "1240 Ed Harwood says the premier will look back and wish he had been less \"gung ho\" over the cuts.")
    assert speaker_of(got, "Wendy Carr after") == "Jane Morrow"
    doc = nlp("Live\n\n1243 Jane Morrow tweets: \"Good idea.\"")
    assert time_stamp(next(t for t in doc if t.text == "1243"))
    assert not time_stamp(next(t for t in nlp("Three officials said the plan was dead.") if t.text == "Three"))
