"""Wire and readout English for reported speech (session 19 probes, /work/notes/s19/probes/ind a03, b01): 'opined
that', 'shared that', 'conveyed that' (only with a that-clause: 'shared with him the issues he discussed' is a
topic), 'was of the view that', 'As per the minister, ...'. All names and places are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


@pytest.mark.parametrize("text, speaker, span", [
    ("Union Minister Raghavan Tellicherry on Tuesday opined that the new port would double the state's exports.",
     "Raghavan Tellicherry", "the new port would double the state's exports"),
    ("Raghavan Tellicherry shared that the cabinet had cleared the project last week.",
     "Raghavan Tellicherry", "the cabinet had cleared the project last week"),
    ("Raghavan Tellicherry conveyed that Vindara attaches high importance to its partnership with Tesland.",
     "Raghavan Tellicherry", "Vindara attaches high importance to its partnership with Tesland"),
    ("Opposition leader Meera Dasvanth was of the view that the project would displace thousands of fishermen.",
     "Meera Dasvanth", "the project would displace thousands of fishermen"),
    ("As per Raghavan Tellicherry, the first phase would be completed by 2028.",
     "Raghavan Tellicherry", "the first phase would be completed by 2028"),
])
def test_wire_cues(run, text, speaker, span):
    assert (speaker, span) in pairs(run(text))


def test_share_and_convey_without_a_that_clause_report_nothing(run):
    found = pairs(run("Senator Tom Kellan shared with him the issues he discussed during his visit to Norvia. "
                      "Raghavan Tellicherry shared a video of the flooded road. The images conveyed a sense of chaos."))
    assert found == [], found


def test_as_per_a_rule_is_no_speaker(run):
    assert pairs(run("As per the rules, the vote will be held on Monday.")) == []
