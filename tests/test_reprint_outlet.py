"""The outlet given with a page that names a news agency, on a URL of another site (extract/source_reprints.py):
the page is a reprint, so the agency its dateline, byline or credit line names is a credited source, and an
interview given to it there too; on the agency's own site, or with no URL, the agency is the page's own outlet.
Invented places, people and sites; the agencies are real names in sentences of our own."""
from __future__ import annotations

import pytest

from newsgraph.extract.source_reprints import outlet_parts, reprint_outlet
from source_helpers import sources

OTHER = "https://www.marelia-courier.example/world/harbour-talks-1234"
STORY = ("KELSBURY (Reuters) - The Norland harbour board on Monday turned down an appeal by the dockers' union "
         "against the new shift rules.\n\nThe board had reviewed the rules twice, Arvo Kesten, the union's leader, "
         "told Reuters.")


def names(nlp, outlet, url):
    return sorted(name for name, _ in sources(nlp, f"Harbour appeal rejected\n\n{STORY}", outlet=outlet, url=url,
                                              quotes=True))


@pytest.mark.parametrize("outlet, url, own", [
    ("AP", OTHER, None),
    ("Marelia Courier (PTI)", OTHER, "Marelia Courier"),
    ("PTI (Marelia Courier)", OTHER, "Marelia Courier"),
    ("Reuters", "https://www.reuters.com/world/harbour-talks-1", "Reuters"),
    ("Xinhua", "https://english.news.cn/2024/x.html", "Xinhua"),
    ("Reuters", None, "Reuters"),
    ("Reuters", "Marelia Courier", "Reuters"),  # no URL
    ("Marelia Courier", OTHER, "Marelia Courier"),
    ("Norland Foreign Ministry (via Marelia Courier)", OTHER, "Norland Foreign Ministry (via Marelia Courier)"),
    (None, OTHER, None),
    ("Norland Press Agency", "https://www.npa.example/world/x", "Norland Press Agency"),  # its initials' site
    ("Norland Press Agency", OTHER, None),
])
def test_reprint_outlet(outlet, url, own):
    assert reprint_outlet(outlet, url) == own


def test_outlet_parts():
    assert outlet_parts("Marelia Courier (PTI)") == ["Marelia Courier", "PTI"]
    assert outlet_parts("Reuters") == ["Reuters"]


@pytest.mark.parametrize("outlet", ["Reuters", "Marelia Courier (Reuters)", "Reuters (Marelia Courier)", None])
def test_agency_given_as_outlet_on_another_site_is_credited(nlp, outlet):
    assert names(nlp, outlet, OTHER) == ["Reuters", "Reuters"]


@pytest.mark.parametrize("outlet, url", [
    ("Reuters", "https://www.reuters.com/world/harbour-talks-1"),
    ("Reuters", None),
    (None, "https://www.reuters.com/world/harbour-talks-1"),
])
def test_agency_on_its_own_site_is_no_source(nlp, outlet, url):
    assert names(nlp, outlet, url) == []
