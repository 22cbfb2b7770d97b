"""Outlets and agencies no list knows, credited by where their names stand: a one-word name the tagger takes for a
place or a person in a crediting place, in a firm dateline's brackets or beside a 'citing'/'quoting' clause, and
on a 'Source:' or '(With inputs from ...)' line, the station remarks were broadcast or aired on, and a name the
tagger typed a place before a word for a news outlet ('the Tarnpost news portal', 'told the Tarnpost daily')
(extract/source_told_names.py, extract/source_wire.py, extract/source_page_names.py). Fictional outlets, people,
places and sites throughout."""
from __future__ import annotations

import pytest

import source_helpers

OTHER = "https://www.norland-herald.example/world/talks-1234"


def credited(nlp, text, url=OTHER):
    return [name for name, _kind in source_helpers.sources(nlp, text, url=url, quotes=True)]


@pytest.mark.parametrize("text, outlet", [
    ("Speaking to Tarnpost on Tuesday, Kell said Sarkenia was ready to talk.", "Tarnpost"),
    ("In an interview with Tarnpost, Kell said Sarkenia was ready to talk.", "Tarnpost"),
    ("The minister said the border would reopen soon, in comments cited by Tarnpost.", "Tarnpost"),
    ("The minister resigned on Friday, Tarnpost reported, citing two sources.", "Tarnpost"),
])
def test_one_word_name_taken_for_a_place(nlp, text, outlet):
    assert outlet in credited(nlp, text)


def test_dateline_name_taken_for_a_person(nlp):
    text = "DALMEN, May 4 (Korvix) - The two governments signed the accord in Dalmen on Friday, officials said."
    assert "Korvix" in credited(nlp, text)


@pytest.mark.parametrize("text, outlet", [
    ("Korvix, quoting a senior official, said the border would reopen soon.", "Korvix"),
    ("Korvix said the minister had resigned, citing two officials.", "Korvix"),
    ("The border would reopen soon, the Dalmen Herald reported, quoting Korvix.", "Korvix"),
    ("The talks would resume next week, the minister was quoted as saying by Korvix.", "Korvix"),
])
def test_citing_and_quoting(nlp, text, outlet):
    assert outlet in credited(nlp, text)


@pytest.mark.parametrize("text", [
    "Ostmark said on Monday, citing higher fuel costs, that its profits fell by a fifth.",
    "Ostmark said its profits fell by a fifth, citing weak demand in Nuvolia.",
    "Kell said the talks would resume, citing progress made in Dalmen.",
    "Foreign Minister Arvid Kell met Nuvolian envoy Ilse Brandt on Monday. Brandt, quoting Kell, said the border "
    "would reopen.",
])
def test_citing_a_reason_or_a_person_credits_no_one(nlp, text):
    assert credited(nlp, text) == []


@pytest.mark.parametrize("text, outlet", [
    ("The two governments signed the accord in Dalmen on Friday, officials said.\nSource: Tarnpost", "Tarnpost"),
    ("The two governments signed the accord in Dalmen on Friday, officials said.\n(With inputs from Tarnpost)",
     "Tarnpost"),
    ("The two governments signed the accord in Dalmen on Friday, officials said.\n(Additional reporting by Korvix)",
     "Korvix"),
    ("The two governments signed the accord in Dalmen on Friday, officials said.\nSource: Ostel Press Agency (OPA)",
     "Ostel Press Agency"),
])
def test_credit_line_with_a_name_no_list_knows(nlp, text, outlet):
    assert any(outlet in name for name in credited(nlp, text))  # ('Ostel Press Agency (OPA)': with its code)


@pytest.mark.parametrize("text, url", [
    ("The accord was signed on Friday, officials said.\n(Additional reporting by Marta Kolvane; Editing by Piet "
     "Osterlund)", OTHER),
    ("The accord was signed on Friday, officials said.\nEdited by Tomas Varga", OTHER),
    ("The accord was signed on Friday, officials said.\nSource: Marta Kolvane, Dalmen", OTHER),
    ("The accord was signed on Friday, officials said.\nSource: Facebook", OTHER),
    ("The accord was signed on Friday, officials said.\nSource: Supplied", OTHER),
    ("The accord was signed on Friday, officials said.\nSource: Tarnpost", "https://www.tarnpost.example/news/1"),
])
def test_no_credit_line(nlp, text, url):
    assert credited(nlp, text, url) == []


@pytest.mark.parametrize("text, outlet", [
    ("The minister said in comments broadcast on QTV that the talks had failed.", "QTV"),
    ('"We will not retreat," Kell said in an interview aired on Korvix on Sunday.', "Korvix"),
])
def test_remarks_aired_on_a_station(nlp, text, outlet):
    assert outlet in credited(nlp, text)


@pytest.mark.parametrize("text", [
    "The final was broadcast on Kanal 9 and watched by two million people.",
    "The debate will be aired on Ostel TV next week.",
    "The series was broadcast on Tarnpost Plus in 2019.",
])
def test_a_broadcast_with_no_words_said_credits_no_one(nlp, text):
    assert credited(nlp, text) == []


@pytest.mark.parametrize("text, outlet", [
    ("The talks would resume on Monday, according to the Tarnpost news portal.", "Tarnpost news portal"),
    ("The talks would resume on Monday, the Tarnpost news agency reported. Kell arrived in Tarnpost on Sunday.",
     "Tarnpost news agency"),
    ('"We are close to a deal," the minister told the Kantipur daily.', "Kantipur"),
    ("Kell told the Tarnpost newspaper on Monday that the talks would resume.", "Tarnpost newspaper"),
])
def test_name_typed_a_place_before_an_outlet_word(nlp, text, outlet):
    assert credited(nlp, text) == [outlet]


@pytest.mark.parametrize("text", [
    "Kell visited Dalmen on Monday and met the editors of the Dalmen daily. Dalmen was calm on Tuesday, the police "
    "said.",
    "Refugees queued outside the Dalmen agency for migration on Monday, officials said.",
    "Kell told the Dalmen station commander that the attackers had fled.",
])
def test_place_before_an_outlet_word_is_not_spread(nlp, text):
    assert credited(nlp, text) == []
