"""'In an interview with X, the home secretary, Jo Roe, said ...': the parse may hang the speaker on the outlet as
its apposition, leaving the verb with no subject; the outlet is still credited (source_judges.subject_split_off).
Fictional outlets and people throughout."""
from __future__ import annotations

import pytest

import source_helpers

BBC = "https://www.bbc.co.uk/news/uk-politics-70000001"


def names(nlp, text, url=BBC):
    return [name for name, _ in source_helpers.sources(nlp, text, url=url, quotes=True)]


@pytest.mark.parametrize("text, outlet", [
    ("In an interview with Strand News, the transport secretary, Mave Orrin, said the contract was fine.",
     "Strand News"),
    ("In an interview with Times Radio, Labour's deputy leader, Osric Pell, said they would look at it.",
     "Times Radio"),
    ("In an interview with the Sunday Telegraph, the home secretary, Osric Pell, said they would look at it.",
     "Sunday Telegraph"),
])
def test_outlet_credited_when_speaker_hangs_on_it(nlp, text, outlet):
    assert any(outlet in name for name in names(nlp, text))


def test_person_named_like_an_outlet_is_still_no_credit(nlp):
    assert names(nlp, "Bloomberg, the former mayor, said the contract was fine.") == []
