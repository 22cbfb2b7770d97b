"""Who holds the title or issued the document that speaks in reported speech: a person named as 'Spokesman for
the Secretary-General' is not the Secretary-General; a bare 'the minister' is the minister named, not a prime
minister named in what she said; 'In an indictment ..., X was charged' makes X its target, not the issuer of
'the indictment said'. Texts are made up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


BRIEFING = ("Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
            "The following is a near-verbatim transcript of today's noon briefing by Anton Berelli, Spokesman for "
            "the Secretary-General.\n\n"
            "Good afternoon. I have a statement to start off with.\n\n"
            "The first one being on Kestria: following the postponement of the vote, the Secretary-General strongly "
            "urges the Government and the election commission to ensure the new dates are maintained. He welcomes "
            "the commitments by the candidates.\n\n"
            "The Secretary-General urges all national institutions to continue to work with the election "
            "commission.\n\n"
            "Speaking to the media yesterday, the Secretary-General stressed the need to deliver a new model of "
            "humanitarian funding.")


def test_spokesman_for_the_title_is_not_its_holder(run):
    got = run(BRIEFING, "indirect")
    assert speaker_of(got, "all national institutions") != "Anton Berelli"
    assert speaker_of(got, "the need to deliver") != "Anton Berelli"


def test_bare_minister_is_not_the_prime_minister_she_mentions(run):
    got = run("Budget praised\n\n"
              "Minister for Planning, Trade and Rural Development, Ms Lenora Vashti on Friday said the provincial "
              "government has presented a historic budget in line with the vision of former Prime Minister Tomas "
              "Gredd.\n\n"
              "Talking to media outside the assembly, the minister said relief had been provided to low-income "
              "families through various measures.", "indirect")
    assert speaker_of(got, "relief had been provided") == "Lenora Vashti"


def test_defendant_of_an_indictment_is_not_its_issuer(run):
    got = run("Indicting Marcus Velloway, prosecutors show link between aides\n\n"
              "WASHINGTON - A top campaign official dispatched Marcus Velloway, a longtime adviser to Governor Ada "
              "Prenn, to get information about the payments, according to an indictment.\n\n"
              "In an indictment filled with details about secret meetings and angry texts, Mr. Velloway was charged "
              "with seven counts, including obstruction.\n\n"
              "Mr. Velloway told a business partner he should \"keep quiet\" before the committee, the indictment "
              "said, a reference to an old film character.", "indirect")
    assert speaker_of(got, "Mr. Velloway told a business partner") != "Marcus Velloway"
