"""'The opposition' speaks as a body, like 'the government' or 'the party': its claims, allegations and
accusations are statements with the opposition as speaker."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_the_opposition_says(run):
    got = pairs(run("The opposition says it will not join the talks until the arrests stop."))
    assert ("The opposition", "it will not join the talks until the arrests stop") in got


def test_the_main_opposition_alleged(run):
    got = pairs(run("The main opposition alleged that tally sheets were not posted at many polling stations."))
    assert got and got[0][0] == "The main opposition"
    assert got[0][1].startswith("tally sheets were not posted")


def test_the_opposition_accused(run):
    got = pairs(run("But the opposition has accused the governor of delaying the referendum in Norvale."))
    assert got and got[0][0] == "the opposition"
    assert got[0][1].startswith("the governor of delaying")


def test_opposition_as_an_object_is_no_speaker(run):
    got = pairs(run("The minister said the opposition had no plan for the economy."))
    assert got == [("The minister", "the opposition had no plan for the economy")] or \
        (got and got[0][0] != "the opposition"), got
