"""A party word standing for one person ('the panel's top Democrat, Sen. X', 'the committee's senior
Republican', 'The billionaire ex-Democrat') is that person, not the party."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_party_word_with_the_name_in_apposition(run):
    got = pairs(run("The bill will reach the floor next week, according to the panel's top Republican, "
                    "Sen. Walter Brenning of Ohio."))
    assert got and got[0][0] == "Walter Brenning"


def test_party_word_for_the_person_named_just_before(run):
    got = pairs(run("Senator Maria Velde spoke for an hour on Monday. The veteran Democrat said that the budget "
                    "would cut school funding."))
    assert ("Maria Velde", "the budget would cut school funding") in got


def test_party_word_in_a_lede_is_not_the_party(run):
    got = pairs(run("The committee's senior Democrat said on Tuesday that the hearings would resume in March."))
    assert got and got[0][0] not in ("Democrat", "Democrats", None)


def test_the_party_itself_still_speaks(run):
    got = pairs(run("Democrats said the plan would raise taxes on the middle class."))
    assert got and got[0][0] == "Democrats"


def test_every_member_of_a_party_is_no_one_person(run):
    got = pairs(run("Senator Maria Velde spoke for an hour on Monday. Every Republican on the committee demanded "
                    "that the chairman step down."))
    assert got and got[0][0] not in ("Maria Velde", "Republican"), got


def test_a_party_named_in_the_plural_is_the_party(nlp):
    from quote_helpers import quote_runner, speaker_of
    got = quote_runner(nlp)("Chancellor Ada Brenning is in the driving seat after the vote. Her negotiators may sound "
                            "out the Greens, who said \"no way\" before the election.")
    assert speaker_of(got, "no way") == "Greens"


def test_a_singular_party_word_is_still_the_person(nlp):
    from quote_helpers import quote_runner, speaker_of
    got = quote_runner(nlp)("Senator Walter Brenning spoke first at the hearing. The Ohio Republican said \"we will "
                            "not back down\" on the bill.")
    assert speaker_of(got, "we will not") == "Walter Brenning"
