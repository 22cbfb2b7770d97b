"""A papers review credits each newspaper with what it leads, splashes or goes with ("The X leads with claims that
...", "The Y splashes on the strike", "The Z goes with a story about ..."; extract/source_front_pages.py), and the
short names UK reviews use ("The Express", "The Mail"). Invented stories; the papers are real names in sentences
of our own."""
from __future__ import annotations

import pytest

from source_helpers import sources

BBC = "https://www.bbc.co.uk/news/blogs-the-papers-1"


@pytest.mark.parametrize("text, paper", [
    ("The Daily Express leads on a plea from pensioner groups over heating bills.", "Daily Express"),
    ("The Times leads with claims that the treasury ignored its own forecasts.", "Times"),
    ("The Daily Star goes with a tale of a goat that was elected to a parish council.", "Daily Star"),
    ("The Guardian leads with a warning from surgeons about winter waiting lists.", "Guardian"),
    ("The Express says pensioners in the north face the coldest winter in years.", "Express"),
    ("The Mail claims the minister was told of the leak a week earlier.", "Mail"),
])
def test_paper_credited_in_a_papers_review(nlp, text, paper):
    got = [name for name, _ in sources(nlp, text, url=BBC)]
    assert len(got) == 1 and paper in got[0]


@pytest.mark.parametrize("text", [
    "Labour leads with 41 percent in the latest tracker of voting intentions.",  # no outlet
    "The Guardian leads the field in the awards for investigative reporting.",  # no 'with'/'on'
    "Both the Daily Mirror and The Guardian featured the row on their front pages.",  # featured: as before
])
def test_no_front_page_credit(nlp, text):
    assert sources(nlp, text, url=BBC) == []
