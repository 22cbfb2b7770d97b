"""A reported clause goes on past an aside set off by commas when what follows completes it (an infinitive, or
the object of the clause's last verb), and through a second complement that opens with a modal and shares the
reported subject ('said he would X, would Y, and would Z'). Fictional text."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def _texts(run, text):
    return [q.text for q in run(text)]


@pytest.mark.parametrize("text, whole", [
    ("The Secretary-General urged the parties to resume, without further delay, negotiations on the status of the "
     "port.", "the parties to resume, without further delay, negotiations on the status of the port"),
    ("The members of the council called on all states to counter with every lawful tool, in keeping with the "
     "charter and the law of nations, threats to peace caused by armed groups.",
     "all states to counter with every lawful tool, in keeping with the charter and the law of nations, threats to "
     "peace caused by armed groups"),
    ("Prime Minister Oskar Lind said he plans to show Norland's resolve, as this year's chair of the regional "
     "forum, to defend the trading order at the summit in Kalmar.",
     "he plans to show Norland's resolve, as this year's chair of the regional forum, to defend the trading order "
     "at the summit in Kalmar"),
    ("The ministers urged all sides to release, as a goodwill gesture, the detained fishermen.",
     "all sides to release, as a goodwill gesture, the detained fishermen"),
    ("The union asked members to reject, in Tuesday's ballot, the pay offer from management.",
     "members to reject, in Tuesday's ballot, the pay offer from management"),
])
def test_clause_goes_on_past_an_aside(run, text, whole):
    assert whole in _texts(run, text)


@pytest.mark.parametrize("text, whole", [
    ("Foreign Minister Alan Tovar said he would immediately relay the request to the defence ministry, would work "
     "closely with the council, and would do everything possible to stop the spread of the disease.",
     "he would immediately relay the request to the defence ministry, would work closely with the council, and "
     "would do everything possible to stop the spread of the disease"),
    ("Mr Brann said the reforms must go ahead, must be funded in full, and must not be delayed again.",
     "the reforms must go ahead, must be funded in full, and must not be delayed again"),
    ("The ministry said it had received the letter, would study it and might reply next week.",
     "it had received the letter, would study it and might reply next week"),
])
def test_second_modal_complement_goes_on(run, text, whole):
    assert whole in _texts(run, text)


@pytest.mark.parametrize("text, kept, not_in", [
    ("The governor urged drivers to slow down, a day after the crash, the police said.",
     "drivers to slow down", "the police"),
    ("The envoy said he would stay in Kalmar, would not say for how long.", "he would stay in Kalmar", "say for"),
    ("The agency said it would review the case, according to a statement, the third such review this year.",
     "it would review the case", "third such review"),
])
def test_what_follows_an_aside_that_does_not_complete_the_clause_stays_out(run, text, kept, not_in):
    texts = _texts(run, text)
    assert any(t.startswith(kept) for t in texts)
    assert not any(not_in in t for t in texts if t.startswith(kept))
