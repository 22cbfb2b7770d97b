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


BRIEFING = ("Noon Briefing of the Office of the Spokesperson for the Secretary-General\n\n"
            "Below is a near-verbatim record of today's midday briefing given by Anton Berelli, Spokesman for "
            "the Secretary-General.\n\n"
            "Hello, everyone. Let me begin with a statement.\n\n"
            "It concerns Kestria: after the delay to the ballot, the Secretary-General firmly calls on the "
            "authorities and the electoral board to make sure the revised timetable holds. He applauds the pledges "
            "made by the parties.\n\n"
            "The Secretary-General urges every state body to keep cooperating with the electoral board.\n\n"
            "In remarks to journalists on Tuesday, the Secretary-General underlined the need to find fresh ways of "
            "paying for relief work.")


def test_spokesman_for_the_title_is_not_its_holder(run):
    got = run(BRIEFING, "indirect")
    assert speaker_of(got, "every state body") == "The Secretary-General"
    assert speaker_of(got, "the need to find fresh ways") == "the Secretary-General"


def test_bare_minister_is_not_the_prime_minister_she_mentions(run):
    got = run("Provincial plan welcomed\n\n"
              "Minister for Planning, Trade and Rural Development, Ms Lenora Vashti on Friday said the regional "
              "cabinet has unveiled a landmark spending plan that follows the ideas of former Prime Minister Tomas "
              "Gredd.\n\n"
              "Speaking to journalists outside the chamber, the minister said support had reached poorer "
              "households through several schemes.", "indirect")
    assert speaker_of(got, "support had reached") == "Lenora Vashti"


def test_defendant_of_an_indictment_is_not_its_issuer(run):
    got = run("Velloway charged, filing details ties among aides\n\n"
              "RIVERTON - A senior campaign figure sent Marcus Velloway, a veteran aide to Governor Ada Prenn, to "
              "gather details about the transfers, according to an indictment.\n\n"
              "In an indictment packed with accounts of late-night calls and heated messages, Mr. Velloway was "
              "charged on five counts, among them perjury.\n\n"
              "Mr. Velloway told a friend he should \"say nothing\" to the panel, the indictment said, an allusion "
              "to a character in a cartoon.", "indirect")
    assert speaker_of(got, "Mr. Velloway told a friend") == "the indictment"


def test_lede_description_is_the_person_quoted_next_without_a_title(run):
    got = run("Norland wants quick penalties on Kestria\n\n"
              "ORVA, Norland, March 3 (Reuters) - The Varda Union must agree further penalties on Kestria quickly, "
              "perhaps this month, since it has stalled the negotiations, Norland's foreign minister said on "
              "Tuesday.\n\n"
              "\"Penalties are needed and fast,\" Jorund Alvik told Reuters at the margins of a gathering of Union "
              "envoys.", "indirect")
    assert speaker_of(got, "The Varda Union must agree") == "Jorund Alvik"


def test_lede_description_keeps_its_words_when_another_office_speaks_next(run):
    got = run("Kestria rejects border claim\n\n"
              "ORVA, May 12 (Xinhua) -- Kestria rejects any claim to the disputed border region, the government "
              "spokesman said on Monday.\n\n"
              "\"The border was settled decades ago,\" Health Minister Ana Pell said separately, adding that clinics "
              "in the area stay open.", "indirect")
    assert speaker_of(got, "Kestria rejects any claim") == "the government spokesman"


def test_they_is_the_plural_subject_not_the_bodies_accused(run):
    got = run("Varda MPs accuse Norland of 'plot'\n\n"
              "Two senior Vardan MPs have charged the Norland Foreign Office, the KSI and a senator with scheming "
              "to topple the cabinet of President Ilo Brant.\n\n"
              "They said there was a scheme to wreck the vote held last month.", "indirect")
    assert speaker_of(got, "there was a scheme") == "Vardan MPs"


def test_plural_lede_description_is_not_one_person_quoted_below(run):
    got = run("Rivals round on front-runner\n\n"
              "DENVER, Oct 2 (AP) - The front-runner should step down after his remarks about the shooting, the "
              "other candidates in the race said on Monday.\n\n"
              "\"He is not fit for this office,\" Dana Ruell told reporters at a rally in the city.", "indirect")
    assert speaker_of(got, "The front-runner should step down") == "the other candidates in the race"
