"""'went on to praise X for Y': the parser reads the infinitive after the phrasal 'go on' as a purpose clause,
which the 'purpose' filter drops for cues taking an object ('to pressure the president'); after 'go on' it is what
the subject did next, reported speech like 'praised X for Y'. A real purpose ('travelled to X to praise ...') is
still left out. All names and places are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


@pytest.mark.parametrize("text, speaker, report", [
    ("Senator Paula Grell opened with a joke about the weather. She then went on to praise the mayor for keeping "
     "the harbour open through the winter.",
     "Paula Grell", "the mayor for keeping the harbour open through the winter"),
    ("Senator Paula Grell went on to accuse the governor of hiding the true cost of the bridge.",
     "Paula Grell", "the governor of hiding the true cost of the bridge"),
    ("Later in the evening, Senator Paula Grell went on to criticize the transport board for delaying the rail "
     "link.", "Paula Grell", "the transport board for delaying the rail link"),
])
def test_went_on_to_reports(run, text, speaker, report):
    got = pairs(run(text))
    assert (speaker, report) in got, got


@pytest.mark.parametrize("text", [
    "Senator Paula Grell travelled to Orvale on Monday to praise the workers who rebuilt the pier.",
    "The governor, Ivo Dane, went to the harbour to accuse the contractors of delays.",
])
def test_a_purpose_is_no_report(run, text):
    assert run(text) == []
