"""A bare 'the official' with no unnamed official described before it is the named person who spoke just before
('Spokeswoman X said ...', then '"...," the official said'), also when its own sentence reports what others did
('X congratulated Y on ..., the official said': the people of the reported clause are not the speaker before).
An official the page described unnamed ('A senior official said') keeps the description; a modified generic
word ('the senior official') right after a named official's deed with no cue ('X arrived in Y') is X. Texts are
made up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_the_official_is_the_spokeswoman(run):
    got = run("Foreign ministry spokeswoman Lene Marstrand said on Thursday that Brenmoor would recall its "
              "ambassador from the neighbouring state.\n\n"
              "\"We cannot accept this treatment of our citizens,\" the official said.", "direct")
    assert speaker_of(got, "We cannot accept") == "Lene Marstrand"


def test_the_official_relaying_others(run):
    got = run("President Anselm Raukar of Vastira spoke by telephone with Chancellor Edda Kristmann on Friday, "
              "presidential spokesman Tobias Nerlinger said.\n\n"
              "Nerlinger said the two leaders had discussed the grain corridor.\n\n"
              "Raukar congratulated Kristmann on her election victory, the official said.", "indirect")
    assert speaker_of(got, "Raukar congratulated Kristmann") == "Tobias Nerlinger"


def test_described_official_stays(run):
    got = run("A senior official said on Tuesday the border would stay closed.\n\n"
              "Interior Minister Reza Tavakoli said the decision was temporary.\n\n"
              "\"We will review it weekly,\" the official said.", "direct")
    assert speaker_of(got, "We will review") != "Reza Tavakoli"


def test_senior_official_after_a_visit(run):
    got = run("Vastira sends envoy to border talks\n\nTARNHOLT, May 6 (AFP) - Deputy Interior Minister Gregor "
              "Malinen arrived in Tarnholt on Wednesday for talks on the border crossings.\n\n"
              "The senior official said the crossings would reopen for trucks within a week.", "indirect")
    assert speaker_of(got, "the crossings would reopen") == "Gregor Malinen"


def test_unnamed_speaker_between(run):
    got = run("Senator Ivo Kallis said on Monday the leak had been a prank.\n\n"
              "A former state prosecutor said an inquiry would not cost much. Though Kallis said no crime had been "
              "committed, the former official said several laws would have been broken.", "indirect")
    assert speaker_of(got, "several laws") != "Ivo Kallis"
