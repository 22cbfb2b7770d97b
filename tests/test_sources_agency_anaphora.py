"""A news agency credited once is credited again where the page takes it up: 'It said ...' opening the sentence right
after one whose main reporting verb has the agency as subject (source_credits._subject_taken_up), 'according to the
agency' and 'told the agency' after its credit or its dateline (source_credits._agency_again). Fictional agencies,
places and people; the last test uses a real agency name in a sentence of our own."""
from __future__ import annotations

import pytest

import source_helpers

OTHER = "https://www.norland-herald.example/world/budget-1234"


def names(nlp, text):
    return [name for name, _ in source_helpers.sources(nlp, text, url=OTHER, quotes=True)]


@pytest.mark.parametrize("text", [
    "Tarvia's parliament approved the budget on Thursday, Velnews news agency reported. It said the vote was 80 to 20.",
    "The state news agency Velnews reported that the budget had passed. According to the agency, the vote was 80 to "
    "20.",
    "KELSBURY, May 3 (Velnews) - Tarvia's parliament approved the budget on Thursday.\n\n"
    "The minister told the agency that spending on schools would rise.",
])
def test_the_agency_taken_up_again_is_credited_again(nlp, text):
    assert len([n for n in names(nlp, text) if "Velnews" in n]) == 2


@pytest.mark.parametrize("text", [
    "The ministry's statement was carried by Velnews news agency. It said the vote was 80 to 20.",
    "Tarvia's parliament approved the budget, Velnews news agency reported. The minister said it was a good day.",
    "According to the agency, the vote was 80 to 20.",
])
def test_it_or_the_agency_elsewhere_is_no_second_credit(nlp, text):
    assert len([n for n in names(nlp, text) if "Velnews" in n]) <= 1
    assert "agency" not in names(nlp, text) or "Velnews" not in text


def test_a_known_agency_is_taken_up_too(nlp):
    text = "The state news agency Xinhua reported that the budget had passed. According to the agency, it passed 80-20."
    assert names(nlp, text).count("Xinhua") == 2
