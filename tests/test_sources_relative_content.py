"""A source noun whose relative clause tells what it says (extract/source_noun_places.told_in_relative): 'the
announcement which stated that ...', 'a statement by X in which he stated that ...', 'issued a statement after the
meeting in which it stated that ...'; 'the statement of President X' names X as its author
(source_agents.agent_of); an election 'which polls suggest X will lose' credits the polls
(source_mentions.open_clause). Fictional names throughout."""
from __future__ import annotations

import pytest

from source_helpers import sources

OTHER = "https://www.norland-herald.example/world/talks-1234"


def names(nlp, text):
    return [name for name, _ in sources(nlp, text, url=OTHER, quotes=True)]


@pytest.mark.parametrize("text, name", [
    ("The opposition has rejected the Electoral Board's announcement which stated that there were not enough "
     "signatures for a referendum.", "announcement by Electoral Board"),
    ("The Foreign Ministry also issued a statement after the meeting in which it stated that the two sides discussed "
     "border issues.", "statement by The Foreign Ministry"),
    ("The spokesman also welcomed the recent statement of Norvian President Alan Brode in which he stated that his "
     "country is building better relations with Valdoria.", "statement by Norvian President Alan Brode"),
    ("Talks resume before a spring vote, which polls suggest Labor is likely to lose.", "polls"),
])
def test_relative_clause_telling_content_credits_the_source(nlp, text, name):
    assert any(name in n for n in names(nlp, text))


@pytest.mark.parametrize("text", [
    "He gave each member a slideshow on port security that he said the others would rather ignore.",
    "The ministry issued a statement after talks in which leaders said they would meet again.",
    "He read the report that he had written.",
    "It is unclear what the report found.",
])
def test_relative_clause_telling_nothing_credits_no_source(nlp, text):
    assert not any(w in n for n in names(nlp, text) for w in ("presentation", "statement", "report"))
