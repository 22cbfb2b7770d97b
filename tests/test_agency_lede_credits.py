"""Agency ledes on another outlet's page (extract/source_credits.py, source_links.py): 'the state news agency' is
the country's own agency, never the wire the dateline credits; a dateline's credit and 'told AFP' in the lede the
parser cut from it are one sentence's, so one entry. Fictional names and places throughout."""
from __future__ import annotations

import pytest

from newsgraph.analyze import analyze_many

PAGES = [
    "Talks latest\n\nKELSBURY, March 3 (Reuters) - Tomas Varga said on Tuesday that talks would resume, the state "
    "news agency reported.",
    "Talks latest\n\nKELSBURY, March 3 (Reuters) - Tomas Varga said on Tuesday that talks would resume, the state "
    "news agency KNA reported.",
    "Talks latest\n\nKELSBURY, March 3 (Reuters) - Tomas Varga said on Tuesday that talks would resume, according "
    "to Kestria's official news agency.",
    "Arrest in Kelsbury\n\nKELSBURY, March 3 (AFP) - Police arrested opposition leader Daniel Oyelu on Wednesday, "
    "his lawyer told AFP.",
    # near-misses that stay as they were
    "Talks latest\n\nKELSBURY, March 3 (Reuters) - Interfax said on Tuesday that talks would resume. The agency "
    "said the talks would be held in Aldport.",
    "Arrest in Kelsbury\n\nKELSBURY, March 3 (Reuters) - Police arrested opposition leader Daniel Oyelu on "
    "Wednesday, his lawyer told AFP.",
]


@pytest.fixture(scope="module")
def sources(nlp):
    docs = [{"id": str(n), "text": t, "url": f"https://www.gazette-online.example/news/{n}",
             "outlet": "Gazette Online"} for n, t in enumerate(PAGES)]
    return [[a["reported_by"] for a in r.to_dict()["attributions"]] for r in analyze_many(docs)]


def test_state_news_agency_is_not_the_dateline_wire(sources):
    assert sources[0] == ["Reuters", "state news agency"]


def test_state_news_agency_with_its_name_credits_the_name(sources):
    assert sources[1] == ["Reuters", "KNA"]


def test_country_official_agency_is_not_the_dateline_wire(sources):
    assert sources[2].count("Reuters") == 1 and len(sources[2]) == 2


def test_dateline_and_told_in_the_lede_are_one_credit(sources):
    assert sources[3] == ["AFP"]


def test_the_agency_named_before_is_still_taken_up(sources):
    assert sources[4] == ["Reuters", "Interfax", "Interfax"]


def test_another_agency_in_the_lede_is_kept(sources):
    assert len(sources[5]) == 2 and sources[5][0] == "Reuters" and "AFP" in sources[5][1]
