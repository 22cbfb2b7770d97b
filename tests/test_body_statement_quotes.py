"""A quotation a body's statement brings in. A bare quotation after a sentence in which a body or country states
something ('The Relief Fund also expressed its strong support for X. "..."') is the body's, not the last person
quoted above; 'a statement said' after 'Corvania cautiously welcomed the agreement' is the country's. A body
brought in by what it did ('The government has faced criticism over the delays. "..."') does not take the
quotation from the minister quoted before. Hand-written texts, fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import direct_speaker_of, quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_a_bare_quote_after_a_body_expressed_support(run):
    text = ("Relief Fund welcomes new health chief\n\nNEW YORK, 3 March - The Global Relief Fund (GRF) today "
            "welcomed Dr. Arno Veltman as head of the Health Alliance.\n\nGRF Executive Director Mirela Dancu said "
            "Dr. Veltman is a proven leader. \"His record on vaccines speaks for itself,\" she said.\n\nMs. Dancu "
            "praised the new director's pledge to expand rural clinics. \"Working together, we can reach every "
            "village,\" she said.\n\nGRF also expressed its strong support for Dr. Veltman's plan to train more "
            "midwives. \"There is an urgent need to train and equip health workers in poor countries. GRF is "
            "committed to working with the Alliance in this area.\"\n")
    assert direct_speaker_of(run(text), "There is an urgent need") == "Global Relief Fund"
    assert direct_speaker_of(run(text), "Working together") == "Mirela Dancu"


def test_a_statement_after_a_country_welcomed(run):
    text = ("Dam deal praised\n\nNeighbouring Corvania cautiously welcomed the agreement on Monday.\n\n\"This could "
            "be a first step towards lasting peace on the river, if there is good faith,\" a statement said.\n\n"
            "However, a senior Corvanian official told reporters his country remained sceptical.\n")
    assert direct_speaker_of(run(text), "This could be") == "Corvania"


def test_a_body_that_did_something_takes_no_quote(run):
    text = ("Port strike enters third week\n\nTransport Minister Lena Okafor said talks would resume on Monday. "
            "\"We are close to a deal,\" she said.\n\nThe government has faced criticism over the delays. \"Nobody "
            "wants this strike to go on a day longer than it must.\"\n")
    assert direct_speaker_of(run(text), "Nobody wants") == "Lena Okafor"
