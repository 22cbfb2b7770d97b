"""An appeal with its addressee in a preposition phrase: 'appealed to X to Y', 'calls upon X to Y' state X with Y, as
'urged X to Y' and 'called on X to Y' do (the rules' directive cues), not Y alone. All names and places are
fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs

STATEMENT = (
    "Statement by the Chairperson of the Commission on the situation in Sudara\n\n"
    "The Chairperson of the Commission, Dr. Amina Roble, is watching the unrest in Sudara with growing alarm.\n\n"
    "She also appealed to the police to stop using live rounds against marchers.\n\n"
    "The High Envoy appealed to all parties to resume the talks in Tarnholm without preconditions.\n\n"
    "The High Envoy calls upon President Ivo Marran to hand over power peacefully to his elected successor.\n\n"
    "The High Envoy further calls upon all Sudarans to respect the ruling of the electoral court.")


@pytest.fixture(scope="module")
def found(nlp):
    return indirect_runner(nlp)(STATEMENT)


@pytest.mark.parametrize("text", [
    "the police to stop using live rounds against marchers",
    "all parties to resume the talks in Tarnholm without preconditions",
    "President Ivo Marran to hand over power peacefully to his elected successor",
    "all Sudarans to respect the ruling of the electoral court",
])
def test_addressee_and_deed(found, text):
    assert any(q.text == text for q in found), pairs(found)
