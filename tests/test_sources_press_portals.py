"""Sources credited, session 22 (fictional names):

- the press of a place or kind as the subject of a reporting verb or after "according to" ('the local press
  reported', 'Tarnian press said'), not the press at large ('told the press', 'The press reported');
- a news portal is an outlet ('According to Velmar news portal Norvox24, ...', then 'it added', 'the news portal
  reported');
- 'The commission in its announcement late Friday called ...': the phrase the parse hung on the subject;
- 'citing an official gazette' (a gazette is a document).
"""
from __future__ import annotations

import pytest

from source_helpers import sources


@pytest.mark.parametrize("text, name", [
    ("Police dispersed a violent protest in Port Alder on the eve of the vote, the local press reported.",
     "local press"),
    ("Tarnian press said on Tuesday that the talks had stalled over fishing rights.", "Tarnian press"),
    ("Turnout was low in the north, according to the regional press.", "regional press"),
])
def test_press_of_a_place_is_credited(nlp, text, name):
    assert [n for n, _ in sources(nlp, text)] == [name]


@pytest.mark.parametrize("text", [
    "The minister told the press on Monday that the plan would go ahead.",
    "He later held a press conference in the capital.",
    "The foreign press was barred from the hearing.",
    "The press reported long queues in the capital.",
])
def test_press_at_large_is_no_credit(nlp, text):
    assert sources(nlp, text) == []


def test_news_portal_is_an_outlet_named_again(nlp):
    text = ("According to Velmar news portal Norvox24, youths barricaded the main roads with burning tyres.\n\n"
            "The protesters dispersed after police arrived, it added.\n\nEarlier in the afternoon, a candidate "
            "escaped unharmed after his car was shot at, the news portal reported.")
    assert [n for n, _ in sources(nlp, text)] == ["Norvox24", "Norvox24", "Norvox24"]


def test_announcement_hung_on_the_subject(nlp):
    text = "The regional audit commission in its announcement on Monday called the tender process flawed."
    assert [n for n, _ in sources(nlp, text)] == ["announcement by regional audit commission"]


def test_official_gazette_cited(nlp):
    text = "The ministry will trim 81 posts, Velnews agency reported, citing an official gazette."
    assert [n for n, _ in sources(nlp, text)] == ["Velnews agency", "official gazette"]


def test_gazette_where_a_decree_appeared_is_no_credit(nlp):
    text = "The decree, published in the official gazette on Tuesday, sets the minimum wage at 400 crowns."
    assert sources(nlp, text) == []
