"""Commas inside a list do not end a reported clause: a list item parsed as an appositive ('between Osk, the bases
of X, Vell, and Y') or as a participle after a comma ('the fields of energy, fishing rights, building roads ...')
stays in (clause_appositives._serial_list, _open_list). Fictional names throughout."""
from __future__ import annotations

from newsgraph.analyze import analyze


def statements(text):
    return [(q.speaker.name if q.speaker else None, q.text) for q in analyze(text).quotes if q.kind == "indirect"]


def test_participle_item_of_an_open_list():
    got = statements("Talks go on\n\nMara Lind said this included cooperation in the fields of energy, fishing "
                     "rights, building roads through the use of local firms and cross-border payments to make the "
                     "region stronger.")
    assert any(t.endswith("to make the region stronger") for _, t in got), got


def test_appositive_item_of_a_serial_list():
    got = statements("Talks go on\n\nThe Valder Times on May 2 reported that the talks involved a senior official "
                     "traveling between Osk, the bases of the rebels in Tarn, Vell, and northern cities.")
    assert any(t.endswith("Vell, and northern cities") for _, t in got), got


def test_appositive_comment_still_cut():
    got = statements("Taxes\n\nMara Lind said the council had raised taxes, a move critics called reckless.")
    assert any(t == "the council had raised taxes" for _, t in got), got
