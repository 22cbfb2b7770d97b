"""Chanted slogans (extract/quote_filters.chant_word, quote_cues.chant_subject): a quotation right after a chant
word ('the crowd was chanting "..."', 'interrupted with chants of "..."', 'shouted "..."') is what a crowd chants or
shouts. The annotation rules keep a chanted slogan, with the demonstrators as speaker: it is no title and no label
though short and in capitals, and its speaker is the crowd, not a person its words name nor the last speaker. A
crowd the page does not identify ('someone shouted') is no identifiable speaker. Hand-written
texts with fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def quoted(run, text: str) -> list:
    return [q for q in run(text) if q.kind in ("direct", "partial")]


LEDE = ("Opposition leader Tomas Kerr addressed supporters in the main square of Dorne on Sunday.\n\n"
        "\"We will not go home until the vote is counted again,\" Mr Kerr told the rally.\n\n")


def test_chanted_name_slogan_is_the_crowds(run):
    text = LEDE + "The crowd had been chanting \"Kerr - President!\" for more than an hour before he spoke."
    q = next((q for q in quoted(run, text) if q.text.startswith("Kerr - President")), None)
    assert q is not None and q.speaker is not None and q.speaker.name.lower() == "the crowd"


def test_chants_of_a_capitalised_slogan_are_a_quote(run):
    text = ("\"The blockade is an obstacle to our development,\" Minister Ilse Brandt told an audience of 600 "
            "students, many of whom interrupted her with chants of \"Free Estavia.\"")
    q = next((q for q in quoted(run, text) if q.text.startswith("Free Estavia")), None)
    assert q is not None and q.speaker is not None and q.speaker.name != "Ilse Brandt"


def test_shouted_words_are_the_shouters(run):
    text = LEDE + "The attacker, Piet Arends, was heard shouting \"Long live the valley\" as police arrived."
    q = next((q for q in quoted(run, text) if q.text.startswith("Long live")), None)
    assert q is not None and q.speaker is not None and q.speaker.name == "Piet Arends"


def test_someone_shouting_is_no_identifiable_speaker(run):
    text = LEDE + "As he left the square, someone shouted \"Go home, Kerr\" from a balcony."
    assert not any(q.text.startswith("Go home") for q in quoted(run, text))


def test_a_campaign_slogan_stays_a_label(run):
    text = ("Opposition leader Tomas Kerr said the party would fight the election under the slogan "
            "\"Vote for Dorne\".")
    assert not any(q.text.startswith("Vote for Dorne") for q in quoted(run, text))
