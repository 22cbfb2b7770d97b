"""Outlets the text only describes (source_judges._judge_outlet_noun): an interview given to an unnamed outlet, a
broadcast interview, 'a number of media' or 'several media outlets' reporting, 'accused by state media'.
Fictional names and places throughout."""
from __future__ import annotations

import pytest

import source_helpers

OTHER = "https://www.norland-herald.example/world/talks-1234"


def names(nlp, text):
    return [name for name, _ in source_helpers.sources(nlp, text, url=OTHER, quotes=True)]


@pytest.mark.parametrize("text, outlet", [
    ("The minister said in an interview to a private news channel that the talks would resume.",
     "private news channel"),
    ("The minister said in a television interview that the talks would resume.", "television interview"),
    ("A number of media cited the spokesman's interview with a Tarvian channel.", "media"),
    ("Several media outlets reported that the talks would resume.", "Several media outlets"),
    ("Mr Lund, who has been accused by state-owned media of lying, said the talks would resume.",
     "state-owned media"),
])
def test_described_outlet_is_credited(nlp, text, outlet):
    assert outlet in names(nlp, text)


@pytest.mark.parametrize("text", [
    "The minister declined a television interview on Monday.",
    "The minister will say in a radio interview that the talks would resume.",
    "The photo appeared in every newspaper.",
    "The minister told the media that the talks would resume.",
    "The minister said on social media that the talks would resume.",  # the speaker's own posts, like tweets
    '"The talks will resume," the minister said on social media, replying to a supporter.',
])
def test_not_credited(nlp, text):
    assert names(nlp, text) == []


def test_named_outlet_of_a_broadcast_interview(nlp):
    assert names(nlp, "In a television interview with Norvision, the minister said the talks would resume.") == [
        "Norvision"]
