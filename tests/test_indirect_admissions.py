"""'admitted to having ...': an admission written with 'to' and a gerund reports the gerund phrase, 'to' and all
(speech_cues roles admission_verbs; extract/reported_content.py). Fictional names throughout."""
from __future__ import annotations

from newsgraph.analyze import analyze


def statements(text):
    return [(q.speaker.name if q.speaker else None, q.text) for q in analyze(text).quotes if q.kind == "indirect"]


def test_admitted_to_having_done():
    got = statements("Mayor speaks\n\nMayor Ana Rusk admitted to having made mistakes and to have lost touch "
                     "over recent months.")
    assert any(t == "to having made mistakes and to have lost touch over recent months" for _, t in got), got


def test_admitted_to_not_being():
    got = statements("Minister speaks\n\nThe new harbour minister Ana Rusk has admitted to not being an expert in "
                     "the ferry dispute.")
    assert any(t == "to not being an expert in the ferry dispute" for _, t in got), got


def test_admitted_that_is_unchanged():
    got = statements("Minister speaks\n\nAna Rusk admitted to the court that she had lied.")
    assert any(t == "she had lied" for _, t in got), got
