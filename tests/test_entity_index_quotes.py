"""EntityIndex's quote lookups: which quotation holds a character, and which one comes next."""
from __future__ import annotations

from newsgraph.extract.entity_index import EntityIndex
from newsgraph.extract.marks import Marked


def _index() -> EntityIndex:
    # 'Ona Vell said: "We stay." Later she added: "We go."' - words at 15-23 and 45-51
    quotes = [Marked(start=15, end=23, open=14, close=24), Marked(start=45, end=51, open=44, close=52)]
    return EntityIndex(quotes=quotes, _quote_starts=[q.start for q in quotes])


def test_in_quote_finds_the_quotation_holding_a_character():
    index = _index()
    assert index.in_quote(16) is index.quotes[0]
    assert index.in_quote(30) is None
    assert index.in_quote(50) is index.quotes[1]


def test_next_quote_is_the_first_quotation_starting_after_a_character():
    index = _index()
    assert index.next_quote(0) is index.quotes[0]
    assert index.next_quote(16) is index.quotes[1]  # inside the first: the next one
    assert index.next_quote(30) is index.quotes[1]
    assert index.next_quote(45) is None  # the last one starts there, none after it
