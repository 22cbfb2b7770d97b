"""Stated positions in news copy (readout_statements.position_range on any page, not only on a news copy of a call or
meeting): a position verb with a noun naming a position ('stressed the importance of X', 'reiterated its claim to
Y', 'repeated demands') and an expressing verb with an attitude of its own ('expressed support for X'; not
'expressed concern over X' nor 'expressed deep condolences to Y', which the genre gold leaves out) report that
noun phrase, as the genre rules count them in agency and
BBC copy; a call or demand 'for' something reports what was asked for. Fictional names throughout."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs

NEWS = (
    "Tarnia renews claim to the Osk islands\n\n"
    "VARN, May 4 - Two fishing boats were held near the reef on Sunday. Tarnia has reiterated its claim to the Osk "
    "islands. The coast guard said the boats had crossed the line twice, and the owners said they had been "
    "fishing there for decades.\n\n"
    "Foreign Minister Ilse Brandt stressed the importance of keeping the sea lanes open. Norland's government "
    "expressed concern over the arrest of the fishermen, and its envoy Jon Kerr expressed deep condolences to the "
    "families of two sailors lost in the storm. Kerr said the storm had been the worst in years.\n\n"
    "Opposition leaders voiced optimism. Tarnia's navy sought to underscore its commitment to the reef patrols, and "
    "Brandt highlighted the long history of the islands. A fisherman said the talk in the harbour was of little "
    "else.")


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


@pytest.fixture(scope="module")
def news(run):
    return pairs(run(NEWS))


def test_a_restated_claim_is_a_statement(news):
    assert ("Tarnia", "its claim to the Osk islands") in news, news


def test_a_stressed_importance_is_a_statement(news):
    assert ("Ilse Brandt", "the importance of keeping the sea lanes open") in news, news


def test_concern_over_a_thing_and_condolences_state_nothing(news):
    assert not any(c.startswith("the arrest of the fishermen") for _, c in news), news
    assert not any("condolences" in c for _, c in news), news


def test_no_position_is_stated_by_a_bare_attitude_an_aim_or_a_topic(news):
    assert not any(c.startswith(("optimism", "its commitment to the reef", "the long history")) for _, c in news), news


def test_a_call_for_something_reports_what_was_asked_for(run):
    found = pairs(run("Talks stall\n\nThe talks in Varn stalled on Friday. The mediator, Ola Venn, reiterated his "
                      "call for a ceasefire along the river and left for Osk."))
    assert ("Ola Venn", "a ceasefire along the river") in found, found
