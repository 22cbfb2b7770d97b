"""Who issued 'the statement' a quotation is credited to (session 21, spk). A body named before a dash-set
description ('Norland - Vastoria's old rival - welcomed ...') is the subject the statement takes up; a gerund in a
prepositional phrase ('jailed for tweeting ...') or a verb of a clause opened by 'after' is background, not the
body stating something; '"...," said a statement' is never a person the next sentence names. Hand-written texts,
fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import direct_speaker_of, quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_a_country_named_before_a_dash_description(run):
    text = ("Border accord signed\n\nSaudi Arabia - Iran's main regional rival - cautiously welcomed the accord on "
            "Tuesday.\n\n\"This could be a first step towards a lasting settlement, if there is good faith,\" a "
            "statement said.\n\nAnalysts in Geneva were more cautious.\n")
    assert direct_speaker_of(run(text), "This could be") == "Saudi Arabia"


def test_background_clauses_before_the_statement(run):
    text = ("Rights office urges release\n\nThe UN rights office, OHCHR, has called for the release of a blogger in "
            "Kestria, after the country's top court rejected his last appeal on Monday. Dario Venn was jailed in "
            "2019 for tweeting criticism of the war.\n\n\u201cWe urge the Government of Kestria to stop "
            "criminalizing dissent,\u201d the statement read.\n")
    assert direct_speaker_of(run(text), "We urge the Government") == "OHCHR"


def test_said_a_statement_is_not_the_person_named_next(run):
    text = ("Port fees rise\n\nThe Dunmore Port Authority on Friday announced new fees for cargo ships, arguing that "
            "costs had risen sharply.\n\n\"The new fees reflect the true cost of running the port,\" said a "
            "statement.\n\nSenator Ama Lotti met shipping firms on Wednesday.\n")
    assert direct_speaker_of(run(text), "The new fees") != "Ama Lotti"
