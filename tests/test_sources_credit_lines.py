"""Wire credit lines in more forms: a dated credit in brackets closing the story, an update stamp line that ends
with the agency, agencies joined by a hyphen, a dash and the agency closing the last paragraph, a dateline with
the month in capitals and the agency between slashes, a dateline with no dash after a bracketed agency, and a
"Source:" line naming news agencies in general. Fictional names, places and sites; agencies are real names in
sentences of our own."""
from __future__ import annotations

import pytest

from source_helpers import sources

OTHER = "https://www.norland-herald.example/world/talks-1234"
STORY = "The Norland foreign minister said the talks with Tarvia would resume next month."


def names(nlp, text, url=OTHER):
    return [name for name, _ in sources(nlp, text, url=url, quotes=True)]


@pytest.mark.parametrize("text, agency", [
    (f"{STORY}\n\n(Xinhua News Agency March 3, 2021)", "Xinhua News Agency"),
    (f"{STORY}\n\n(Kelsbury Press Agency 4 May 2019)", "Kelsbury Press Agency"),
    (f"Minister to visit Tarvia\n\nUpdated: Mar 3,2021 7:14 PM Xinhua\n\n{STORY}", "Xinhua"),
    (f"{STORY}\n\nAP-AFP", "AP"),
    (f"{STORY}\n\nAP-AFP", "AFP"),
    (f"{STORY} The date was not given.\u2014 APP", "APP"),
    (f"{STORY} The date was not given. \u2013 Reuters", "Reuters"),
    (f"KELSBURY, JAN 17 /NDA/ \u2013 {STORY}", "NDA"),
    (f"Kelsbury, Apr 20 (Prensa Latina) {STORY}", "Prensa Latina"),
    (f"{STORY}\n\nSOURCE: NEWS AGENCIES", "NEWS AGENCIES"),
])
def test_credit_line_forms_credit_the_agency(nlp, text, agency):
    assert agency in names(nlp, text)


@pytest.mark.parametrize("text", [
    f"{STORY}\n\n(Kelsbury Times March 3, 2021)",  # a paper's dated line, no agency
    f"{STORY}\n\nUpdated: Mar 3,2021 7:14 PM Kelsbury",  # a stamp and a place
    f"{STORY}\n\nAP-Kelsbury",  # one part no agency
    f"{STORY} The result was a draw. \u2013 Jon Vell",  # a reader's signature
    f"{STORY}\n\nSOURCE: NORLAND HERALD ARCHIVE",
])
def test_other_closing_lines_credit_no_agency(nlp, text):
    assert names(nlp, text) == []


def test_the_credit_line_on_the_agencys_own_site_is_no_source(nlp):
    assert names(nlp, f"{STORY}\n\n(Xinhua News Agency March 3, 2021)",
                 url="http://www.xinhuanet.com/english/2021-03/03/c_1.htm") == []
