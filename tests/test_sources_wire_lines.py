"""More wire credit lines (extract/source_wire.py): the agency before a dateline's place, a bracketed agency with a
period or an update stamp, and a 'From X' line naming an outlet or a body over a reposted story. Fictional
places and sites; the agencies and bodies are real names used in sentences of our own."""
from __future__ import annotations

import pytest

import source_helpers

OTHER = "https://www.norland-herald.example/world/talks-resume-1234"


def credited(nlp, text, url=OTHER):
    return [name for name, _kind in source_helpers.sources(nlp, text, url=url, quotes=True)]


@pytest.mark.parametrize("text, source", [
    ('(ANSA) - KELSBURY, MAY 3 - "The talks went well," the minister said.', "ANSA"),
    ('The minister said the talks had gone well. "We will meet again," he added. (ANSA).', "ANSA"),
    ("Talks resume\n\n(Xinhua) Updated: 2014-08-30 20:56\n\nThe minister said the talks had gone well.", "Xinhua"),
    ("Talks resume\n\nFrom White House\n\nThe president spoke with the Norland prime minister.", "White House"),
    ("Talks resume\n\nFrom NATO: The Secretary General met the Norland prime minister.", "NATO"),
])
def test_credit_line(nlp, text, source):
    assert source in credited(nlp, text)


@pytest.mark.parametrize("text", [
    "Talks resume\n\nFrom Our Partners\n\nThe minister said the talks had gone well.",
    "Talks resume\n\nFrom Kelsbury: The minister said the talks had gone well.",
])
def test_no_credit_line(nlp, text):
    assert credited(nlp, text) == []


def test_agency_first_on_its_own_site(nlp):
    text = '(ANSA) - KELSBURY, MAY 3 - "The talks went well," the minister said.'
    assert credited(nlp, text, url="https://www.ansa.it/english/news/1.html") == []
