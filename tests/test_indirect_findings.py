"""Counted or measured findings as speakers ('official results show ...', 'Polling suggests ...'): a finding noun
(speech_cues finding_nouns) as the active subject of a finding verb reports the clause after it, 'that' or not, and
speaks in its own words; not the subject of a passive ('as the results were announced')."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_results_show_without_that(run):
    found = pairs(run("Official results show the Green Party has 31 seats in the new assembly."))
    assert ("Official results", "the Green Party has 31 seats in the new assembly") in found


def test_polling_suggests(run):
    found = pairs(run("Polling in the past year suggests the electorate in Norland is split on the issue."))
    assert ("Polling in the past year", "the electorate in Norland is split on the issue") in found


def test_results_indicated_that(run):
    found = pairs(run("Results indicated that the Greens made gains in the north."))
    assert ("Results", "the Greens made gains in the north") in found


def test_results_that_were_announced_say_nothing(run):
    found = pairs(run("As the results were announced, the new mayor stood up and bowed to the council."))
    assert not any(name and "results" in name.lower() for name, _ in found)


def test_a_video_still_needs_that(run):
    assert pairs(run("The video shows the minister was in the room.")) == []


def test_a_finding_that_is_the_occasion_of_another_clause_is_left_out(run):
    found = pairs(run("Mr Lund was speaking after results showed Mr Berg had won a fifth term."))
    assert not any(name and "results" in name.lower() for name, _ in found)
