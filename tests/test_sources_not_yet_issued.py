"""A statement or release not yet given where the sentence names it is no credit: 'Before X made a statement, ...'
(a time, source_mentions.made_statement) and 'the details will be presented in a press release' (a modal on the verb
of 'in a ...', source_noun_places._noun_credited). Given ones stay credited. Fictional names throughout."""
from __future__ import annotations

import pytest

from source_helpers import sources

OTHER = "https://www.norland-herald.example/world/call-1234"


def names(nlp, text):
    return [name for name, _ in sources(nlp, text, url=OTHER, quotes=True)]


@pytest.mark.parametrize("text", [
    "Before Norvian president Alan Brode made a statement, spokeswoman Ina Holt confirmed the call that morning.",
    "Spokeswoman Ina Holt confirmed the call and said that the details will be presented in a press release.",
])
def test_a_statement_not_yet_given_is_not_credited(nlp, text):
    assert not any("statement" in n or "release" in n for n in names(nlp, text))


@pytest.mark.parametrize("text, name", [
    ("First Minister Tomas Brel has made a statement to the Senedd confirming his intention to quit.",
     "statement by Tomas Brel"),
    ("The ministry said in a press release that the talks had ended.", "press release by ministry"),
])
def test_a_statement_given_is_credited(nlp, text, name):
    assert name in names(nlp, text)
