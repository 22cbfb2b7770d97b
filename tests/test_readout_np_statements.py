"""Readout statements whose content is a noun phrase, as the s26 read-set gold writes them: 'thanked X for Y' and
'congratulated / felicitated X on Y' state the person with the grounds ('X for Y', 15 of 16 there); an express verb
states a weight head whole ('expressed / shared the importance of X', as 'stressed the importance of X') and a shared
finding through its that-clause ('shared the understanding that X': X). Topics stay out ('shared their assessments
of X', 'shared their views on X'), and so does a finding with no clause. All names and places are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs

READOUT = (
    "Readout of Foreign Minister Tarek Olsund's Meeting with Foreign Minister Ines Marrow of Quessia\n\n"
    "Foreign Minister Tarek Olsund met Foreign Minister Ines Marrow of Quessia in Brellin today. The two ministers "
    "discussed the harvest season.\n\n"
    "Minister Olsund felicitated Minister Marrow on her recent election to the chair of the river council. He "
    "thanked the council staff for their work on the flood maps. Minister Marrow congratulated him on the opening "
    "of the new ferry line.\n\n"
    "Both ministers shared the importance of joint work by the river states to stop the blight. They shared the "
    "understanding that their ministries should keep meeting every month to settle the dispute over the dams. "
    "Minister Marrow expressed the importance of steady support for fishing towns. The two "
    "ministers shared their assessments of the storm damage and shared their views on the grain prices. They "
    "shared the understanding.")


@pytest.fixture(scope="module")
def found(nlp):
    return pairs(indirect_runner(nlp)(READOUT))


@pytest.mark.parametrize("start, end", [
    ("Minister Marrow on her recent election", "the river council"),
    ("the council staff for their work", "the flood maps"),
    ("him on the opening", "the new ferry line"),
    ("the importance of joint work by the river states", "to stop the blight"),
    ("their ministries should keep meeting", "the dispute over the dams"),
    ("the importance of steady support", "fishing towns"),
])
def test_a_noun_phrase_statement_of_a_readout(found, start, end):
    assert any(c.startswith(start) and c.endswith(end) for _, c in found), found


@pytest.mark.parametrize("words", ["the storm damage", "the grain prices"])
def test_a_shared_topic_states_nothing(found, words):
    assert not any(words in c for _, c in found), found


def test_a_finding_with_no_clause_states_nothing(found):
    assert not any(c.strip(". ") in ("the understanding", "understanding") for _, c in found), found


def test_thanked_for_in_news_prose_keeps_the_person(nlp):
    text = ("Port reopens after storm\n\nHarbour master Ola Brandt on Monday thanked the rescue crews for their "
            "work during the storm, and said the first ships would dock on Friday.")
    found = pairs(indirect_runner(nlp)(text))
    assert any(c.startswith("the rescue crews for their work") for _, c in found), found
