"""Wire ledes: '<clause>, a spokesperson for X said Sunday, as Y ...' when the parser coordinates the cue with the
clause before it (reported_shapes._conjoined_front), and 'a spokesperson' named by the next sentence as
'Jane Roe, the spokesperson, ...' (described_speakers._named_next_sentence). Fictional names and places."""
from __future__ import annotations

import pytest

from newsgraph.analyze import analyze

LEDE = ("Kell's spokesperson urges Norland to return to talks\n\n"
        "KELSBURY, March 13 (Yonhap) -- Norland should return to the dialogue table for complete denuclearization, "
        "a spokesperson for President-elect Dorin Kell said Sunday, as Valdia accelerates efforts to develop a new "
        "missile.\n\n")


def statements(text):
    return [(q.speaker.name if q.speaker else None, q.text) for q in analyze(text).quotes if q.kind == "indirect"]


def test_clause_before_a_coordinated_cue():
    got = statements(LEDE)
    assert any(t == "Norland should return to the dialogue table for complete denuclearization" for _, t in got), got


def test_spokesperson_named_in_apposition_below():
    got = statements(LEDE + "Helen Marsh, the spokesperson, made the remark during a press briefing.")
    lede = [s for s, t in got if t.startswith("Norland should return")]
    assert lede == ["Helen Marsh"], got


def test_anonymous_role_not_named_by_any_next_sentence():
    got = statements(LEDE + "Helen Marsh, a senior lawmaker, made the remark during a press briefing.")
    lede = [s for s, t in got if t.startswith("Norland should return")]
    assert lede and lede[0] != "Helen Marsh", got


@pytest.mark.parametrize("text", [
    "Prices rose sharply on Monday, and analysts said the rally would fade.",
    "The minister arrived late, apologised and said the talks would go on.",
])
def test_real_conjunctions_stay(text):
    got = statements(text)
    assert all(not t.startswith(("Prices rose", "The minister arrived")) for _, t in got), got
