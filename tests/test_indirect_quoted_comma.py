"""A comma inside a closing quotation mark (American style: 'said the plan was "a fair deal," while ...') sets off
what follows as a comma outside it does: the reported clause ends before a 'while', 'though', 'despite' or
'according to' phrase, or a 'which' clause that reports someone's words, after it. Fictional text."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


@pytest.mark.parametrize("text, kept, tail", [
    ('Senator Ellen Marsh said lawmakers "may need to rethink public meetings," while also proposing "more '
     'guards" at council offices.', 'lawmakers "may need to rethink public meetings,"', "while also"),
    ('Governor Alan Pike said the state would "hold the line on taxes," despite a shortfall of $2 billion.',
     'the state would "hold the line on taxes,"', "despite"),
    ('Ms Tarkin said the plan was "the best we could do," though critics said it fell short.',
     'the plan was "the best we could do,"', "though"),
    ('Mr Voss said the vote was "a turning point," which his rivals disputed.',
     'the vote was "a turning point,"', "which"),
    ('The envoy said the talks were "frank and useful," according to a statement from his office.',
     'the talks were "frank and useful,"', "according"),
])
def test_clause_ends_at_a_comma_inside_the_closing_mark(run, text, kept, tail):
    texts = [q.text for q in run(text)]
    assert kept in texts
    assert not any(t.startswith(kept) and tail in t for t in texts)


def test_a_quoted_opening_after_a_comma_is_no_closing_mark(run):
    texts = [q.text for q in run('The mayor said the budget, "a fair deal for everyone", would pass, despite the '
                                 'shortfall.')]
    assert any(t.startswith("the budget") and "would pass" in t for t in texts)
