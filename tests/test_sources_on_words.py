"""The medium of an interview that the parse hangs on the words said or the question asked: 'Asked about the vote on
X, the minister said ...', 'announced his resignation on X', 'made the remarks on X' (source_on_words); and the
speaker the parse hangs on the outlet as its apposition after 'Asked about ... on X,' (source_judges.subject_split_off).
Fictional people throughout."""
from __future__ import annotations

import pytest

import source_helpers

BBC = "https://www.bbc.co.uk/news/uk-politics-70000004"


def names(nlp, text, url=BBC):
    return [name for name, _ in source_helpers.sources(nlp, text, url=url, quotes=True)]


@pytest.mark.parametrize("text, outlet", [
    ("Asked about the vote on LBC, Mr Pell said he stood by his remarks.", "LBC"),
    ("Asked about the strike on Sky News, the minister said lessons would be learnt.", "Sky News"),
    ("Asked about the vote on Kessel Radio, the minister Rella Prowse said the government would try again.",
     "Kessel Radio"),
    ("The minister announced his resignation on Sky News on Monday evening.", "Sky News"),
    ("He made the remarks on LBC last week.", "LBC"),
])
def test_medium_hung_on_the_words_is_credited(nlp, text, outlet):
    assert outlet in names(nlp, text)


@pytest.mark.parametrize("text", [
    "He will be asked about the strike on Sky News tomorrow.",
    "Asked about the attack on Kelso, the minister said lessons would be learnt.",
    "He will announce his decision on Sky News tomorrow.",
    "She announced a ban on Sky News advertising.",
])
def test_topic_or_future_is_no_credit(nlp, text):
    assert names(nlp, text) == []
