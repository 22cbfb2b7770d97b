"""Quotation marks typed wrong in agency copy (extract/marks.py): a closing mark at the start of a paragraph
before a capitalised word opens the quote's next paragraph. Hand-written texts with fictional names."""
from __future__ import annotations

from newsgraph.extract.marks import quote_spans


def test_closing_mark_typed_for_opening_one_goes_on_with_the_quote():
    text = ('The minister said the reform would go ahead.\n\n\u201cWe have listened to every region.\n\n'
            '\u201d We will not delay it any longer,\u201d he said.\n\nThe vote is on Friday.')
    spans = quote_spans(text)
    assert len(spans) == 1
    assert text[spans[0].start:spans[0].end] == \
        "We have listened to every region.\n\n\u201d We will not delay it any longer"
    assert spans[0].paragraphs == 2 and spans[0].closed


def test_closing_mark_typed_for_opening_one_opens_a_quote():
    text = 'Talks ended on Monday.\n\n\u201d The door remains open,\u201d the envoy said.'
    spans = quote_spans(text)
    assert [text[m.start:m.end] for m in spans] == ["The door remains open"]


def test_closing_mark_before_a_lower_case_word_still_closes_nothing():
    text = 'Talks ended on Monday.\n\n\u201d he said, and left.'
    assert quote_spans(text) == []
