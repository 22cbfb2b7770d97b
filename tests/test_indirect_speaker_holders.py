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


def test_lede_description_is_the_person_quoted_next_without_a_title(run):
    got = run("Norland says new sanctions on Kestria needed soon\n\n"
              "PAPHOS, Cyprus, Sept 7 (Reuters) - The European Union should impose a new round of sanctions against "
              "Kestria soon, possibly within weeks, because of its lack of cooperation in talks, Norland's foreign "
              "minister said on Friday.\n\n"
              "\"Sanctions are necessary and soon,\" Jorund Alvik told Reuters on the sidelines of a meeting of EU "
              "foreign ministers.", "indirect")
    assert speaker_of(got, "The European Union should impose") == "Jorund Alvik"


def test_lede_description_keeps_its_words_when_another_office_speaks_next(run):
    got = run("Kestria rejects border claim\n\n"
              "ORVA, May 12 (Xinhua) -- Kestria rejects any claim to the disputed border region, the government "
              "spokesman said on Monday.\n\n"
              "\"The border was settled decades ago,\" Health Minister Ana Pell said separately, adding that clinics "
              "in the area stay open.", "indirect")
    assert speaker_of(got, "Kestria rejects any claim") != "Ana Pell"


def test_they_is_the_plural_subject_not_the_bodies_accused(run):
    got = run("Varda MPs accuse Norland of 'plot'\n\n"
              "Two leading Vardan MPs have accused the Norland Foreign Office, the KSI and a senator of a plot to "
              "damage the government of President Ilo Brant.\n\n"
              "They said there had been a conspiracy to turn last week's elections into a fiasco.", "indirect")
    assert "MPs" in speaker_of(got, "there had been a conspiracy")


def test_plural_lede_description_is_not_one_person_quoted_below(run):
    got = run("Rivals round on front-runner\n\n"
              "DENVER, Oct 2 (AP) - The front-runner should step down after his remarks about the shooting, the "
              "other candidates in the race said on Monday.\n\n"
              "\"He is not fit for this office,\" Dana Ruell told reporters at a rally in the city.", "indirect")
    assert speaker_of(got, "The front-runner should step down") != "Dana Ruell"
