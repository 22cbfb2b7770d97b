"""A caption line opened by a person's name and the medium they spoke on, then a colon and their words ('Jo Veld on
Tarnside TV's Morning Hour: "..."', a live page's or a video's caption) credits that medium
(source_on_words.captioned_on, read by the outlet judge and by told_names); a name and a topic after 'on' credit
nothing. Fictional names; the known outlets are real names in captions of our own."""
from __future__ import annotations

import pytest

from source_helpers import sources

OTHER = "https://www.norland-herald.example/world/vote-1234"


@pytest.mark.parametrize("text, name", [
    ("Jo Veld on Tarnside TV's Morning Hour: \"We will not back down\"\n\nThe minister was speaking after the vote.",
     "Tarnside TV"),
    ("Ana Velk on Kell Radio's Drive programme: \"The budget is fair\"\n\nThe finance minister defended her plans.",
     "Kell Radio"),
    ("Arno Pell on ABC's This Week: \"Kelso will be safer\"\n\nThe envoy defended the deal.", "ABC"),
    ("Ana Velk on Sky News: \"There will be no second vote\"\n\nThe minister was firm.", "Sky News"),
])
def test_caption_medium_credited(nlp, text, name):
    assert any(name in n for n, _ in sources(nlp, text, url=OTHER, quotes=True))


@pytest.mark.parametrize("text", [
    "Jo Veld on the budget: \"It is a fair deal for families\"\n\nThe minister was speaking in Kelsbury.",
    "Arno Pell on Brenmoor: \"We will not recognise the vote\"\n\nThe envoy spoke in Kelsbury.",
    "Ana Velk on Tarnia's future: \"We must stay together\"\n\nShe spoke at the party conference.",
])
def test_caption_topic_credits_nothing(nlp, text):
    assert sources(nlp, text, url=OTHER, quotes=True) == []
