"""Broadcasters the outlet list does not know, named by what they are: a name opening with 'Radio' or
'Television' ('Radio Kelsbury'), and a channel's name before the lower-case word 'television' or 'radio'
('Tarvia-1 television'). They are credited where an outlet would be ('told X', 'an interview with X', 'X
reported'). Fictional names and places."""
from __future__ import annotations

import pytest

from source_helpers import sources

OTHER = "https://www.norland-herald.example/world/talks-1234"


def names(nlp, text, url=OTHER):
    return [name for name, _ in sources(nlp, text, url=url, quotes=True)]


@pytest.mark.parametrize("text, outlet", [
    ("Vell told Norland's Radio Kelsbury she would be prepared to answer questions.", "Radio Kelsbury"),
    ("Radio Kelsbury reported that the vote would go ahead.", "Radio Kelsbury"),
    ('"He tells me to talk," Vell said in an interview with Tarvia-1 television.', "Tarvia-1 television"),
])
def test_an_unlisted_broadcaster_is_credited(nlp, text, outlet):
    assert outlet in names(nlp, text)


@pytest.mark.parametrize("text", [
    "Vell watched Kelsbury television on Monday.",
    "Vell bought a Kelsbury radio at the market.",
])
def test_a_broadcaster_only_mentioned_is_no_source(nlp, text):
    assert names(nlp, text) == []
