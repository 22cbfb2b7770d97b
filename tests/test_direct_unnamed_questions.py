"""Questions no one the page names puts (quote_filters.asked_by_nobody): 'Voters will be asked on 18 September:
"Should X be independent?"', 'She was asked: "Will you resign?"', 'to answer the Yes/No question: "...?"' are the
words of an unidentified questioner, left out by the annotation rules; a question someone named asks stays theirs.
Hand-written texts, fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


TEXT = ("Tarvia sets date for independence vote\n\n"
        "Voters in Tarvia will be asked on 18 September: \"Should Tarvia be an independent country?\"\n\n"
        "On the day, they will head to polling booths to answer the Yes/No question: \"Should Tarvia leave the "
        "union now?\"\n\n"
        "First Minister Elspeth Mwangi-Carr said the question was \"clear and fair\".\n\n"
        "At the press conference she was asked: \"Will you resign if you lose?\"\n\n"
        "\"No. I will serve out my term,\" she replied.\n\n"
        "The opposition leader, Dagny Oyelowo, asked her: \"Who will pay for the vote?\"\n")


def test_unnamed_questions_are_left_out(run):
    texts = [q.text for q in run(TEXT) if q.kind in ("direct", "partial")]
    assert not [t for t in texts if t.startswith(("Should Tarvia", "Will you resign"))]


def test_answers_and_named_questions_stay(run):
    got = {q.text[:12]: q.speaker.name for q in run(TEXT) if q.kind in ("direct", "partial") and q.speaker}
    assert got.get("No. I will s") == "Elspeth Mwangi-Carr"
    assert got.get("Who will pay") == "Dagny Oyelowo"
