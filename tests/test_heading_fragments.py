"""Quoted predicates in a heading line (extract/heading_fragments.py): "Harbour strikes 'to intensify'" puts in
quotation marks what someone below says will happen. The fragment is the words of the statement just below that
says them again, also when the heading stands below page furniture; a quoted noun phrase in a heading stays a
label, and a predicate no statement below repeats has no speaker. Hand-written texts with fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def quoted(run, text: str) -> list:
    return [q for q in run(text) if q.kind in ("direct", "partial")]


FURNITURE = "Home\n\nWorld\n\nBusiness\n\nPolitics\n\nSport\n\nWeather\n\nTuesday, 4 May, 1999, 10:12 GMT\n\n"


def test_heading_predicate_takes_the_reported_speaker_below(run):
    text = FURNITURE + ("Harbour strikes 'to intensify'\n\n"
                        "Union leader Marta Velkova has warned that the strikes at the port of Dorne will intensify.\n\n"
                        "She told local radio the workers were ready for a long dispute.")
    head = next(q for q in quoted(run, text) if q.text == "to intensify")
    assert head.speaker is not None and head.speaker.name == "Marta Velkova"


def test_heading_predicate_takes_the_speaker_of_a_quote_below(run):
    text = ("Mayoral win 'highly unlikely'\n\n"
            "The campaign manager of the Green candidate, Piet Arends, spoke on Friday night.\n\n"
            "\"I think it's highly unlikely that we will win the city tonight,\" Mr Arends told the Dorne Courier.")
    head = next(q for q in quoted(run, text) if q.text == "highly unlikely")
    assert head.speaker is not None and head.speaker.name == "Piet Arends"


def test_heading_noun_phrase_is_no_quote(run):
    text = FURNITURE + ("New 'green list' for harbours\n\n"
                        "Minister Ilse Brandt said the green list of safe harbours would be published in June.")
    assert not any(q.text == "green list" for q in quoted(run, text))


def test_heading_predicate_nobody_repeats_has_no_speaker(run):
    text = FURNITURE + ("Harbour 'must close'\n\n"
                        "Minister Ilse Brandt visited the port of Dorne on Monday and met the workers.")
    assert not any(q.text == "must close" for q in quoted(run, text))


def test_heading_predicate_inside_a_whole_sentence_below(run):
    text = ("Estavia 'deeply worried' over border law\n\nThe bill was debated on Monday. \"We are deeply worried that "
            "the law will close the border for months and hurt every farmer in the valley,\" said Interior Minister "
            "Clara Voss.")
    head = next(q for q in quoted(run, text) if q.text == "deeply worried")
    assert head.speaker is not None and head.speaker.name == "Clara Voss"
