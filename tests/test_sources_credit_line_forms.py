"""More credit-line forms of reposted wire copy (source_wire): a closing agency code followed by the agency's web
address ('... the briefing. (NNA)(www.nna.example)'), credited under the name the page spells it out as ('the
Norland News Agency (NNA)') even where its letters run through the site's name; 'By RIA Novosti,' with a comma;
'Story from X' under the story; 'Source: X' and 'Story from X' for an outlet no list knows that is named like one
('Selm Daily News'). Fictional agencies, outlets and sites (RIA Novosti is a real agency in a line of our own)."""
from __future__ import annotations

import pytest

import source_helpers

OTHER = "https://www.newsdiaryonline.example/world/briefing-1234"


def names(nlp, text):
    return [name for name, _ in source_helpers.sources(nlp, text, url=OTHER)]


@pytest.mark.parametrize("text, expected", [
    ("The session was attended by three ministers, the Norland News Agency (NNA) reports.\n\n"
     "The briefing ended at noon. (NNA)(www.nna.example)", ["Norland News Agency", "Norland News Agency"]),
    ("Talks imminent\n\nBy RIA Novosti,\n\nThe talks will begin next week, the ministry said.", ["RIA Novosti"]),
    ("The talks will begin next week, the ministry said.\n(Source: Norland News Agency)\nStory from Selm Daily News",
     ["Norland News Agency", "Selm Daily News"]),
    ("The talks will begin next week, the ministry said.\nSource: Selm Daily News", ["Selm Daily News"]),
])
def test_credit_line_forms(nlp, text, expected):
    assert names(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "The talks will begin next week, the ministry said.\nStory from Anna Berg",
    "The talks will begin next week (R). More follows.",
])
def test_no_credit_line(nlp, text):
    assert names(nlp, text) == []
