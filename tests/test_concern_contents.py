"""What a stated worry or attitude holds without a that-clause (extract/concern_contents.py and the readout lexicon):
'voiced concerns about how many X could ...' and 'expressed qualms about how to ...' state the question clause;
'concerns over his joining the race, and how ...' the gerund with its owner and the question coordinated after it;
'expressed "deep regret" for X' what is regretted; 'stressed readiness to ...' and 'expressed Y's interest in ...'
a stated position. A worry about a plain thing ('concern over the situation') names a topic and stays out, as before.
All names, places and outlets are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_concerns_about_a_question_clause(run):
    found = pairs(run("Several Tarvish judges voiced concerns about how many firms could face fresh suits if the "
                      "appeal went ahead."))
    assert any(c.startswith("how many firms could face fresh suits") for _, c in found), found


def test_qualms_about_how_to(run):
    found = pairs(run("The Orlen panel members expressed qualms about how to manage a claim brought by nine "
                      "hundred dock workers."))
    assert any(c.startswith("how to manage a claim") for _, c in found), found


def test_concerns_over_a_gerund_and_a_coordinated_question(run):
    found = pairs(run("Senator Ilan Varn said Governor Teodor Rusk called him in May to express concerns over his "
                      "leaping into the governor's contest, and how his navy years might carry him into the House."))
    assert any(name.endswith("Rusk") and c.startswith("his leaping into the governor's contest") and c.endswith("into the House")
               for name, c in found), found


def test_regret_for(run):
    found = pairs(run("At a tense hearing last week, Mr. Odo Brannic expressed \u201cdeep regret\u201d for the "
                      "messages and rejected the mayor's claims about the audit."))
    assert any(name == "Odo Brannic" and "regret" in c and c.endswith("for the messages") for name, c in found), found


def test_stressed_readiness(run):
    found = pairs(run("The Velmar army stressed readiness to resume the talks once the obstacles are overcome."))
    assert any(c.startswith("readiness to resume the talks") for _, c in found), found


def test_expressed_a_country_s_interest(run):
    found = pairs(run("Foreign Minister Pela Dosrin met President Arvo Keel in Tamsk on Monday. The Minister "
                      "expressed Corvia's interest in sharing experience with Ostmark on river transport."))
    assert any(c.startswith("Corvia's interest in sharing experience") for _, c in found), found


def test_concern_over_a_thing_states_nothing(run):
    found = pairs(run("The Halden trade union voiced concern over the situation in the northern ports."))
    assert not any("situation in the northern ports" in c for _, c in found), found


def test_worry_with_a_clause_of_its_own(run):
    found = pairs(run("Mayor Ivo Lund weighed a run for governor before deciding against it, expressing worry he "
                      "would draw votes from the party nominee."))
    assert any(c.startswith("he would draw votes from the party nominee") for _, c in found), found
