"""Stations and programmes no list knows, told something or spoken on (extract/source_told_names.py,
source_credits._programme_again): a two-word name the tagger took for a person's is a station's or programme's when
a word of such names is in it ('told Tarnside Live', 'told Channel Tarn:', 'told Good Morning Tarnia that ...';
data/source_cues.json broadcast_name_words), unless a broadcaster's own page may be naming one of its own
programmes; 'told X's Breakfast programme that ...' credits X; and 'He told the programme ...' is the outlet of an
interview on a programme named up to five sentences before. Fictional names throughout."""
from __future__ import annotations

import pytest

import source_helpers

OTHER = "https://www.norland-herald.example/world/vote-1234"
BBC = "https://www.bbc.co.uk/news/uk-politics-70000008"


def names(nlp, text, url=OTHER):
    return [name for name, _ in source_helpers.sources(nlp, text, url=url, quotes=True)]


@pytest.mark.parametrize("text, name", [
    ("\"We will fight on,\" she told Tarnside Live.", "Tarnside Live"),
    ("She told Tarnside Live the vote had been rigged.", "Tarnside Live"),
    ("Mr Harl told Channel Tarn: \"The border stays open.\"", "Channel Tarn"),
    ("The first minister told Good Morning Tarnia that the budget was fair.", "Good Morning Tarnia"),
    ("Ms Roe told Velvision's Breakfast programme that fees would rise.", "Velvision"),
])
def test_station_or_programme_told_is_credited(nlp, text, name):
    assert names(nlp, text) == [name]


def test_unknown_programme_on_a_broadcasters_own_page_is_left(nlp):
    assert names(nlp, "The first minister told Good Morning Tarnia that the budget was fair.", url=BBC) == []


@pytest.mark.parametrize("text, name", [
    ("Speaking on Kell Radio's Drive programme, Mr Harl said the deal was dead.\n\n"
     "He told the programme the party would vote against it.", "Kell Radio"),
    ("Ms Roe was interviewed on Tarnside TV's Sunday Show.\n\nShe told the programme that she would not resign.",
     "Tarnside TV"),
])
def test_the_programme_is_the_one_named_before(nlp, text, name):
    assert names(nlp, text) == [name, name]


def test_the_programme_with_none_named_before_credits_nothing(nlp):
    assert names(nlp, "The minister said the plan was sound.\n\nHe told the programme that taxes would fall.") == []
