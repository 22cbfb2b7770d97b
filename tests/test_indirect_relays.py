"""A speaker's words relayed by an outlet ("<clause>, the minister said, AFP reports."): the clause is the
speaker's statement and the outlet a credited source, not a second statement (extract/indirect_relays.py).
Fictional people and places; the agencies are real names used in sentences of our own."""
from __future__ import annotations

import pytest

from newsgraph.analyze import analyze


@pytest.mark.parametrize("text, speaker, clause", [
    ("Norland's ministers postponed the new tariffs for a week to give the talks a chance, trade commissioner "
     "Ilse Varga said, AFP reports.", "Ilse Varga",
     "Norland's ministers postponed the new tariffs for a week to give the talks a chance"),
    ("The talks will resume in May, Foreign Minister Dorin Kell said, Xinhua reported.", "Dorin Kell",
     "The talks will resume in May"),
    ("The talks will resume in May, Foreign Minister Dorin Kell told reporters, TASS reported.", "Dorin Kell",
     "The talks will resume in May"),
    ("The ferry service will restart on Monday, the port's director said, state media reported.",
     "the port's director", "The ferry service will restart on Monday"),
])
def test_relayed_clause_is_the_speakers(text, speaker, clause):
    got = analyze(text)
    statements = [(q.speaker.name if q.speaker else None, q.text) for q in got.quotes if q.kind == "indirect"]
    assert len(statements) == 1, statements
    assert statements[0][1] == clause
    assert speaker.lower().split()[-1] in (statements[0][0] or "").lower(), statements
    assert len(got.attributions) == 1


def test_outlet_reporting_alone_keeps_its_statement():
    got = analyze("Norland will reopen the border crossing on Monday, Xinhua reported.")
    statements = [(q.speaker.name if q.speaker else None, q.text) for q in got.quotes if q.kind == "indirect"]
    assert statements == [("Xinhua", "Norland will reopen the border crossing on Monday")]


def test_two_people_are_no_relay():
    """Only an outlet relays: 'X, the minister said, the president confirmed' keeps both statements."""
    got = analyze("The talks will resume in May, Foreign Minister Dorin Kell said on Monday, and President Ana "
                  "Rusk confirmed it.")
    assert any(q.kind == "indirect" and "Kell" in (q.speaker.name or "") for q in got.quotes if q.speaker)
