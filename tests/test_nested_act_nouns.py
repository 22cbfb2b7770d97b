"""A demand, pledge or call named as a noun inside another statement (extract/nested_act_nouns.py): 'Dravia was
resisting demands to cut its fleet, the envoy said' reports the envoy's clause, not a second statement 'to cut
its fleet' by Dravia. Kept: a noun with a 'that' clause inside another statement (a second level of report) and a
demand no other statement holds. All names and places are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


@pytest.mark.parametrize("text, outer, dropped", [
    ("Another problem was that Dravia was resisting demands to cut its fleet by half, the envoy Orla Menz said.",
     "Another problem was that Dravia", "to cut its fleet"),
    ("The council member Ivo Tarr said the mayor had quietly dropped his demand for new parking fees.",
     "the mayor had quietly dropped", "new parking fees"),
    ("Senator Pell Aric said the two parties had kept their pledge not to raise the harbour tax.",
     "the two parties had kept", "not to raise"),
])
def test_act_noun_inside_a_statement_is_no_statement(run, text, outer, dropped):
    got = pairs(run(text))
    assert any(r.startswith(outer) for _, r in got), got
    assert all(not r.startswith(dropped) for _, r in got), got


@pytest.mark.parametrize("text, report", [
    ("The minister Kade Oss said the report undercut the army's insistence that no shots were fired.",
     "no shots were fired"),
    ("Senator Pell Aric renewed her calls for a fresh election in the Velsk province.", "a fresh election"),
])
def test_clause_nouns_and_lone_demands_stay(run, text, report):
    got = pairs(run(text))
    assert any(r.startswith(report) for _, r in got), got
