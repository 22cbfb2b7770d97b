"""'"...," the 47-year-old said' (the tagger reads the age as a date): the person the page gave that age
('X, 58,'), else the person the page was just telling about when nobody else is named since. Texts are made
up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_age_after_a_deed(run):
    got = run("Ngaio Fairbrother, a Lanthan-born novelist, has won the Kestrel Prize for fiction.\n\n"
              "\"I am stunned and very grateful,\" the 47-year-old said after the ceremony in Vask.", "direct")
    assert speaker_of(got, "I am stunned") == "Ngaio Fairbrother"


def test_age_given_after_the_name(run):
    got = run("Vask mayor re-elected\n\nMayor Anna Berg, 58, won a third term on Sunday after Karin Holst, 44, "
              "conceded.\n\n\"I thank every voter in Vask,\" the 58-year-old said.", "direct")
    assert speaker_of(got, "I thank every voter") == "Anna Berg"
