"""Quotes over a paragraph or line break (extract/marks.py): a quote whose next paragraph leaves out its reopening
mark and closes there ('"A.\n\nB," the statement says') is one quote over both paragraphs; so is a quote that a
hard-wrapped page breaks across lines. An unclosed quote two paragraphs above a lone closing mark still ends at its
own paragraph. Fictional texts."""
from __future__ import annotations

from newsgraph.extract.marks import quote_spans


def spans(text: str) -> list[str]:
    return [text[m.start:m.end] for m in quote_spans(text)]


def test_quote_running_on_without_its_reopening_mark_ends_at_its_closing_mark():
    text = ('Kerr and Brandt also "agreed to meet again in May. The talks will go on.\n\n'
            'Both ministers thanked the mediators for their patience," the statement says.\n\nThe port reopens.')
    [m] = quote_spans(text)
    assert text[m.start:m.end] == ("agreed to meet again in May. The talks will go on.\n\n"
                                   "Both ministers thanked the mediators for their patience")
    assert m.closed and m.paragraphs == 2


def test_quote_broken_by_a_hard_line_wrap():
    text = ('VELMORA, May 3 - Minister Tomas Kerr said on Tuesday:\n"We have all agreed to keep the harbour\n'
            'open to every ship," he told reporters.\nThe unions said they would "wait and\nsee".')
    assert spans(text) == ["We have all agreed to keep the harbour\nopen to every ship", "wait and\nsee"]


def test_unclosed_quote_two_paragraphs_above_a_lone_closing_mark_ends_at_its_paragraph():
    text = ('"We will not sign this deal.\n\nThe union met on Monday.\n\n'
            'Its leader left early," a witness said.')
    m = quote_spans(text)[0]
    assert text[m.start:m.end] == "We will not sign this deal." and not m.closed
