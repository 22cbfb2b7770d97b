"""An evaluative cue with an object and an 'as' phrase saying what the object is like ('slammed the vote as
marred by fraud', 'rejected the petition as being inadmissible'): the object and the phrase are what was said,
also when the parser makes the phrase a clause of its own; 'rejected X as a mediator' (a role, a noun) stays no
statement (extract/reported_content.py, reported_shapes.py). Fictional names throughout."""
from __future__ import annotations

import pytest

from newsgraph.analyze import analyze


def statements(text):
    return [(q.speaker.name if q.speaker else None, q.text) for q in analyze(text).quotes if q.kind == "indirect"]


@pytest.mark.parametrize("text, clause", [
    ("Opposition leader Ana Rusk has slammed the March 3 vote as marred by fraud.",
     "the March 3 vote as marred by fraud"),
    ("Ana Rusk, who has slammed the vote as marred by fraud, won a third of the votes.",
     "the vote as marred by fraud"),
    ("But the court rejected his petition against the result as being inadmissible or unsupported by evidence.",
     "his petition against the result as being inadmissible or unsupported by evidence"),
    ("The ministry dismissed the report as a fabrication.", "the report as a fabrication"),
])
def test_object_and_as_phrase(text, clause):
    got = statements(text)
    assert [c for _, c in got] == [clause], got


@pytest.mark.parametrize("text", [
    "The ministry rejected Ana Rusk as a mediator.",
    "The council rejected him as its chairman.",
    "The ministry rejected the plan, as expected by analysts.",
])
def test_role_or_aside_is_no_statement(text):
    assert statements(text) == []


@pytest.mark.parametrize("text, clause", [
    ('Ana Rusk described the vote as "a great day for our party and our country".',
     'the vote as "a great day for our party and our country"'),
    ("Ana Rusk described it as a historic moment for the party.", "it as a historic moment for the party"),
])
def test_as_phrase_naming_a_day_or_moment_is_a_label_not_a_time(text, clause):
    got = statements("Vote counted in Kelsbury\n\n" + text)
    assert any(t == clause for _, t in got), got
