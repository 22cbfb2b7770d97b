"""A statement someone is blamed, thanked or apologises for making ('reprimanded an official for making a statement
on X', 'apologised for making a statement that upset voters') is what the news is about, not a source it credits
(source_mentions.made_statement); 'made a statement on Monday saying ...', 'made a statement to parliament' and
'After making a statement to the Senedd, ...' still credit it. Fictional names."""
from __future__ import annotations

import pytest

from source_helpers import sources


@pytest.mark.parametrize("text", [
    "Pelang (Velnews) - Health Minister Arno Pell has reprimanded a state bank official for making a "
    "statement about a supposed fever outbreak that caused panic.",
    "The mayor was criticised over making a statement about the floods before the facts were known.",
    "The party apologised for making a statement that upset voters.",
])
def test_statement_made_as_a_fault_credits_nothing(nlp, text):
    assert sources(nlp, text) == []


@pytest.mark.parametrize("text", [
    "The official made a statement on Monday saying the case had been confirmed.",
    "The minister made a statement to parliament on the floods.",
    "After making a statement to the Senedd, the minister left for Kelsbury.",
])
def test_statement_made_is_credited(nlp, text):
    assert any("statement" in name for name, _ in sources(nlp, text))
