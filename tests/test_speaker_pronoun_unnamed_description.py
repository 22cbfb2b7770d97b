"""'"...," he said' right after a definite description that speaks and that the parse names nobody with
('The head of the Ostrian Foreign Ministry said ...'): the description speaks (later steps may name it), not a
person named sentences before it; a description further back, or one of the other sex, leaves the pronoun as
it was. Names and places are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_pronoun_after_an_unnamed_description_is_the_description(run):
    qs = run("\"The agency can only help if both sides ask,\" agency spokesman Tom Varga said on Monday.\n\n"
             "The head of the Ostrian Foreign Ministry again said Norland is not ready for talks.\n\n"
             "\"They keep saying they want to talk, which is not true,\" he said.")
    assert speaker_of(qs, "They keep saying") == "The head of the Ostrian Foreign Ministry"


def test_a_description_two_sentences_back_keeps_the_pick(run):
    qs = run("Mark Doyle's spokesman said the account had been hacked. "
             "Earlier this week, the combative senator was sharp with reporters. "
             "He insisted that he wanted to put the episode behind him.")
    assert speaker_of(qs, "he wanted to put") == "Mark Doyle"
