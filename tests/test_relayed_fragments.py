"""A quoted fragment in what a named person told someone, relayed by a body's attribution after it ('President
Ana Roe told Mr Daran in a phone call that Kestria "has good reason to ...", the presidential office said') is the
person's words, not the body's (quote_cues._relayed_by_body); so is one under a country's belief inside that account
('... that Velland understood Kestria "has good reason ..."': quote_cues._body_belief). A person's report of another
('The opposition leader, Bo Lind, said Ana Roe had told parliament ... "..."') still goes to the outer speaker, as
the annotation rules read it. Hand-written texts, fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import direct_speaker_of, quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_relayed_by_a_ministry(run):
    text = ("Dam talks\n\nKestrian Prime Minister Ivo Daran told the Velland leader that the dam was \"a threat to "
            "millions\", the Kestrian foreign ministry said in a statement.\n")
    assert direct_speaker_of(run(text), "a threat to millions") == "Ivo Daran"


def test_a_country_belief_inside_the_account(run):
    text = ("Talks on dam deal\n\nOn Sunday, Velland President Ana Roe told Mr Daran in a phone call that Velland "
            "understood Kestria \"has good reason to be worried about the river\" and promised to consult closely, "
            "the presidential office said.\n")
    assert direct_speaker_of(run(text), "has good reason") == "Ana Roe"


def test_a_person_reporting_another_keeps_the_fragment(run):
    text = ("Dam talks\n\nThe opposition leader, Bo Lind, said Ana Roe had told parliament the dam was \"a threat to "
            "millions\".\n")
    assert direct_speaker_of(run(text), "a threat to millions") == "Bo Lind"
