"""A quotation with no cue whose speaker the next sentence names by pointing back to it ('"..." Those were the
words of X', 'That warning came from X', 'This is the view of X') is X's (quote_context.owner_named_after); a
sentence after it about something else names no one. Texts are made up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_those_were_the_words_of(run):
    got = run("Rail deal signed\n\nNorland and Tarvia signed a rail agreement on Friday.\n\n"
              "\"This railway will bind our peoples together.\" Those were the words of Transport Minister Yusuf "
              "Akinwande-Berg at the signing.")
    assert speaker_of(got, "This railway").endswith("Akinwande-Berg")


def test_that_warning_came_from_in_the_next_paragraph(run):
    got = run("Prices rise\n\nFuel prices in Tarvia rose for the fifth week in a row.\n\n"
              "\"People are choosing between heating and eating.\"\n\n"
              "That warning came from Philippa Oduya-Lennox, who heads a charity in Kelsbury.")
    assert speaker_of(got, "People are choosing").endswith("Oduya-Lennox")


def test_another_sentence_names_no_one(run):
    got = run("Prices rise\n\nEnergy chief Osric Blenkinsop said prices would rise. \"It is unavoidable,\" he said.\n\n"
              "\"People are choosing between heating and eating.\"\n\n"
              "That is a problem for Philippa Oduya-Lennox, who runs a bakery in Kelsbury.")
    assert "Oduya-Lennox" not in (speaker_of(got, "People are choosing") or "")
