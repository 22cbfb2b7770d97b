"""What an owned or voiced appeal asks for: the noun phrase after 'for' ('made a late plea for donations', 'the
prime minister's call for a military response', 'an opposition call for a vote'), with its owner as the speaker;
not calls others met ('rebuffed calls for ...') nor a request for an event."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_a_plea_made(run):
    found = pairs(run("Senator Kari Lund made a late plea for donations on Thursday."))
    assert ("Kari Lund", "donations") in found


def test_an_owned_call(run):
    found = pairs(run("The prime minister's call for armed action in Norland came a day after the raid."))
    assert ("The prime minister", "armed action in Norland") in found


def test_a_call_named_by_its_owner_before_it(run):
    found = pairs(run("The government has rejected an opposition call for a vote on a new law."))
    assert ("opposition", "a vote on a new law") in found


def test_calls_met_by_others_and_requests_are_not_appeals_said(run):
    assert pairs(run("The mayor rebuffed calls for an end to the curfew.")) == []
    assert pairs(run("Norland refused his request for a meeting.")) == []


def test_a_list_hung_on_the_appeal_noun(run):
    """The parser hangs the later items on 'call' (appos, conj): the list runs to its last item (session 19 probes,
    /work/notes/s19/probes/ind a01)."""
    found = pairs(run("Tavian Orrisk reiterated Korvania's call for an immediate ceasefire, the release of all "
                      "detainees and unhindered humanitarian access."))
    assert ("Tavian Orrisk", "an immediate ceasefire, the release of all detainees and unhindered humanitarian "
            "access") in found, found
    found = pairs(run("Karl Ostby renewed his call for an inquiry, saying the families deserved answers."))
    assert ("Karl Ostby", "an inquiry") in found, found
