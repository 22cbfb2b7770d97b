"""A clause hung on the cue right after the reported clause (', and ...', ', although ...') that quotes words of its
own goes on with what was said (reported_extents._quoted_continuation). Fictional names throughout."""
from __future__ import annotations

from newsgraph.analyze import analyze


def statements(text):
    return [(q.speaker.name if q.speaker else None, q.text) for q in analyze(text).quotes if q.kind == "indirect"]


def test_and_clause_with_a_quote_goes_on():
    got = statements("Party leader speaks\n\nThe party leader Ifan Rhys said the council should represent \"all parts "
                     "of Osk wherever they live,\" and his party had to ensure the deal was \"not in the interests "
                     "of any one party.\"")
    assert any(t.startswith("the council should represent") and t.endswith("any one party.\"") for _, t in got), got


def test_although_clause_with_a_quote_goes_on():
    got = statements("Talks go on\n\nThe chief negotiator Lia Moss said the talks are \"making progress,\" although "
                     "there remain \"several points to settle.\"")
    assert any(t == "the talks are \"making progress,\" although there remain \"several points to settle.\""
               for _, t in got), got


def test_a_clause_with_its_own_cue_is_another_statement():
    got = statements("Talks go on\n\nThe negotiator Lia Moss said the talks were \"useful,\" and the premier Ola "
                     "Venn told reporters \"we are close.\"")
    assert not any("told reporters" in t for _, t in got), got
