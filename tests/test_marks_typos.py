"""Quotation marks typed wrong in agency copy (extract/marks.py): a closing mark at the start of a paragraph
before a capitalised word opens the quote's next paragraph; a right mark where a quote opens opens one (sites that
type ”...”), a left mark where a quote closes closes it; a straight mark typed between spaces closes the quote
open in its paragraph, or opens one when another mark follows. Hand-written texts with fictional names."""
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


def spans_of(text: str) -> list[str]:
    return [text[m.start:m.end] for m in quote_spans(text)]


def test_right_marks_on_both_sides_quote():
    text = ('Minister Tomas Kerr called the talks \u201dfrank and useful\u201d and said a deal was '
            '\u201dwithin reach\u201d.\n\n\u201dWe will meet again in May,\u201d he said.')
    assert spans_of(text) == ["frank and useful", "within reach", "We will meet again in May"]


def test_left_mark_typed_for_the_closing_one_closes_the_quote():
    text = ('Minister Tomas Kerr called the talks \u201cfrank and useful\u201c and said a deal was near. '
            '\u201cWho can promise more?\u201c he asked.')
    assert spans_of(text) == ["frank and useful", "Who can promise more?"]


def test_a_right_mark_closing_an_open_quote_still_closes_it():
    text = '\u201cWe will not sign this,\u201d Kerr said of the \u201cdraft\u201d on Monday.'
    assert spans_of(text) == ["We will not sign this", "draft"]


def test_straight_marks_with_a_stray_space_inside_quote():
    text = ('Kerr said talks would now move " from the capital to the regions. " He gave no date.\n\n'
            '"We are grateful for your support, " the palace said.\n\n"The door stays open," Kerr added.')
    assert spans_of(text) == ["from the capital to the regions.", "We are grateful for your support",
                              "The door stays open"]


def test_a_lone_straight_mark_between_spaces_before_no_word_is_no_quote():
    text = 'The gun measured 12 " long, the report said.'
    assert spans_of(text) == []
