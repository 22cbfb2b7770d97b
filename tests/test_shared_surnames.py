"""A bare surname two people share, and a surname written with and without its accents. 'Park said' after
'Trade Minister Park Sol-yun made the remarks' and 'after opposition leader Park Dae-rim accused ...' (one
mention each) is the minister, who headed a main clause, not the latest named; 'Demirkas told reporters' after
'Foreign Minister Ayla Demirkaş said' and 'Arvídez said' after 'Jose Arvidez, the regional president,' are the
person named above; a full name the tagger reads as a body or place once and as a person as often elsewhere
("Israel Okonkwo responds ...") is the person. Hand-written texts, fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import direct_speaker_of, quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_a_bare_surname_goes_to_the_main_clause_subject(run):
    text = ("Trade chief urges calm over tariffs\n\nHANSEON, March 4 (Norpress) -- Daeryeo's trade minister said "
            "Monday the country would seek talks over the new tariffs. Trade Minister Park Sol-yun made the remarks "
            "at a meeting with exporters in Hanseon. The talks come after opposition leader Park Dae-rim accused "
            "the government of reacting too slowly.\n\n\"We will respond firmly but calmly to protect our "
            "exporters,\" Park said.\n")
    assert direct_speaker_of(run(text), "We will respond") == "Park Sol-yun"


def test_a_bare_surname_after_an_apposition_subject(run):
    text = ("Ministers split on rail plan\n\nTransport Minister Kim Tae-rok said on Friday the rail link would be "
            "finished by 2030.\n\nHis deputy, Kim Soo-ra, told reporters she had doubts about the budget.\n\n"
            "\"The money is simply not there yet,\" Kim said.\n")
    assert direct_speaker_of(run(text), "The money") == "Kim Soo-ra"


def test_a_surname_without_its_accents(run):
    text = ("KARSEL (Reuters) - Velmor Foreign Minister Ayla Demirkaş said on Sunday that Karsel would host the "
            "next round of talks.\n\n\"We are ready to host both delegations in Tesvik,\" Demirkas told "
            "reporters.\n")
    assert direct_speaker_of(run(text), "We are ready") == "Ayla Demirkaş"


def test_a_surname_with_its_accents(run):
    text = ("SALVERA (AP) -- Jose Arvidez, the regional president, said the vote would go ahead.\n\n\"Nobody will "
            "stop the people from voting,\" Arvídez said on Thursday.\n")
    assert direct_speaker_of(run(text), "Nobody will") == "Jose Arvidez"


def test_a_full_name_typed_as_a_body_is_the_person(nlp):
    from newsgraph.extract.actors import extract_entities

    text = ("Live: council results\n\nIsrael Okonkwo, the party leader, said the result was a disappointment.\n\n"
            "Israel Okonkwo responds to the scenes at the count in Brackton earlier.\n")
    index = extract_entities(nlp(text))
    second = text.rindex("Israel Okonkwo")
    ent = index.at_char(second, second + len("Israel Okonkwo"))
    assert ent is not None and ent.type == "PERSON" and len(ent.mentions) == 2
