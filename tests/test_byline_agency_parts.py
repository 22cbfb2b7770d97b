"""Agency bylines with a bar, slash or dash between the writer and the agency ('By Jane Roe | Reuters'): the
cleaner keeps the agency with the author ('Jane Roe, Reuters', as after a comma) so the source step credits it on
another outlet's page, and a byline line left in the text ('Jane Roe | PTI') is read as a credit line. Invented
writers, places and sites; the agencies are real names in sentences of our own."""
from __future__ import annotations

import pytest

import source_helpers
from newsgraph.ingest.boilerplate import byline_author, classify_line
from newsgraph.ingest.text import clean_text

OTHER = "https://www.norland-herald.example/world/fuel-subsidies-1234"
BODY = ("Norvale will end its fuel subsidies within three years, the finance minister Arvid Lund told "
        "parliament on Thursday.\n\n\"We cannot keep paying for this,\" Lund said.")


@pytest.mark.parametrize("line, author", [
    ("By Ada Varga | Reuters", "Ada Varga, Reuters"),
    ("By Ada Varga | Reuters | Updated: 4 March 2025", "Ada Varga, Reuters"),
    ("By Ada Varga and Per Holm | AFP", "Ada Varga and Per Holm, AFP"),
    ("By ADA VARGA | AP", "ADA VARGA, AP"),
    ("By Ada Varga \u2014 Reuters", "Ada Varga, Reuters"),
    ("By Ada Varga | Reuters Staff", "Ada Varga, Reuters"),
    ("By Ada Varga, Reuters", "Ada Varga, Reuters"),  # as before
    ("By Ada Varga | Staff Writer", "Ada Varga"),  # no agency: the writer alone, as before
    ("By Ada Varga and Per Holm", "Ada Varga and Per Holm"),
])
def test_byline_keeps_its_agency(line, author):
    assert byline_author(line) == author


def test_agency_byline_with_bars_is_no_navigation():
    assert classify_line("By Ada Varga | Reuters | Updated: 4 March 2025") is None
    assert classify_line("Home | World | Business | Sport") == "nav"


def test_cleaner_cuts_the_byline_and_keeps_the_agency():
    c = clean_text(f"Norvale to end fuel subsidies\nBy Ada Varga | Reuters | Updated: 4 March 2025\n\n{BODY}")
    assert c.author == "Ada Varga, Reuters"
    assert "Ada Varga" not in c.text


def _credited(nlp, raw, url):
    from newsgraph.extract.actors import extract_entities
    from newsgraph.extract.sources import extract_attributions

    c = clean_text(raw)
    doc = nlp(c.text)
    return [a.reported_by for a in extract_attributions(doc, extract_entities(doc), [], url=url, author=c.author)]


@pytest.mark.parametrize("byline, agency", [
    ("By Ada Varga | Reuters", "Reuters"),
    ("By Ada Varga and Per Holm | AFP", "AFP"),
    ("By Ada Varga | Reuters | Updated: 4 March 2025", "Reuters"),
])
def test_bar_byline_agency_credited_on_another_page(nlp, byline, agency):
    raw = f"Norvale to end fuel subsidies\n\n{byline}\n\n{BODY}"
    assert _credited(nlp, raw, OTHER) == [agency]
    assert _credited(nlp, raw, None) == []  # no page known: the byline names the own outlet


def test_bar_byline_on_the_agencys_own_site_is_no_source(nlp):
    raw = f"Norvale to end fuel subsidies\n\nBy Ada Varga | Reuters\n\n{BODY}"
    assert _credited(nlp, raw, "https://www.reuters.com/world/x") == []


@pytest.mark.parametrize("line, agency", [
    ("Ada Varga | Reuters", "Reuters"),
    ("Ada Varga | PTI", "PTI"),
])
def test_byline_line_left_in_text_is_a_credit_line(nlp, line, agency):
    text = f"Norvale to end fuel subsidies\n\n{line}\n\n{BODY}"
    got = [name for name, kind in source_helpers.sources(nlp, text, url=OTHER, quotes=True) if kind == "agency"]
    assert got == [agency]


def test_byline_line_on_the_agencys_own_site_is_no_source(nlp):
    text = f"Norvale to end fuel subsidies\n\nAda Varga | Reuters\n\n{BODY}"
    assert source_helpers.sources(nlp, text, url="https://www.reuters.com/world/x", quotes=True) == []
