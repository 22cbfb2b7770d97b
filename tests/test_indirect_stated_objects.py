"""Verbs that state their object ('pledged $3 billion for ...', 'claimed a major breakthrough on ...',
'predicted a run-off', 'estimated a 1 percent increase') report it on any page, as readout verbs do on readouts;
not a person or body as object, nor an act to come; not 'promise' or 'threaten', which also offer or endanger
things. All names are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_claimed_a_breakthrough(run):
    got = pairs(run("A small group of Norvian farm states claimed a major breakthrough on cotton subsidies."))
    assert got and got[0][1].startswith("a major breakthrough on cotton"), got


def test_pledged_a_sum_in_a_relative_clause(run):
    got = pairs(run("Tarnia, which last month pledged $3 billion for developing nations, joined the talks."))
    assert ("Tarnia", "$3 billion for developing nations") in got, got


def test_predicted_a_run_off(run):
    got = pairs(run("The state-run Velm Herald predicted a run-off between the two leading candidates."))
    assert got and got[0][1].startswith("a run-off"), got


def test_a_threat_to_institutions_is_no_statement(run):
    got = pairs(run("Critics said little as the governor threatened the country's democratic institutions."))
    assert all(not text.startswith("the country's democratic") for _, text in got), got


def test_estimated_an_increase(run):
    got = pairs(run("Officials estimated a 1 percent increase in growth."))
    assert ("Officials", "a 1 percent increase in growth") in got, got


def test_a_person_as_object_is_no_statement(run):
    got = pairs(run("President Ana Velt assured the minister of her support."))
    assert all(not text.startswith("the minister") for _, text in got), got


def test_a_pledge_to_come_is_no_statement(run):
    got = pairs(run("The government plans to pledge new funds next week."))
    assert got == [], got


def test_a_negated_claim_is_no_statement(run):
    got = pairs(run("The minister did not claim victory in the vote."))
    assert got == [], got
