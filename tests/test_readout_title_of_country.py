"""A readout's title subject written with a country ('The Kestland president', 'The Dravonian president', 'The
President of Kestland') stands for the person the page names with that office before the name and the country in
an 'of' phrase after it ('President Nessa Quorl of Kestland', '... of the Republic of Kestland'), not for the
subject of the sentence before. All names and places are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, speaker_of

CALL = (
    "President Corentin Asbury of Dravonia spoke by phone with President Nessa Quorl of Kestland on Wednesday.\n\n"
    "The Dravonian president congratulated Quorl on her re-election.\n\n"
    "The Kestland president thanked Asbury for his message and invited him to visit Kestland.")

MEETING = (
    "Prime Minister Tobiah Renwick of Pellina met President Ysolde Farrang of the Republic of Kestland in Saro on "
    "Monday.\n\n"
    "The President of Kestland welcomed Pellina's decision to reopen its embassy in Vell.\n\n"
    "The Pellinan prime minister said his government would double its scholarships for Kestland students.\n\n"
    "The Kestland President also called for an early meeting of the joint trade commission.")


@pytest.fixture(scope="module")
def found(nlp):
    run = indirect_runner(nlp)
    return run(CALL) + run(MEETING)


@pytest.mark.parametrize("start, speaker", [
    ("Quorl on her re-election", "Corentin Asbury"),
    ("Asbury for his message", "Nessa Quorl"),
    ("him to visit Kestland", "Nessa Quorl"),
    ("Pellina's decision", "Ysolde Farrang"),
    ("his government would double", "Tobiah Renwick"),
    ("an early meeting", "Ysolde Farrang"),
])
def test_title_with_country_is_the_holder_of_that_country(found, start, speaker):
    assert speaker_of(found, start) == speaker, [(q.speaker.name if q.speaker else None, q.text) for q in found]
