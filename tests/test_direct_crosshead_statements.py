"""A quoted crosshead whose words a reported statement says in a row, below it or above it, or a quote above it
(crossheads.speaker_below): 'Fatally damaged' over 'a senior official told reporters he believed X had been fatally
damaged'; 'Great interest' under 'She said she would "listen with great interest" to ...'. A heading whose words
the story only quotes as a label ('the "harbour revolution"') or paraphrases stays out. Hand-written texts,
fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def heading(run, text: str, words: str):
    return next((q for q in run(text) if q.kind in ("direct", "partial") and q.text == words), None)


def test_heading_said_in_a_statement_below(run):
    text = ("Tarvia vote count disputed\n\nThe count in Tarvia's presidential election remains disputed, four days "
            "after polls closed.\n\n'Fatally damaged'\n\nIn a separate development, Interior Minister Oskar "
            "Dembele-Ruud told reporters in Drabny that he believed President Anselm Kovacevic had been fatally "
            "damaged by the result.\n")
    q = heading(run, text, "Fatally damaged")
    assert q is not None and q.speaker.name == "Oskar Dembele-Ruud"


def test_heading_quoted_in_the_paragraph_above(run):
    text = ("Party leadership race opens\n\nThree candidates have entered the race to lead the Norland Centre "
            "Party.\n\nFormer finance chief Ingrid Mbatha-Lund congratulated her rivals but refused to endorse "
            "either of them.\n\nShe said she would \"listen with great interest\" to their plans.\n\n'Great "
            "interest'\n\nThe party's chairman said the ballot would close in September.\n")
    q = heading(run, text, "Great interest")
    assert q is not None and q.speaker.name == "Ingrid Mbatha-Lund"


def test_heading_of_a_quoted_label_stays_out(run):
    text = ("Harbour law passed\n\nNorland's parliament passed the harbour law on Monday.\n\n'Harbour "
            "revolution'\n\nPorts Minister Lena Achterberg-Obi said the law was designed to advance Norland's "
            "\"harbour revolution\".\n")
    assert heading(run, text, "Harbour revolution") is None


def test_paraphrased_heading_stays_out(run):
    text = ("Unrest in Drabny\n\nProtesters defied the curfew for a third night.\n\n'Reform and restraint'\n\n"
            "President Ilario Vasquez-Tamm is stressing the need for the governor to enact reforms and show "
            "restraint, his office said.\n")
    assert heading(run, text, "Reform and restraint") is None
