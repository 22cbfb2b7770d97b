"""Speakers the parse hides (session 21, spk). 'Mr. X' is not the woman of the same surname the article names in
full ('the first lady, Marissa X'), even when the man himself is never named in full: with no man of that surname to
join, 'Mr. X' is a person of his own, so a later 'he wrote' finds him and not the aide named in between. A closing
participle the parser tied to the main verb ('X opposed the invitation for Y to visit ..., saying ...') is X's, not
the subject of a clause inside the object. Hand-written text, fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import direct_speaker_of, quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


TEXT = ("Halvorsen Lashes Out at Critics and Senators\n\nWASHINGTON - President Halvorsen assailed senators and a talk "
        "show host on Wednesday in his latest posts.\n\nIn a statement later in the day, the first lady, Marissa "
        "Halvorsen, questioned the host's judgment. \"As a mother, that attack is very disturbing,\" she said.\n\n"
        "Mr. Halvorsen also lashed out at senators whom he accused of blocking the inquiry. Shortly after a segment "
        "reporting that senators no longer want to hear from Dale Pruitt, a onetime Halvorsen aide, Mr. Halvorsen "
        "wrote that it was all part of a \"smear\" against him.\n\n\"So now it is reported that the senators don't "
        "want him to testify,\" he wrote.\n")


def test_mr_is_not_the_first_lady(run):
    quotes = run(TEXT)
    assert direct_speaker_of(quotes, "So now it is reported") == "Halvorsen"
    assert direct_speaker_of(quotes, "As a mother") == "Marissa Halvorsen"


def test_a_closing_participle_tied_to_the_main_verb(run):
    text = ("Minister rejects visit\n\nForeign Minister Lin Hao also opposed Kestria's invitation for Ota to visit for "
            "the opening of a rail line involving Norlandic technology, saying Vell is against \"separatist "
            "activities under any excuse.\"\n\nMr Dorn talked about people who receive benefits, claiming that "
            "\"most of them want to work.\"\n\nRuda's remarks came as Ms Orvell turned down an invitation to meet "
            "privately with union leaders during her visit, saying such a session could \"deepen the sense of "
            "division\" around the talks.\n")
    quotes = run(text)
    assert direct_speaker_of(quotes, "deepen the sense") == "Orvell"  # the clause before the noun's, not Ruda
    assert direct_speaker_of(quotes, "separatist activities") == "Lin Hao"  # not Ota, inside the object
    assert direct_speaker_of(quotes, "most of them want") == "Dorn"  # the noun clause's holder, as before
