"""Groups a readout names in the subject: 'The presidents of Dravonia and Kestland, Corentin Asbury and Nessa Quorl,
agreed ...' are the people listed after the subject's comma (speaker_groups.listed_people), two or more, also in a
headline paragraph (where a description would otherwise be named from below); and 'they' of a relative clause on
what 'X discussed with Y and Z' names ('..., where they all agreed that ...') are X, Y and Z
(readout_participants._talked_with). All names and places are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, speaker_of

LISTED = (
    "Asbury, Quorl agree to expand trade\n\n"
    "The presidents of Dravonia and Kestland, Corentin Asbury and Nessa Quorl, agreed on Monday to expand trade and "
    "open a second border crossing.\n\n"
    "The two heads of state also condemned the attack on the Kestland consulate in Vell last week.")

THREE = (
    "The leaders of Marrovia, Kestland and Pellina, Halvard Brenske, Nessa Quorl and Ysolde Farrang, said on Sunday "
    "that the summit had been a success.")

ALL_AGREED = (
    "President Omar Talvi received Chancellor Rurik Stenmark and Prime Minister Marit Osgaard in Port Selim on "
    "Sunday.\n\n"
    "Talvi discussed with Stenmark and Osgaard the situation in the Ostra basin, where they all agreed that only a "
    "political settlement could end the fighting.")


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


@pytest.mark.parametrize("text, start, speaker", [
    (LISTED, "to expand trade", "Corentin Asbury and Nessa Quorl"),
    (LISTED, "the attack on the Kestland consulate", "Corentin Asbury and Nessa Quorl"),
    (THREE, "the summit had been", "Halvard Brenske, Nessa Quorl and Ysolde Farrang"),
    (ALL_AGREED, "only a political settlement", "Omar Talvi, Rurik Stenmark and Marit Osgaard"),
])
def test_group_speakers_a_readout_names(run, text, start, speaker):
    found = run(text)
    assert speaker_of(found, start) == speaker, [(q.speaker.name if q.speaker else None, q.text) for q in found]
