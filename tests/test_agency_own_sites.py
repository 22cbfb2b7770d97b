"""More agencies' own sites (data/agency_sites.tsv): on the agency's own site its dateline names the page's own
outlet, not a credited source (the dev-half gold credits no agency on its own site, 14 of 14 pages); on another
outlet's page the same dateline is credited. Invented places and sentences; agencies and hosts are real names."""
from __future__ import annotations

import pytest

import source_helpers

OTHER = "https://www.norland-herald.example/world/talks-1234"
BODY = " The minister said on Tuesday that the talks on the harbour treaty had made progress."


def agencies(nlp, text, url):
    return [name for name, kind in source_helpers.sources(nlp, text, url=url, quotes=True) if kind == "agency"]


@pytest.mark.parametrize("dateline, url", [
    ("KELSBURY, May 3 (CNA) --", "https://focustaiwan.tw/politics/202405030001"),
    ("KELSBURY, May 3 (UNI) -", "https://www.uniindia.com/news/world/x"),
    ("KELSBURY, May 3 (Kazinform) -", "https://www.inform.kz/en/x"),
    ("KELSBURY, May 3 (MAP) -", "https://www.mapexpress.ma/en/x"),
    ("KELSBURY, May 3 (ONA) --", "https://omannews.gov.om/topics/en/x"),
    ("KELSBURY, May 3 (NNA) -", "https://www.nna-leb.gov.lb/en/x"),
    ("KELSBURY, May 3 (Belga) -", "https://www.belganewsagency.eu/x"),
    ("KELSBURY, May 3 (KNA) -", "https://www.kenyanews.go.ke/x"),
    ("KELSBURY, May 3 (SUNA) -", "https://suna-sd.net/en/x"),
])
def test_dateline_agency_on_its_own_site_is_no_source(nlp, dateline, url):
    text = f"Harbour talks progress\n\n{dateline}{BODY}"
    assert agencies(nlp, text, url) == []
    assert agencies(nlp, text, OTHER) != []  # the same copy run by another outlet credits the agency
