"""Modality that the guards used to let through (issue #4, session 7): a warning whose that-clause
forecasts what someone or something else will do or is, and the plain negation of letting,
committing and backing, are no events; a warning of what the warner's side will do and a
refusal with "will"/"would" still are. Sentences written for this test."""
from __future__ import annotations

import pytest

from event_helpers import events_of


def _codes(nlp, text):  # the fictional countries resolve through the fixture
    return [e.cameo for e in events_of(nlp, text)]


@pytest.mark.parametrize("text", [
    "Valdorian officials warned that such an agreement would let Kestria build a bomb.",
    "The central bank governor warned that the pension fund will run dry by 2040.",
    "Aid agencies warned that the drought is the worst in decades.",
])
def test_forecast_warnings_are_no_threat(nlp, fictional_countries, text):
    assert not any(c.startswith("13") for c in _codes(nlp, text))


@pytest.mark.parametrize("text", [
    "Valdoria warned that it will retaliate if Kestria moves troops to the border.",
    "Kestria warned that there will be consequences for any incursion.",
    "The Valdorian president warned Kestria against sending troops to the border.",
    # told to a named party
    "The Valdorian foreign minister warned Kestria that the Valdorian army would close the border.",
    # a hostile act warned of is a threat whoever does it
    "The Kestrian interior minister warned that police will no longer tolerate rallies by the opposition.",
])
def test_warnings_of_own_action_stay_threats(nlp, fictional_countries, text):
    assert any(c.startswith("13") for c in _codes(nlp, text))


@pytest.mark.parametrize("text", [
    "Kestria does not allow foreign observers at its elections.",
    "The Valdorian government has not committed to any cuts so far.",
    "The Kestrian prime minister is not backing down.",
])
def test_plain_negation_of_letting_committing_backing_is_no_refusal(nlp, fictional_countries, text):
    assert not any(c.startswith("12") for c in _codes(nlp, text))


@pytest.mark.parametrize("text", [
    "Kestria will not allow foreign observers at its elections.",
    "The Valdorian government said it would not commit troops to the mission.",
    "Valdoria did not accept the Kestrian offer.",
])
def test_refusals_with_will_would_or_other_verbs_stay(nlp, fictional_countries, text):
    assert any(c.startswith("12") for c in _codes(nlp, text))


def test_warning_guard_reads_the_clause_subject(nlp):
    from newsgraph.extract.event_filters import forecast_warning

    doc = nlp("The minister warned that the treaty would collapse.")
    assert forecast_warning(doc[2], None)
    doc = nlp("The minister warned that we would leave the treaty.")
    assert not forecast_warning(doc[2], None)
