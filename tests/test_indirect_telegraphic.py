"""Headline English: 'X says NP ...' on a headline, crosshead or bullet line whose reported clause lost its verb
(reported_shapes.telegraphic_said). The parser reads the clause's subject as the object of 'says'; the rest of
the line, to a semicolon, is what was said. Fictional names and places."""
from __future__ import annotations

from newsgraph.analyze import analyze


def statements(text):
    return [(q.speaker.name if q.speaker else None, q.text) for q in analyze(text).quotes if q.kind == "indirect"]


def test_headline_without_a_verb():
    got = statements("Harbour board says delay of ferry contract not acceptable for islanders\n\n"
                     "KELSBURY (NNA) - The board met on Monday.")
    assert ("Harbour board", "delay of ferry contract not acceptable for islanders") in got, got


def test_bullet_with_a_quoted_phrase():
    got = statements("Election live\n\nSummary\n\n  • Tova Brenn says Greens 'in disarray' over rail fares\n\n"
                     "  • Polls open at seven")
    assert ("Tova Brenn", "Greens 'in disarray' over rail fares") in got, got


def test_headline_stops_at_a_semicolon():
    got = statements("Kelsbury mayor says 2,000 commuters a day cross the bridge; she blames the tolls\n\n"
                     "KELSBURY (NNA) - The mayor spoke on Monday.")
    assert any(t == "2,000 commuters a day cross the bridge" for _, t in got), got


def test_bare_object_reports_nothing():
    got = statements("Mayor says goodbye to Kelsbury after ten years\n\nKELSBURY (NNA) - The mayor left on Monday.")
    assert got == [], got


def test_a_sentence_in_the_body_is_not_headline_english():
    got = statements("Bridge reopens\n\nThe mayor says the words every driver wants to hear on the radio.")
    assert not any(t.startswith("the words") for _, t in got), got
