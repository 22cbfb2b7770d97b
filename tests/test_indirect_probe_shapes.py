"""Shapes of reported speech found by probing with invented names (session 18): a body whose head no word list
knows speaking through a plain verb of saying ('The coastguard said ...'), an inverted 'warned' closing a
sentence ('<clause>, warned X'), a report that names whom it relies on in a set-off participle ('X reported,
citing two officials, that ...'), a body or counted group closing a sentence ('<clause>, the coastguard said', 'The six
countries agreed to ...'), 'according to' after a quotation whose own cue is quoted, the courtesies of a readout
('conveyed the warm greetings of X'), 'the two countries' named together before; 'raised concerns about X' states nothing.
All names, places and outlets are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


@pytest.mark.parametrize("text, speaker, clause", [
    ("The coastguard said in a separate post that no shots had been fired.", "The coastguard",
     "no shots had been fired"),
    ("His family said he had been detained without charge.", "His family", "he had been detained without charge"),
    ("Karnovia's presidency said the summit had been postponed.", "Karnovia presidency",  # a body's name, as
     # "Karnovia defence ministry" (the possessive dropped since 'presidency' became a body word in a3f7509)
     "the summit had been postponed"),
])
def test_unlisted_body_speaks(run, text, speaker, clause):
    assert (speaker, clause) in pairs(run(text))


def test_no_body_without_a_clause_of_its_own(run):
    got = pairs(run("The average number of new cases reported each day in Velmora is more than 12,000."))
    assert not got, got


@pytest.mark.parametrize("text, speaker", [
    ("The dam could fail in heavy rain, warned Tuiatua Sefo, an engineer with the water board.", "Tuiatua Sefo"),
    ("The dam could fail in heavy rain, warned the engineer.", "the engineer"),
])
def test_inverted_warned(run, text, speaker):
    assert (speaker, "The dam could fail in heavy rain") in pairs(run(text))


def test_told_keeps_its_addressee_out(run):
    got = pairs(run('"We agreed to work as a team," Rami Sol, a senior official, told the Karn Courier.'))
    assert all(sp != "the Karn Courier" for sp, _ in got), got


@pytest.mark.parametrize("text, clause", [
    ("The Tresk Gazette reported, citing two officials, that the cabinet had approved the budget.",
     "the cabinet had approved the budget"),
    ("Norpress said, quoting a police source, that three people had been arrested in Tresk.",
     "three people had been arrested in Tresk"),
])
def test_clause_after_a_citing_participle(run, text, clause):
    assert any(c == clause for _, c in pairs(run(text))), pairs(run(text))


@pytest.mark.parametrize("text, speaker, clause", [
    ("No shots were fired, the coastguard said.", "the coastguard", "No shots were fired"),
    ("The six countries pledged to return the issue to the council.", "The six countries",
     "to return the issue to the council"),
    ("Both governments said the talks had been useful.", "Both governments", "the talks had been useful"),
])
def test_fronted_or_counted_subject_speaks(run, text, speaker, clause):
    assert (speaker, clause) in pairs(run(text))


def test_according_to_after_a_quoted_cue(run):
    got = pairs(run('Orlen "stressed the importance of open trade," according to a readout of the call.'))
    assert ("a readout of the call", 'Orlen "stressed the importance of open trade,"') in got, got


def test_according_to_after_a_quotation_with_its_own_cue(run):
    got = pairs(run('"We will go," Orlen said, according to Norpress.'))
    assert all(sp != "Norpress" for sp, _ in got), got


def test_readout_courtesies(run):
    got = pairs(run("President Anselm Vaury held a telephone call with Prime Minister Lida Morrow on Monday.\n\n"
                    "Morrow conveyed the warm greetings of the Osmark people to President Vaury.\n\n"
                    "Vaury conveyed his best wishes for the success of the river summit."))
    texts = [t for _, t in got]
    assert any(t.startswith("the warm greetings of the Osmark people") for t in texts), got
    assert any("the success of the river summit" in t for t in texts), got


def test_two_countries_named_together_before(run):
    got = pairs(run("Norvia and Estavia agreed on Tuesday to reopen their border crossings to trucks. "
                    "The two countries also agreed to set up a joint commission on fisheries."))
    assert ("Norvia and Estavia", "to set up a joint commission on fisheries") in got, got


def test_raised_concerns_about_a_thing_state_nothing(run):
    got = pairs(run("President Ulric Thane raised serious concerns about the missile programme of his neighbour."))
    assert not got, got


def test_raised_a_topic_states_nothing(run):
    got = pairs(run("President Ulric Thane raised the issue of the missile programme."))
    assert not got, got


def test_a_feeling_another_owns_is_stated_whole(run):
    got = pairs(run("Foreign Minister Ilse Brannock said she had called the envoy to her office this evening, to "
                    "convey the displeasure of the government over the diplomats' part in the rally."))
    assert any(t.startswith("the displeasure of the government over") for _, t in got), got


def test_government_seat_opening_a_paragraph(run):
    got = pairs(run("Labour's Simeon Arcott is set to warn that public services are on the brink.\n\n"
                    "Number 10 said the prime minister had full confidence in the chancellor."))
    assert ("Number 10", "the prime minister had full confidence in the chancellor") in got, got
