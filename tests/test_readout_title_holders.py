"""A readout's bare title stands for the person the page names with it, also where the page writes the title before
a comma and the name ('the Chancellor of Veldania, Rurik Stenmark', 'The Secretary-General of the Northern Council,
Marit Osgaard, met ...'), with a country adjective the data files do not know ('The Veldanian chancellor' for 'the
Chancellor of Veldania, X'; 'The Quessan president' for "Quessa's President X"), and for a 'She' after a titled
subject that names its holder in apposition. All names, places and events are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs, quote_runner

APPOSITION = (
    "Readout of the Secretary-General's meeting with Prime Minister Ilka Verranen of Orsolia\n\n"
    "The Secretary-General of the Northern Council, Marit Osgaard, met with H.E. Ms. Ilka Verranen, Prime Minister "
    "of Orsolia.\n\n"
    "She thanked Orsolia for its contribution to the Council's monitoring missions and highlighted the cooperation "
    "between the Orsolian government and the Council on flood defences.\n\n"
    "The Secretary-General welcomed Orsolia's role in fostering regional unity. "
    'The Secretary-General commended Prime Minister Verranen\'s "measured and firm response" to the floods.')

DEMONYM = (
    "President Anwel Dorsak of Tamberland held talks in Drevna on Monday with the Chancellor of Veldania, Rurik "
    "Stenmark, the Tamberland Presidency said in a statement.\n\n"
    "President Dorsak welcomed the reopening of the Ambra crossing.\n\n"
    "The Veldanian chancellor stressed that his government would open a new consulate in the port city of Ambra.")


@pytest.fixture(scope="module")
def found(nlp):
    return pairs(indirect_runner(nlp)(APPOSITION)) + pairs(indirect_runner(nlp)(DEMONYM))


@pytest.mark.parametrize("start, speaker", [
    ("Orsolia for its contribution", "Marit Osgaard"),
    ("the cooperation between the Orsolian government", "Marit Osgaard"),
    ("Orsolia's role in fostering", "Marit Osgaard"),
    ("Prime Minister Verranen's", "Marit Osgaard"),
    ("his government would open", "Rurik Stenmark"),
])
def test_a_title_is_its_holder(found, start, speaker):
    hits = [s for s, c in found if c.startswith(start)]
    assert hits and hits[0] == speaker, found


def test_a_partial_quote_of_a_title_is_its_holders(nlp):
    quoted = [q for q in quote_runner(nlp)(APPOSITION) if q.kind in ("direct", "partial")]
    assert [q.speaker.name for q in quoted if q.text.startswith("measured and firm")] == ["Marit Osgaard"], quoted
