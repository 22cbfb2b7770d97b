"""A cue verb coordinated with the reported clause that has a noun subject of its own is another speaker's
statement, also in another tense than the cue ('X insist A, and all sides reported B'): the first statement ends
before it (clause_bounds._own_subject). Fictional names throughout."""
from __future__ import annotations

from newsgraph.analyze import analyze


def statements(text):
    return [(q.speaker.name if q.speaker else None, q.text) for q in analyze(text).quotes if q.kind == "indirect"]


def test_second_speaker_in_another_tense_ends_the_clause():
    got = statements("Climate talks\n\nPoor nations insist climate finance is the core issue, and all sides "
                     "reported scant progress on it in Osk.")
    assert any(t == "climate finance is the core issue" for _, t in got), got


def test_a_second_verb_without_subject_goes_on():
    got = statements("Traffic\n\nDeputies say they have stopped motorists and discovered knives under their seats.")
    assert any(t == "they have stopped motorists and discovered knives under their seats" for _, t in got), got
