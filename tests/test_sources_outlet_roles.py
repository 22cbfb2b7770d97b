"""Outlets in roles the other judges do not read (extract/source_outlet_roles.py): claims a paper published ('a
welter of allegations in the Sunday Telegraph', 'the claims made in the Observer') credit the paper; a station
that is a place ('the bus station', 'the fire station') and a lower-case group after 'according to' ('according
to the rights group') are no sources. Fictional people, places and events."""
from __future__ import annotations

import pytest

from source_helpers import sources

OTHER = "https://www.kelvar-courier.example/news/item-881"


def names(nlp, text, url=OTHER):
    return [name for name, _ in sources(nlp, text, url=url, quotes=True)]


@pytest.mark.parametrize("text, outlet", [
    ("Housing minister Odran Pelly now faces a welter of allegations in the Sunday Telegraph over a second flat.",
     "Telegraph"),
    ("Revelations in the Guardian last week showed that an aide had met the builder twice.", "Guardian"),
    ("Pelly has rejected the claims made in the Observer about his garden bill.", "Observer"),
    ("Disclosures in the Financial Times about the deal prompted calls for a review.", "Financial Times"),
    ("The row began with a story in the Daily Mirror about the party's donors.", "Mirror"),
])
def test_claims_a_paper_published_credit_the_paper(nlp, text, outlet):
    assert any(outlet in name for name in names(nlp, text))


@pytest.mark.parametrize("text", [
    "Pelly placed an advert in the Guardian for a new press officer.",
    "Pelly once worked as a sub-editor at the Observer in the 1990s.",
])
def test_a_paper_only_mentioned_is_no_source(nlp, text):
    assert names(nlp, text) == []


def test_claims_in_the_page_own_paper_are_its_own_reporting(nlp):
    text = "Pelly has rejected the claims made in the Observer about his garden bill."
    assert names(nlp, text, url="https://www.theguardian.com/politics/2025/mar/02/x") != []  # the Observer's own
    found = sources(nlp, text, outlet="The Observer", url="https://observer.example/politics/1", quotes=True)
    assert found == []


@pytest.mark.parametrize("text", [
    "According to witnesses at the bus station, the first blast came shortly after dawn.",
    "The fire station reported that four engines were sent to the depot.",
    "Staff at the nearby police station said the gates were locked.",
])
def test_a_station_that_is_a_place_is_no_outlet(nlp, text):
    assert [n for n in names(nlp, text) if "station" in n.lower()] == []


@pytest.mark.parametrize("text", [
    "The local TV station reported that the mayor of Dorvik had called an emergency meeting.",
    "A private radio station said the curfew in Dorvik had been lifted.",
])
def test_a_broadcasting_station_stays_an_outlet(nlp, text):
    assert any("station" in n.lower() for n in names(nlp, text))


def test_according_to_a_group_is_reported_speech(nlp):
    assert names(nlp, "According to the rights group, at least 40 people were held in Dorvik overnight.") == []


def test_a_report_by_a_group_stays_credited(nlp):
    found = names(nlp, "According to a report by the rights group, at least 40 people were held in Dorvik.")
    assert any("report" in n for n in found)


@pytest.mark.parametrize("author, agency", [
    ("Reuters Staff", "Reuters"),
    ("Dana Holt, Reuters", "Reuters"),
    ("Dana Holt | AFP", "AFP"),
    ("Dana Holt", None),
])
def test_an_agency_byline_kept_as_the_author(author, agency):
    from newsgraph.extract.datelines import byline_agency
    assert byline_agency(author) == agency


@pytest.mark.parametrize("text", [
    'A caption on state television described the marchers in Dorvik as "hired agitators".',
    "A screen caption identified the speaker as Colonel Idris Varo of the border guard.",
    "According to a caption on the footage, it was filmed near Dorvik on Sunday.",
])
def test_a_caption_that_tells_something_is_credited(nlp, text):
    assert any("caption" in n for n in names(nlp, text))


def test_page_caption_lines_are_no_source(nlp):
    text = ("Flood visit\n\nThe minister visited the flooded town of Dorvik on Monday.\n\n"
            "Image caption, Police said the river burst its banks overnight\n\n"
            "Media caption, The minister said the response had been swift\n")
    assert [n for n in names(nlp, text, url="https://www.bbc.co.uk/news/uk-wales-5550101") if "caption" in n] == []


@pytest.mark.parametrize("text", [
    "In the Kremlin's account of the conversation, the president stressed that talks on Dorvik must go on.",
    "In its account of the call, the Tarnian foreign ministry said both sides agreed to a prisoner swap.",
])
def test_a_body_account_of_a_call_is_credited(nlp, text):
    assert any("account" in n for n in names(nlp, text))


def test_a_person_account_is_his_words(nlp):
    text = "In his account of the night, the guard at the Dorvik depot said he heard two shots."
    assert [n for n in names(nlp, text) if "account" in n] == []
