"""A syndicator's dateline that names its own site, a sister site and the agency in one bracket, with the filing
date ('KELSBURY, (UrduPoint / Pakistan Point News / WAM - 3rd May, 2021) ...'): the agency is credited on the
syndicator's page (the bracket was cut at 40 characters after its first slash, and 'UrduPoint' alone was no
outlet the data files knew). Invented places, people and sentences; the outlets and the agency are real names."""
from __future__ import annotations

import pytest

from source_helpers import sources

SITE = "https://www.urdupoint.com/en/world/harbour-talks-1234.html"
BODY = (" The Norland foreign minister, Arvo Kesten, met the Vastian envoy to discuss the harbour treaty and ways "
        "to widen trade between the two countries.\n\nKesten said the talks had made good progress.")


def agencies(nlp, text, url=SITE, outlet=None):
    return [name for name, kind in sources(nlp, text, outlet=outlet, url=url, quotes=True) if kind == "agency"]


@pytest.mark.parametrize("outlet", [None, "UrduPoint (WAM)", "WAM (UrduPoint)"])
def test_agency_in_a_syndicator_dateline_is_credited(nlp, outlet):
    text = f"KELSBURY, (UrduPoint / Pakistan Point News / WAM - 3rd May, 2021){BODY}"
    assert agencies(nlp, text, outlet=outlet) == ["WAM"]


def test_two_parts_as_before(nlp):
    assert agencies(nlp, f"KELSBURY, (UrduPoint News / WAM - 3rd May, 2021){BODY}") == ["WAM"]

