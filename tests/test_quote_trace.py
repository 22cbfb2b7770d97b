"""The direct-quote drop trace (extract/quote_trace.py): off by default, and while collecting it names the rule that
leaves each quoted span out (scripts/quality/drop_audit.py counts them against annotated pages). Fictional text."""
from __future__ import annotations

from newsgraph.analyze import analyze
from newsgraph.extract.quote_trace import collecting, dropped

TEXT = ("Velmora council backs harbour plan\n\n"
        "The Velmora council on Monday approved what its critics called a \"witch hunt\" against the dock owners.\n\n"
        "\"We have waited long enough for this,\" council leader Mira Tall said after the vote.\n")


def test_the_trace_names_the_rule_that_drops_a_span():
    with collecting() as out:
        result = analyze(TEXT)
    rules = {(text_at(result, s, e), rule) for s, e, rule in out}
    assert ("witch hunt", "catchphrase") in rules
    assert any(q.text.startswith("We have waited") for q in result.quotes)
    assert not any(t.startswith("We have waited") for t, _ in rules)


def text_at(result, start: int, end: int) -> str:
    return result.text[start:end]


def test_the_trace_is_off_outside_the_block():
    class Span:
        start, end = 3, 9
    assert dropped(Span(), "one_word") is False
    with collecting() as out:
        dropped(Span(), "one_word")
    assert out == [(3, 9, "one_word")]
    analyze(TEXT)
    assert out == [(3, 9, "one_word")]
