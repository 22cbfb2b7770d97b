"""A said clause with no 'that' after an adverbial (indirect_displaced._clause_in_adjunct): the parser hangs it
inside the adverbial, as a relative clause of its last noun or a clause its 'after' introduces. Fictional text."""
import pytest

from newsgraph.analyze import analyze


def _indirect(text):
    return [(q.speaker.name if q.speaker else None, q.text) for q in analyze(text).quotes if q.kind == "indirect"]


def test_told_during_a_session_the_army_had_moved():
    got = _indirect("Defence Minister Tomas Veld told lawmakers during a closed-door session the army had moved two "
                    "brigades to the northern border.")
    assert ("Tomas Veld", "the army had moved two brigades to the northern border") in got


def test_said_after_a_meeting_the_curfew_would_be_lifted():
    got = _indirect("Interior Minister Saba Orin said on Tuesday after a cabinet meeting the curfew would be lifted "
                    "at the weekend.")
    assert ("Saba Orin", "the curfew would be lifted at the weekend") in got


def test_a_relative_clause_with_a_gap_is_no_said_clause():
    got = _indirect("Defence Minister Tomas Veld told lawmakers during a session the committee held on Monday the "
                    "army had moved two brigades to the border.")
    assert ("Tomas Veld", "the army had moved two brigades to the border") in got
    assert not any("the committee held" in t for _, t in got), got


@pytest.mark.xfail(strict=True, reason="a said clause after an 'after' clause with no comma ('said after the talks "
                                       "ended the two sides would ...') is not found today: nothing is extracted")
def test_said_after_the_talks_ended_the_sides_would_meet():
    got = _indirect("Defence Minister Tomas Veld said after the talks ended the two sides would meet again in May.")
    assert ("Tomas Veld", "the two sides would meet again in May") in got
