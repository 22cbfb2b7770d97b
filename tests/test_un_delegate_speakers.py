"""UN meetings coverage: 'Name (Country), Security Council President for July, outlining the month's programme of
work at Headquarters today, said ...'. The person named before the bracketed delegation speaks, not the country
the parser may make the head of the phrase, nor a place in the participle phrase before the cue. A body with its
acronym in brackets keeps its own name. People are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs, speaker_of

PAGE = (
    "Council President outlines programme of work\n\n"
    "Hugo Paz-Cuadra (Peru), Security Council President for July, outlining the month's programme of work at "
    "Headquarters today, said a debate on piracy is of particular importance for his country.\n\n"
    "Arturo Vela-Cuadra (Peru), Security Council President for August, outlining the month's programme of work at "
    "Headquarters today, said a debate on water is of particular importance for his country.\n\n"
    "Kamal Idris-Baro (Sudara), speaking on behalf of the African Group, said the Council must address the root "
    "causes of conflict.\n\n"
    "The Ministry of Foreign Affairs (MFA) said the talks would resume next week.")


@pytest.fixture(scope="module")
def found(nlp):
    return indirect_runner(nlp)(PAGE)


@pytest.mark.parametrize("start,speaker", [
    ("a debate on piracy", "Hugo Paz-Cuadra"),
    ("a debate on water", "Arturo Vela-Cuadra"),
    ("the Council must address", "Kamal Idris-Baro"),
    ("the talks would resume", "Ministry of Foreign Affairs"),
])
def test_delegate_speaks(found, start, speaker):
    assert speaker_of(found, start) == speaker, pairs(found)


def test_country_head_gives_the_name(nlp):
    from newsgraph.extract.speaker_repairs import glossed_name
    doc = nlp("Hugo Paz-Cuadra (Peru), Security Council President for July, outlining the month's programme of "
              "work at Headquarters today, said a debate on piracy is of particular importance for his country.")
    peru = next(t for t in doc if t.text == "Peru")
    assert glossed_name(peru).text == "Cuadra"
