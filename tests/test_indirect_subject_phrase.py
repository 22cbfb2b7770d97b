"""A statement whose subject the speaker resolution cannot place is kept with the subject's own words as its
speaker when the subject reads as someone ('the bill's supporters', 'Republican leadership', a capitalised
one-word name the tagger took for a noun), and still dropped when it reads as a thing ('the hearing')."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_agent_plural_speaks(run):
    got = pairs(run("But the bill's proponents have disputed that rationale, saying the measure is narrowly written."))
    assert ("the bill's proponents", "the measure is narrowly written") in got


def test_one_word_name_tagged_as_noun_speaks(run):
    got = pairs(run("Users complained for weeks.\n\nTwitter at the time said it was a glitch that has since been fixed."))
    assert got == [("Twitter", "it was a glitch that has since been fixed")]


def test_capitalised_modifier_speaks(run):
    got = pairs(run("At the time, Republican leadership argued that the vote should be delayed."))
    assert [t for _, t in got] == ["the vote should be delayed"]
    assert got[0][0] is not None and "leadership" in got[0][0]


def test_thing_subject_stays_dropped(run):
    texts = [t for _, t in pairs(run("His refusal made clear that the plan was dead."))]
    assert "the plan was dead" not in texts



def test_told_clause_the_parser_hung_elsewhere(run):
    got = pairs(run("His cousin caused a stir on Friday after telling Radio Velm he backed the blockade to this day."))
    assert [t for _, t in got] == ["he backed the blockade to this day"]


def test_told_a_thing_is_no_clause(run):
    assert pairs(run("She told him the truth about the plan.")) == []
