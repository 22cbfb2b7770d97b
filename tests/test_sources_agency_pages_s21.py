"""Agency-page credits, session 21 (fictional names; real agency codes):

- an outlet code the page spells out as another body's name ('Pelang Tehreek-e-Islah (PTI)', 'the Armed Forces of
  Pelang (AFP)') names that body in the sentences, not the agency (source_acronyms); the agency's
  dateline credit stays;
- 'Kelsbury - SPA' heading a story: a title-case place, a dash and the agency (credit_lines.PLACE_AGENCY); not a
  picture's credit 'Photo - AFP';
- 'Source: Tarnews.az' closing a reposted interview: a news site's domain (source_told_names.LONE_CREDIT);
- 'said on "Fox & Friends"' in a Fox News article: a programme the page's own outlet name opens is its own.
"""
from __future__ import annotations

import pytest

from source_helpers import sources

SITE = "https://www.tarnholmtimes.com/world/1"


@pytest.mark.parametrize("text", [
    "Pelang, May 2: Pelang Tehreek-e-Islah (PTI) has demanded fresh elections in the province.\n\n"
    "The rallies went ahead as PTI reported no let-up in arrests of its workers.",
    "TARLO CITY - The Armed Forces of Pelang (AFP) said on Monday that five rebels were killed in a clash.\n\n"
    "The AFP said the operation in Tarlo province would continue.",
])
def test_code_spelled_out_as_another_body_is_no_agency(nlp, text):
    assert sources(nlp, text, url=SITE) == []


def test_agency_spelled_out_as_itself_is_still_credited(nlp):
    text = ("The Press Trust of India (PTI) reported on Monday that the Kelso dam had been closed.\n\n"
            "Officials confirmed the closure.")
    assert [n for n, _ in sources(nlp, text, url=SITE)] == ["Press Trust of India"]


def test_dateline_agency_stays_beside_a_redefined_code(nlp):
    text = ("Ranpur, June 3 (PTI) Arun Pradesh (AP) Chief Minister Kiran Ramaiah on Monday said the state would "
            "seek more funds.\n\nThe AP government has written to the finance ministry, he said.")
    assert [n for n, _ in sources(nlp, text, url=SITE)] == ["PTI"]


@pytest.mark.parametrize("line, agency", [("Riyadh - SPA", "SPA"), ("Abu Dhabi - WAM", "WAM"), ("Jeddah-SPA", "SPA")])
def test_title_case_place_dash_agency_heading(nlp, line, agency):
    text = f"Minister hails port deal\n\n{line}\n\nMinister of Trade Halim Sodra said on Tuesday that exports would rise."
    assert [n for n, _ in sources(nlp, text, url=SITE)] == [agency]


def test_picture_credit_dash_agency_is_no_credit(nlp):
    text = "Minister hails port deal\n\nPhoto - AFP\n\nMinister of Trade Halim Sodra said on Tuesday that exports would rise."
    assert sources(nlp, text, url=SITE) == []


def test_source_line_naming_a_news_domain(nlp):
    text = ("Interview by Foreign Minister Aran Veldt\n\nQuestion: How do you see the talks?\n\n"
            "We are hopeful that the talks will go on.\n\nSource: Tarnews.az")
    assert [n for n, _ in sources(nlp, text, url="http://mfa.kelso.example/en/news/1")] == ["Tarnews.az"]


def test_source_line_naming_a_social_site_is_no_credit(nlp):
    text = "The minister posted the video on Sunday.\n\nSource: Facebook.com"
    assert sources(nlp, text, url=SITE) == []


def test_own_network_programme_is_not_credited(nlp):
    text = ('"We had no defence at all," Senator Ada Merrow said on "Fox & Friends." '
            'She later said on "Meet the Press" that the hearing would go ahead.')
    assert [n for n, _ in sources(nlp, text, outlet="fox")] == ["Meet the Press"]
