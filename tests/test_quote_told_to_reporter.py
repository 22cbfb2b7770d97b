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


# A definite description inside the reported clause is never the outer speaker: with nobody holding that title
# named before, the description itself speaks ('the minister'), not the one who passes the words on.
LUSK = (
    "Dockers vote on strike\n\n"
    "Union organiser Petra Lusk said on Monday the minister had told her \"there is no more money\".\n"
)
BRINN = (
    "Seafront repairs finished\n\n"
    "Councillor Aled Brinn said the inspector had assured him that \"the pier is sound\".\n"
)
KARR = (
    "Ferry talks\n\n"
    "Harbour Minister Cato Reyes visited the docks on Tuesday.\n\n"
    "Shop steward Ines Karr said the minister had told them \"talks can resume next week\".\n"
)


@pytest.mark.parametrize("page, start, speaker", [
    (LUSK, "there is no more money", "the minister"),  # was 'Petra Lusk' with mention 'the minister'
    (BRINN, "the pier is sound", "the inspector"),  # was 'Aled Brinn'
    (KARR, "talks can resume", "Cato Reyes"),  # the minister named before: still him
])
def test_inner_description_is_not_the_outer_speaker(nlp, page, start, speaker):
    found = quote_runner(nlp)(page)
    assert direct_speaker_of(found, start) == speaker, pairs(found)
