"""Names no outlet list knows, credited by where they stand (source_told_names): the one told or confirmed something,
an interview's other party, 'according to information from X'. Fictional outlets, names and places throughout."""
from __future__ import annotations

import pytest

import source_helpers

OTHER = "https://www.norland-herald.example/world/talks-1234"


def names(nlp, text, url=OTHER):
    return [name for name, _ in source_helpers.sources(nlp, text, url=url, quotes=True)]


@pytest.mark.parametrize("text, outlet", [
    ('"They agreed to stay in close contact," the presidency told Norvision.', "Norvision"),
    ("The ambassador had confirmed to Kelsbury Live earlier on Monday that the call took place.", "Kelsbury Live"),
    ("According to information from Norvision, the president followed the count overnight.", "Norvision"),
    ("In an interview with Velmedia, the minister said the talks would resume.", "Velmedia"),
    ("The minister told Tarvia 24 that the talks would resume.", "Tarvia 24"),
])
def test_told_name_is_credited(nlp, text, outlet):
    assert outlet in names(nlp, text)


@pytest.mark.parametrize("text", [
    "The minister told Congress that the talks would resume.",
    "The minister told MPs that the talks would resume.",
    "The minister told the Assembly that the talks would resume.",
    "Ms Berg met Anna Lund on Monday. Ms Berg told Lund that the talks would resume.",
    "The envoy told Sens. Ana Ruiz and Tom Hale that the talks would resume.",
    "The president told Norvision to leave the building.",
    "The minister told Person 2 that the files were ready.",
    "The prime minister told Nato it was a just cause.",  # an acronym written as a word (BBC style)
    "The minister told Opec that output would rise.",
])
def test_told_body_or_person_is_no_outlet(nlp, text):
    assert names(nlp, text) == []


def test_own_site_is_not_credited(nlp):
    text = '"We will go on," the minister told Velmedia.'
    assert names(nlp, text, url="https://www.velmedia.example/news/1") == []


def test_own_programme_in_the_address_is_not_credited(nlp):
    text = '"They agreed to stay in close contact," the presidency told Norvision.'
    assert names(nlp, text, url="https://www.norcast.example/programmes/norvision/12345.stm") == []
    assert names(nlp, text, url="https://www.norcast.example/news/norvision-talks-row") == ["Norvision"]


@pytest.mark.parametrize("text, outlet", [
    ("The talks went well. Velmedia quoted the minister as saying that the talks would resume.", "Velmedia"),
    ("The minister was quoted by Velmedia as saying that the talks would resume.", "Velmedia"),
    ("The talks will resume next week, reported Velmedia.", "Velmedia"),
    ("The talks will resume next week, reported Velmedia on Monday.", "Velmedia"),
])
def test_name_in_more_crediting_places(nlp, text, outlet):
    """A name opening its sentence after a full stop, the agent of 'quoted by', the subject after a closing
    'reported'."""
    assert outlet in names(nlp, text)


@pytest.mark.parametrize("text", [
    "The minister was quoted by Anna Lund as saying that the talks would resume.",
    "The talks will resume next week, reported Anna Lund.",
    "The minister reported Velmedia to the police on Monday.",
])
def test_person_place_or_object_after_a_report_is_no_outlet(nlp, text):
    assert names(nlp, text) == []


BBC_PAGE = "https://www.bbc.co.uk/news/uk-politics-71000008"


@pytest.mark.parametrize("text, outlet", [
    ('Speaking on Kestrel FM\'s breakfast show, her ally Jonas Pell said she had "the numbers".', "Kestrel FM"),
    ('Former minister Alban Crewe has appeared on Channel Ostra\'s Sunday Desk, where he said the party "must change'
     ' or die".', "Channel Ostra"),
    ("Speaking on the Channel Ostra programme Week Ahead, she said the plant had no future.", "Channel Ostra"),
])
def test_name_a_programme_was_spoken_on_is_credited(nlp, text, outlet):
    """The outlet whose programme something was said on, named by no list: the possessive of the programme, or
    the name before the word 'programme'."""
    assert outlet in names(nlp, text, url=BBC_PAGE)


@pytest.mark.parametrize("text", [
    "Mr Crewe insisted on Tessel Road that the party was finished.",
    "As the pair interrupted each other on Medicare, the audience laughed.",
    "Ms Vale spoke on Medicare at the rally.",
    "Mr Crewe appeared on Strictly Come Dancing last year.",
    "Speaking on Holm's behalf, Ms Vale said the plan was dead.",
    "Speaking on Prime Minister's Questions, Ms Vale said the plan was dead.",
    "Business Secretary Hesper Vale will appear on Radio Tessel's Morning Lantern on Sunday.",
])
def test_on_a_name_is_no_programme_credited(nlp, text):
    """A topic or place after 'on', an appearance where no words are said, a future appearance (the programme
    the tagger took for a person: 'Radio Tessel's Morning Lantern')."""
    assert names(nlp, text, url=BBC_PAGE) == []


@pytest.mark.parametrize("text, credited", [
    ('"They shot him," Mr Orrel told NTV Uganda.', ["NTV Uganda"]),
    ("Mr Orrel told KTN Kenya that he had been shot.", ["KTN Kenya"]),
    ("Mr Orrel told UN Kenya that aid was needed.", []),  # initials the data files know as an IGO
])
def test_initials_before_a_country_told_something_are_a_station(nlp, text, credited):
    assert names(nlp, text, url=BBC_PAGE) == credited
