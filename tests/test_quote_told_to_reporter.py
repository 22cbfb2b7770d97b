"""'X said Y had told him "..."': words said to the one who passes them on are the inner speaker's; 'X said he had
told Y "..."' and 'X said Y had called Z "..."' keep their readings; fictional text."""
from __future__ import annotations

import pytest

from quote_helpers import direct_speaker_of, pairs, quote_runner

PAGE = (
    "Mediator upbeat on truce\n\n"
    "Foreign Minister Halvard Teig said on Tuesday that rebel commander Osric Vane had told him \"we are ready to "
    "sit down tomorrow\".\n\n"
    "Teig added that Vane had assured him that \"no new offensive is planned\".\n\n"
    "Mr Teig said he had told Vane \"the world is watching\".\n"
)


@pytest.fixture(scope="module")
def found(nlp):
    return quote_runner(nlp)(PAGE)


@pytest.mark.parametrize("start, speaker", [
    ("we are ready", "Osric Vane"),  # was 'Halvard Teig' (the outer cue)
    ("no new offensive", "Osric Vane"),
    ("the world is watching", "Halvard Teig"),  # Teig told Vane: Teig's words
])
def test_words_told_to_the_reporter(found, start, speaker):
    assert direct_speaker_of(found, start) == speaker, pairs(found)
