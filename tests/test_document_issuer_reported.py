"""'the statement said' / 'according to the statement' / 'the readout said' with no statement named before it: the
body that reported or released something just before it issued it ('X's press service reported', '..., reports
the press service of X.', 'press service X also released a statement, indicating ...'), a body phrase named by
its owner ("Dr X's office says ...") included; an outlet reporting is not the issuer, and a body named by no
capitals ('the country's ministry') stays unnamed. Names, places and outlets are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_press_service_that_reported_issued_the_statement(run):
    qs = run("Valdorian President Ana Ruiz held a telephone conversation with Estavian leader Piet Rhoden, the "
             "Valdorian leader's press service reported.\n\nAccording to the statement, \"special attention was "
             "paid to the coming state visit of the Valdorian president.\"")
    assert speaker_of(qs, "special attention") == "the Valdorian leader's press service"


def test_inverted_reports_the_press_service_of_a_ministry(run):
    qs = run("Valdoria and Estavia held consultations in Rome, reports the press service of the Valdorian Foreign "
             "Ministry.\n\n\u201cDuring the meeting, the parties discussed trade. The ministers noted the importance of "
             "transit,\u201d - the statement said on Thursday.")
    assert speaker_of(qs, "During the meeting") == "the press service of the Valdorian Foreign Ministry"


def test_office_named_by_its_owner(run):
    qs = run("Dr Ruiz's office says she received a call from Mr Rhoden on Tuesday.\n\n\"President Ruiz stated that "
             "she could understand the reason for his absence,\" the statement read.")
    assert speaker_of(qs, "President Ruiz stated") == "Dr Ruiz's office"


def test_a_body_named_by_no_capitals_stays_unnamed(run):
    qs = run("The talks went well, the country's foreign ministry reported.\n\n\"The parties discussed trade,\" the "
             "statement said.")
    assert speaker_of(qs, "The parties discussed") == "the statement"  # unnamed: the document itself speaks
