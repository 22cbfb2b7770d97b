"""A cue's subject that lists three or more speakers ('A, B and C said'): the group as given, each member by its
name, as for a pair ('A and B said'). The parser hangs each list member on the one before it. Texts are made up."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_three_people_listed_as_the_subject(run):
    got = run("Anna Brandt, Tomas Brel and Ilse Marwick said the plan had failed.")
    assert speaker_of(got, "the plan had failed") == "Anna Brandt, Tomas Brel and Ilse Marwick"


def test_three_bodies_listed_as_the_subject(run):
    got = run("Voting in Norland ended on Sunday. The Baltic League, the United Provinces and the Commonwealth "
              "deplored the shelling.")
    assert speaker_of(got, "the shelling") == "Baltic League, United Provinces and Commonwealth"


def test_a_pair_is_unchanged(run):
    got = run("The Baltic League and the United Provinces said the talks had failed.")
    assert speaker_of(got, "the talks had failed") == "Baltic League and United Provinces"


def test_a_member_without_a_name_leaves_the_first(run):
    got = run("Anna Brandt and her husband said they were moving to Harrowby.")
    assert speaker_of(got, "they were moving") == "Anna Brandt"
