"""One reported clause the parser split in two after a noun ('it was vital immigration and housing issues were not
used to ...'): the second part, whose subject the first swallowed, goes on with it
(reported_shapes._split_after_clause_word). Fictional names throughout."""
from __future__ import annotations

from newsgraph.analyze import analyze


def statements(text):
    return [(q.speaker.name if q.speaker else None, q.text) for q in analyze(text).quotes if q.kind == "indirect"]


def test_vital_clause_split_after_its_subject():
    got = statements("Campaign\n\nMr Rall said it was vital immigration and asylum issues were not used to divide "
                     "people.")
    assert any(t == "it was vital immigration and asylum issues were not used to divide people" for _, t in got), got
