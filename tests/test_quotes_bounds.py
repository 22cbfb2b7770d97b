"""Where a reported clause ends: a participle after a comma is part of what was said when it follows from a reported
state, plan or present claim ('is unsafe, making repairs urgent', 'would cooperate, supporting X'), not when it
follows a past act or is another statement ('adding that')."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def _texts(run, text):
    return [q.text for q in run(text)]


def test_result_participle_after_a_state_is_said(run):
    found = _texts(run, "Ilse Marr, the city engineer, said the old bridge is unsafe, making repairs urgent.")
    assert "the old bridge is unsafe, making repairs urgent" in found


def test_result_participle_after_a_passive_is_said(run):
    found = _texts(run, "Officials said 300 soldiers will be withdrawn next month, leaving the base nearly empty.")
    assert "300 soldiers will be withdrawn next month, leaving the base nearly empty" in found


def test_participle_after_an_act_is_left_out(run):
    found = _texts(run, "Critics said the mayor ignored the warnings, focusing instead on the stadium budget.")
    assert "the mayor ignored the warnings" in found


def test_participle_after_a_modal_plan_is_said(run):
    found = _texts(run, "The minister said Norland would cooperate with its neighbours, supporting the talks in the region.")
    assert "Norland would cooperate with its neighbours, supporting the talks in the region" in found


def test_participle_after_a_present_claim_is_said(run):
    found = _texts(run, "Farmers said the new levy hurts small growers, driving many of them out of the market.")
    assert "the new levy hurts small growers, driving many of them out of the market" in found


def test_speech_participle_after_a_modal_plan_is_another_statement(run):
    found = _texts(run, "The minister said Norland would join the talks, adding that the date was not fixed.")
    assert "Norland would join the talks" in found


def test_speech_participle_after_a_state_is_another_statement(run):
    found = _texts(run, "Ilse Marr said the plan was approved, adding that work would start in May.")
    assert "the plan was approved" in found


def test_coordinated_speech_participle_is_the_speakers_next_statement(run):
    found = _texts(run, "Ilse Marr said the closure should come as no surprise given the budget and arguing that "
                        "the harbour had cost too much for years.")
    assert "the closure should come as no surprise given the budget" in found
