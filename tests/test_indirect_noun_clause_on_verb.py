"""A speech noun that is a verb's object keeps its content when the parser hangs it on the verb: 'did not repeat
his demand to stay on', 'stuck to her demand to be ...', 'redoubled calls for X to return ...'. Only an appeal noun
takes a 'to' clause; a purpose clause after another noun stays the verb's. All names are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_demand_to_stay_on_hung_on_the_verb(run):
    got = pairs(run("On Wednesday, Bramwell did not repeat his demand to stay on as premier."))
    assert ("Bramwell", "to stay on as premier") in got, got


def test_stuck_to_her_demand(run):
    got = pairs(run("Tessa Vorn stuck to her demand to be the new premier."))
    assert ("Tessa Vorn", "to be the new premier") in got, got


def test_calls_for_a_country_to_return(run):
    got = pairs(run("The ministry has redoubled calls for Norvia to return to dialogue."))
    assert ("The ministry", "Norvia to return to dialogue") in got, got


def test_purpose_clause_after_a_report_is_no_content(run):
    got = pairs(run("The council published the report to reassure residents."))
    assert all(not text.startswith("to reassure") for _, text in got), got


def test_a_phone_call_to_discuss_is_no_appeal(run):
    got = pairs(run("Premier Ostrava held a brief phone call with President Malden to discuss trade."))
    assert all(not text.startswith("to discuss") for _, text in got), got



def test_calls_from_the_owner_to_quit(run):
    got = pairs(run("Senator Pell refused to step down despite loud calls from his party's leaders to abandon his bid."))
    assert any(text == "to abandon his bid" for _, text in got), got


def test_a_purpose_after_a_broadened_appeal_is_no_content(run):
    got = pairs(run("Governor Dane hopes to broaden his appeal beyond rural voters to reach young families."))
    assert all(not text.startswith("to reach") for _, text in got), got
