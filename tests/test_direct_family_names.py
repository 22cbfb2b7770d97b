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


TEXT = ("Halvorsen Rails Against Broadcaster and Lawmakers\n\nORVA CITY - Governor Halvorsen attacked lawmakers and "
        "a radio commentator on Thursday in a string of online posts.\n\nIn remarks issued that evening, the "
        "governor's wife, Marissa Halvorsen, criticised the commentator's tone. \"As a parent, I find that deeply "
        "upsetting,\" she said.\n\nMr. Halvorsen also went after lawmakers he blamed for stalling the probe. Soon "
        "after a report that lawmakers had dropped plans to call Dale Pruitt, a former Halvorsen adviser, Mr. "
        "Halvorsen wrote that the whole affair was a \"witch hunt\" aimed at him.\n\n\"Now we hear the lawmakers "
        "have decided they don't need him after all,\" he wrote.\n")


def test_mr_is_not_the_first_lady(run):
    quotes = run(TEXT)
    assert direct_speaker_of(quotes, "Now we hear the lawmakers") == "Halvorsen"
    assert direct_speaker_of(quotes, "As a parent") == "Marissa Halvorsen"


def test_a_closing_participle_tied_to_the_main_verb(run):
    text = ("Minister rejects visit\n\nForeign Minister Lin Hao also opposed Kestria's invitation for Ota to come for "
            "the launch of a power plant built with Norlandic equipment, saying Vell is against \"splittist moves "
            "under any pretext.\"\n\nMr Dorn talked about people who receive benefits, claiming that \"most of "
            "them want to work.\"\n\nRuda's comments came as Ms Orvell declined an offer to sit down in private "
            "with farm groups on her tour, saying such a meeting could \"widen the rift\" over the "
            "negotiations.\n")
    quotes = run(text)
    assert direct_speaker_of(quotes, "widen the rift") == "Orvell"  # the clause before the noun's, not Ruda
    assert direct_speaker_of(quotes, "splittist moves") == "Lin Hao"  # not Ota, inside the object
    assert direct_speaker_of(quotes, "most of them want") == "Dorn"  # the noun clause's holder, as before
