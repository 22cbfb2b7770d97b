"""Who issued 'the statement' a quotation is credited to (session 21, spk). A body named before a dash-set
description ('Valdoria - Kestria's old rival - welcomed ...') is the subject the statement takes up; a gerund in a
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
    text = ("River pact agreed\n\nValdoria - Kestria's long-time regional rival - cautiously welcomed the truce on "
            "Friday.\n\n\"The pact may open the way to a fair sharing of the water, provided both sides keep "
            "their word,\" a statement said.\n\nDiplomats in Kelso sounded less hopeful.\n")
    assert direct_speaker_of(run(text), "The pact may") == "Valdoria"


def test_background_clauses_before_the_statement(run):
    text = ("Press body demands reporter's freedom\n\nThe regional press council, VPC, has called for the release "
            "of a reporter held in Kestria, after a court in the capital turned down her final appeal on Monday. "
            "Mara Dent was imprisoned in 2021 for posting footage of the floods.\n\n\u201cWe ask the authorities in Kestria to "
            "stop locking up journalists,\u201d the statement read.\n")
    assert direct_speaker_of(run(text), "We ask the authorities") == "VPC"


def test_said_a_statement_is_not_the_person_named_next(run):
    text = ("Port fees rise\n\nThe Dunmore Port Authority on Friday announced new fees for cargo ships, arguing that "
            "costs had risen sharply.\n\n\"The new fees reflect the true cost of running the port,\" said a "
            "statement.\n\nSenator Ama Lotti met shipping firms on Wednesday.\n")
    assert direct_speaker_of(run(text), "The new fees") == "Dunmore Port Authority"  # not Ama Lotti
