"""An appeal with its addressee in a preposition phrase: 'appealed to X to Y', 'calls upon X to Y' state X with Y, as
'urged X to Y' and 'called on X to Y' do (the rules' directive cues), not Y alone. All names and places are
fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs

STATEMENT = (
    "Statement by the Chairperson of the Commission on the situation in Sudara\n\n"
    "The Chairperson of the Commission, Dr. Amina Roble, is following with concern the political situation in "
    "Sudara.\n\n"
    "She also appealed to the security forces to exercise maximum restraint.\n\n"
    "The Secretary-General appealed to all parties to return to the negotiating table without preconditions.\n\n"
    "The Secretary-General calls upon President Ivo Marran to cooperate in a smooth political transition.\n\n"
    "The Secretary-General also calls upon all Sudarans to accept the certified outcome.")


@pytest.fixture(scope="module")
def found(nlp):
    return indirect_runner(nlp)(STATEMENT)


@pytest.mark.parametrize("text", [
    "the security forces to exercise maximum restraint",
    "all parties to return to the negotiating table without preconditions",
    "President Ivo Marran to cooperate in a smooth political transition",
    "all Sudarans to accept the certified outcome",
])
def test_addressee_and_deed(found, text):
    assert any(q.text == text for q in found), pairs(found)
