"""A 'by' phrase the parser makes the agent of an active verb ('... and called for restraint by all parties') names
who should do what was called for, not who spoke: only a passive verb's agent speaks ('was criticised by X').
All names and places are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs

TEXT = (
    "Foreign Minister Idris Velkamp held talks with his Pellinan counterpart Mireille Tovak in Saro on Tuesday.\n\n"
    "Velkamp reiterated Marrovia's firm opposition to any unilateral change of the status quo in the Selva strait, "
    "and called for restraint by all parties.")


@pytest.fixture(scope="module")
def found(nlp):
    return pairs(indirect_runner(nlp)(TEXT))


def test_active_verb_agent_is_no_speaker(found):
    speakers = {speaker for speaker, text in found if text.startswith("restraint")}
    assert speakers == {"Idris Velkamp"}, found


def test_passive_agent_still_speaks(nlp):
    text = ("The plan was criticised by opposition leader Anwen Kessler as a giveaway to landlords. The minister was "
            "accused by union leader Orla Brant of breaking his promise.")
    assert [s for s, _ in pairs(indirect_runner(nlp)(text))] == ["Anwen Kessler", "Orla Brant"]
