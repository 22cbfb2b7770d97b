"""A readout object that opens on a possessor ('reiterating Dornland’s commitment to X', 'highlighted Dornland’s
efforts in Y'): the parser may hang the possessor on the verb as an object of its own before the thing possessed,
and the statement was cut to the possessor alone ('Dornland’s'); it is the whole phrase
(readout_content.split_possessor). Found on WORK s20-readout-10. The two participle cases failed without it ('Reaffirming
Veltravia’s commitment ...' was cut to 'Veltravia’s', 'Reiterating Dornland’s commitment ...' lost its possessor);
the 'efforts' and 'continued close collaboration' cases, whose parse keeps the phrase whole, are guards that
the split takes nothing from it. All names and places are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs

READOUT = (
    "Readout of the Foreign Minister’s call with the Foreign Minister of Veltravia\n\n"
    "The Foreign Minister of Dornland, Ara Kessel, took a phone call from the Foreign Minister of "
    "Veltravia, Tomas Brenn.\n\n"
    "Reiterating Dornland’s commitment to regional peace, Minister Kessel stated that Dornland was in touch with "
    "its partners. Minister Kessel highlighted Dornland’s efforts in facilitating the evacuation of diplomatic "
    "staff. Minister Brenn pledged Veltravia’s continued close collaboration with Dornland. Reaffirming "
    "Veltravia’s commitment to the partnership, Minister Brenn stated that trade between the two countries would "
    "grow.")


@pytest.fixture(scope="module")
def found(nlp):
    return pairs(indirect_runner(nlp)(READOUT))


@pytest.mark.parametrize("speaker, words", [
    ("Ara Kessel", "Dornland’s commitment to regional peace"),
    ("Tomas Brenn", "Veltravia’s commitment to the partnership"),
])
def test_a_possessor_opens_the_statement(found, speaker, words):
    assert (speaker, words) in found, found


@pytest.mark.parametrize("speaker, words", [
    ("Ara Kessel", "Dornland’s efforts in facilitating the evacuation of diplomatic staff"),
    ("Tomas Brenn", "Veltravia’s continued close collaboration with Dornland"),
])
def test_a_phrase_the_parser_keeps_whole_stays_whole(found, speaker, words):
    assert (speaker, words) in found, found


def test_no_statement_is_the_possessor_alone(found):
    assert not any(text.endswith("’s") for _, text in found), found
