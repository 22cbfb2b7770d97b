"""A dateline's place ('MADRID, Aug. 12 (Agency) -- ...') is where the story was filed: never what a later 'it'
stands for. Names, places and outlets are fictional (the filing city is a real capital the tagger knows)."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_it_after_a_dateline_is_not_the_filing_place(run):
    qs = run("Ostria slams drills\n\nMADRID, Aug. 12 (Norpress) -- Words rarely used of late by the Ostrian foreign "
             "ministry appeared in a statement on Sunday when it criticized Estavia over its joint drills.\n")
    q = next(q for q in qs if q.text.startswith("Estavia over"))
    assert q.speaker is not None and q.speaker.name == "Ostria"
