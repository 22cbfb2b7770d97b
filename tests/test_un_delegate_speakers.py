"""UN meetings coverage: 'Name (Country), Council President for <month>, outlining the month's agenda at
Headquarters today, said ...'. The person named before the bracketed delegation speaks, not the country
the parser may make the head of the phrase, nor a place in the participle phrase before the cue. A body with its
acronym in brackets keeps its own name. People are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs, speaker_of

PAGE = (
    "Council President outlines month's agenda\n\n"
    "Tomas Ferran-Oddi (Kestria), Council President for March, outlining the month's agenda at Headquarters "
    "today, said a session on fisheries matters greatly to his delegation.\n\n"
    "Ilse Marr-Teodor (Norland), Security Council President this month, setting out the schedule of meetings at "
    "Headquarters on Monday, said an open debate on drought would be a priority for her delegation.\n\n"
    "Kamal Idris-Baro (Sudara), speaking on behalf of the African Group, said the Council must address the root "
    "causes of conflict.\n\n"
    "The Ministry of Foreign Affairs (MFA) said the talks would resume next week.")


@pytest.fixture(scope="module")
def found(nlp):
    return indirect_runner(nlp)(PAGE)


@pytest.mark.parametrize("start,speaker", [
    ("a session on fisheries", "Tomas Ferran-Oddi"),
    ("an open debate on drought", "Ilse Marr-Teodor"),
    ("the Council must address", "Kamal Idris-Baro"),
    ("the talks would resume", "Ministry of Foreign Affairs"),
])
def test_delegate_speaks(found, start, speaker):
    assert speaker_of(found, start) == speaker, pairs(found)


def test_country_head_gives_the_name(nlp):
    from newsgraph.extract.speaker_repairs import glossed_name
    doc = nlp("Tomas Ferran-Oddi (Kestria), Council President for March, outlining the month's agenda at "
              "Headquarters today, said a session on fisheries matters greatly to his delegation.")
    country = next(t for t in doc if t.text == "Kestria")
    assert glossed_name(country).text == "Oddi"


def test_body_the_tagger_missed_is_no_glossed_name(nlp):
    from newsgraph.extract.speaker_repairs import glossed_name

    doc = nlp("Kelso Port Authority (Norland) said the harbour would reopen on Monday.")
    doc.ents = []  # the tagger missed the ORG: 'Authority' is a proper noun with no entity type
    inner = doc[4]
    assert inner.text == "Norland"
    assert glossed_name(inner) is inner  # a body's head word is no person named before a gloss
    doc = nlp("Hugo Paz-Cuadra (Norland), Security Council President for July, said the meeting would open.")
    doc.ents = []
    assert glossed_name(doc[5]).text == "Cuadra"  # a name with no entity type still gives the name
