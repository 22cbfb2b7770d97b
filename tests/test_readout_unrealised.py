"""A cue verb with a modal of condition ('Norland would welcome X') or one that is what an appeal asks for ('urged
the council to encourage both sides to ...', 'calls on all leaders to respect X and to denounce Y') is no statement
made: no indirect entry of its own. A preview's 'will' ('the Minister will call for X') and a plain statement stay.
All names, places and events are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner

READOUT = (
    "Readout of the Deputy Foreign Minister's meeting with the Ostrevian envoy\n\n"
    "The Deputy Foreign Minister met today with Ostrevian Special Envoy Hugo Lenz. The Deputy Minister affirmed "
    "that Norland would welcome genuine progress through negotiations. He stressed the importance of the harbour "
    "agreement for both countries.\n\n"
    "The Chair urged the council members to encourage the two delegations to build on the progress of the last "
    "round.\n\n"
    "The High Representative calls on all party leaders to respect the results of the vote, to refrain from "
    "hostile rhetoric and to publicly denounce any calls by their followers for attacks on "
    "election officials.\n\n"
    "At the summit the Minister will call for lasting international support for the reconstruction of Ostra.")


@pytest.fixture(scope="module")
def found(nlp):
    return indirect_runner(nlp)(READOUT)


def _starting(found, start: str):
    return [q for q in found if q.text.startswith(start)]


def test_conditional_welcome_is_no_statement(found):
    assert not _starting(found, "genuine progress through negotiations")
    assert _starting(found, "Norland would welcome genuine progress")  # what was affirmed stays


def test_infinitive_an_appeal_asks_for_is_no_statement(found):
    assert not _starting(found, "the two delegations to build on")
    assert not _starting(found, "any calls by their followers")


def test_appeal_runs_over_what_it_asks_for(found):
    hits = _starting(found, "all party leaders to respect the results")
    assert hits and hits[0].text.endswith("for attacks on election officials")


def test_preview_will_stays(found):
    assert _starting(found, "lasting international support for the reconstruction")
