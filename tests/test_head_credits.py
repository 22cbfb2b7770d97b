"""Agency credits on the short lines heading a reprinted story (extract/head_credits.py), in shapes the credit-line
patterns do not read: the agency with a place or a section after it, a byline with '~' or '/', the agency run into
the date, a name with 'of' alone on its line. Not a headline, a sentence, a picture's credit, nor a line further
down the page; not on the agency's own site. Invented people, places and sites; the agencies are real names."""
from __future__ import annotations

import pytest

from newsgraph.extract.head_credits import head_credits
from source_helpers import sources

OTHER = "https://www.marelia-courier.example/world/harbour-talks-1234"
STORY = ("The Norland harbour board on Monday turned down an appeal by the dockers' union against the new shift "
         "rules.\n\nThe board had reviewed the rules twice, Arvo Kesten, the union's leader, said.")


def names(nlp, text, url=OTHER):
    return sorted(name for name, _ in sources(nlp, text, url=url, quotes=True))


@pytest.mark.parametrize("head, expected", [
    ("Press Trust of India Kelsbury", ["Press Trust of India"]),
    ("Press Trust of India", ["Press Trust of India"]),
    ("Anadolu Agency WORLD", ["Anadolu Agency"]),
    ("By ARVO KESTEN ~ The Associated Press", ["The Associated Press"]),
    ("Courier staff / AFP (ak/jr)May 4, 2021", ["AFP"]),
    ("ReutersMay 4, 2021", ["Reuters"]),
])
def test_head_line_credits_the_agency(nlp, head, expected):
    assert names(nlp, f"Harbour appeal rejected\n\n{head}\n\n{STORY}") == expected


@pytest.mark.parametrize("text, url", [
    (f"Harbour appeal rejected\n\nPress Trust of India Kelsbury\n\n{STORY}",
     "https://www.ptinews.com/story/harbour-1"),  # the agency's own site
    (f"Harbour appeal rejected\n\nPhoto: Anadolu Agency\n\n{STORY}", OTHER),  # a picture's credit
    (f"Kesten asks Reuters to correct its story\n\n{STORY}", OTHER),  # a headline, lower-case words
    (f"For Kesten and Reuters, Old Ties Sour\n\n{STORY}", OTHER),  # a title-case headline naming a namesake
    (f"Harbour appeal rejected\n\n{STORY}\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nAnadolu Agency WORLD", OTHER),
])
def test_lines_that_head_no_credit(nlp, text, url):
    assert names(nlp, text, url) == []


def test_offsets():
    text = "Harbour appeal rejected\n\nAnadolu Agency WORLD\n\nThe board met."
    got = list(head_credits(text))
    assert got == [(25, 39, "Anadolu Agency")]
    assert text[25:39] == "Anadolu Agency"


def test_a_code_inside_a_word_in_capitals_is_no_credit():
    """'UNIQUE ID: ...' under an official page's dateline holds no 'UNI'; 'AP' alone on such a line still credits."""
    assert list(head_credits("Harbour talks\n\nKelsbury, 14/03/2019 \u2013 09:05, UNIQUE ID: 190314_07\n\nThe board met.")) == []
    assert [name for _s, _e, name in head_credits("Harbour talks\n\nAP WORLD\n\nThe board met.")] == ["AP"]
