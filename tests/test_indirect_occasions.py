"""The occasion a statement was made on ('... at a reception for X', '... in a statement Tuesday', '... in his
phone conversations with Y') is not part of what was said (indirect_ends._occasion_cut, speech_cues roles
occasion_nouns). Fictional names throughout."""
from __future__ import annotations

from newsgraph.analyze import analyze


def statements(text):
    return [(q.speaker.name if q.speaker else None, q.text) for q in analyze(text).quotes if q.kind == "indirect"]


def test_reception_is_the_occasion():
    got = statements("Leaders meet\n\nPrime Minister Tam Oskar affirmed that Valdera attaches importance to its ties "
                     "with Norland at a reception for Norland's foreign minister Ilse Brandt in Osk on May 9.")
    assert any(t == "Valdera attaches importance to its ties with Norland" for _, t in got), got


def test_statement_with_a_day_is_the_occasion():
    got = statements("Test condemned\n\nThe ministers of the Northern League also condemned last week's missile "
                     "test in a statement Tuesday, saying Tarnia continues to threaten its neighbours.")
    assert any(t == "last week's missile test" for _, t in got), got


def test_phone_conversations_are_the_occasion():
    got = statements("Calls\n\nPresident Ivo Garr reiterated the importance of free trade and called for deepening "
                     "bilateral ties in his phone conversations with leaders of Tarnia and Vell on Tuesday.")
    assert any(t == "deepening bilateral ties" for _, t in got), got


def test_a_call_to_come_stays():
    got = statements("Dispute\n\nForeign Minister Lia Moss said she would raise the dispute in a call with Jon Kerr.")
    assert any(t == "she would raise the dispute in a call with Jon Kerr" for _, t in got), got


def test_a_reported_speech_act_keeps_its_occasion():
    got = statements("Run\n\nOla Venn told supporters of his plans on a conference call Tuesday night, according to the "
                     "Osk Herald.")
    assert not any(t == "Ola Venn told supporters of his plans" for _, t in got), got
