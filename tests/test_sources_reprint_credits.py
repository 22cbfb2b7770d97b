"""Reprint credit lines (extract/credit_lines.py): 'Based on materials from X' closing a reposted story, a
'Source: X' run into the last paragraph's line, agencies joined by 'and' or a comma in a credit, '(With inputs
from agencies)', a '(c)' copyright line, and Anadolu's code 'AA' alone on a line. Fictional people, places and
sites; the agencies are real names in sentences of our own."""
from __future__ import annotations

import pytest

from newsgraph.extract.actors import extract_entities
from newsgraph.extract.sources import extract_attributions
from source_helpers import sources

OTHER = "https://www.marelia-courier.example/world/talks-1234"
STORY = ("The Norland foreign minister, Arvo Kesten, said on Friday that talks with Brenmoor would resume next "
         "month.\n\nKesten told a news conference in Kelsbury that both sides had agreed to keep the border open.")


def names(nlp, text, url=OTHER):
    return sorted(name for name, _ in sources(nlp, text, url=url, quotes=True))


@pytest.mark.parametrize("text, expected", [
    (f"Talks to resume\n\n{STORY}\n\nBased on materials from TASS", ["TASS"]),
    (f"Talks to resume\n\n{STORY}\n\nBased on materials from Interfax and RIA Novosti", ["Interfax", "RIA Novosti"]),
    (f"Talks to resume\n\n{STORY} Source: Yonhap", ["Yonhap"]),
    (f"Talks to resume\n\n{STORY[:-1]}, he said.(Source: Yonhap)", ["Yonhap"]),  # no space before it
    (f"Talks to resume\n\n{STORY}\n\n(With inputs from PTI and Reuters)", ["PTI", "Reuters"]),
    (f"Talks to resume\n\n{STORY}\n\nWith inputs from Reuters, AFP", ["AFP", "Reuters"]),
    (f"Talks to resume\n\n{STORY}\n\n(With inputs from agencies)", ["agencies"]),
    (f"Talks to resume\n\n{STORY}\n\n(c) Bernama 2023", ["Bernama"]),
    (f"Talks to resume\n\nAA\n\n{STORY}", ["AA"]),
    (f"Talks to resume\n\n{STORY} (AA)", ["AA"]),
    (f"Talks to resume\n\nMarelia Courier with AFP\n\n{STORY}", ["AFP"]),  # the page's own desk and the agency
    (f"Talks to resume\n\nKELSBURY \u2013 Anadolu Agency\n\n{STORY}", ["Anadolu Agency"]),
    (f"Talks to resume\n\n{STORY}\n\n/Xinhua/", ["Xinhua"]),
    (f"Talks to resume\n\n{STORY}\n\n\u00a9 Copyright 2023 Kyodo News. All Rights Reserved.", ["Kyodo"]),
    (f"Talks to resume\n\n{STORY} (PNA)", ["PNA"]),
])
def test_reprint_credit_lines_credit_the_agency(nlp, text, expected):
    assert names(nlp, text) == expected


@pytest.mark.parametrize("text, url", [
    (f"Talks to resume\n\nAA\n\n{STORY}", "https://www.aa.com.tr/en/world/talks/1"),  # the agency's own site
    (f"Talks to resume\n\n{STORY}\n\nThe plan is based on materials from the 2019 census, Kesten said.", OTHER),
    (f"Talks to resume\n\n{STORY}\n\nThe minister flew in with inputs from agencies across the region.", OTHER),
    (f"Talks to resume\n\n{STORY}\n\nSoldiers at the post were issued AA batteries, Kesten said.", OTHER),
    (f"Talks to resume\n\n{STORY}\n\nSource: Reuters", "https://www.reuters.com/world/talks-1"),
    (f"Kesten Holds Talks\n\nKesten Daily with Reuters\n\n{STORY}", OTHER),  # not the page's own desk
    (f"Petrol prices rise\n\nThe AA said petrol prices had risen by 5p a litre.\n\n{STORY}", OTHER),  # a code
    # read only where a credit stands
])
def test_lines_that_credit_no_agency(nlp, text, url):
    assert names(nlp, text, url=url) == []


def test_a_byline_of_agencies_cut_by_the_cleaner_credits_them(nlp):
    doc = nlp(f"Talks to resume\n\n{STORY}")
    index = extract_entities(doc)
    found = extract_attributions(doc, index, [], url=OTHER, author="Agencies")
    assert [a.reported_by for a in found] == ["Agencies"]
