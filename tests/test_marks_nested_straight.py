"""Quotation-mark spans that the scanner (extract/marks.py) and the keep rules (extract/quote_keep.py) used to get
wrong: a quote inside a quote when both are typed with straight double marks stays part of the outer quote; a
paragraph's opening straight mark typed with a space after it opens the quote; a one-word quotation opening a
headline in front of a noun is a fragment, not a whole answer. Invented texts and names."""
from __future__ import annotations

from newsgraph.extract.marks import quote_spans
from quote_helpers import pairs, quote_runner


def spans_of(text: str) -> list[str]:
    return [text[m.start:m.end] for m in quote_spans(text)]


def test_straight_quote_inside_straight_quote_stays_in_the_outer_one():
    text = ('"The survey calls the repairs "urgent," but the port has known that for years," '
            'harbour master Ilse Varga said.')
    assert spans_of(text) == ['The survey calls the repairs "urgent," but the port has known that for years']


def test_two_straight_inner_quotes_in_one_quote():
    text = '"They told us "soon" and then "next spring" before going quiet," said farmer Pel Adun.'
    assert spans_of(text) == ['They told us "soon" and then "next spring" before going quiet']


def test_straight_quote_whose_closing_mark_was_lost_still_gives_way_to_the_next():
    text = '"We shall see, the mayor said "Now the council must vote," and the meeting ended.'
    assert spans_of(text) == ["Now the council must vote"]


def test_separate_straight_quotes_in_one_sentence_are_not_nested():
    text = 'Rector Ama Sole called the cuts "a scandal" and the plan "a gamble with our future."'
    assert spans_of(text) == ["a scandal", "a gamble with our future."]


def test_paragraph_opening_mark_typed_with_a_space_after_it():
    text = ('The session was adjourned twice.\n\n" Nobody here wants another delay. We want a vote," '
            'said deputy Taro Kinst.\n\nThe house meets again on Monday.')
    assert spans_of(text) == ["Nobody here wants another delay. We want a vote"]


def test_lone_spaced_mark_at_paragraph_start_opens_nothing():
    text = 'The session was adjourned.\n\n" \n\nThe house meets again on Monday.'
    assert spans_of(text) == []


def test_nested_straight_quote_keeps_its_speaker(nlp):
    run = quote_runner(nlp)
    text = ('Dredging row in Velmar\n\n"The audit calls the contract "irregular," and that is simply not true," '
            'port director Anse Krobe said on Tuesday.')
    assert ("Anse Krobe", 'The audit calls the contract "irregular," and that is simply not true') in \
        pairs(run(text, "direct"))


def test_one_word_headline_quote_before_a_noun_is_no_quote(nlp):
    run = quote_runner(nlp)
    text = ("'Historic' accord signed at Varna water talks\n\nNegotiators from Ostrava and Lindmark signed a "
            'water accord on Friday. Ostrava\'s foreign minister Karel Dvorsky called it "a historic step for '
            'both our peoples."')
    texts = [q.text for q in run(text) if q.kind != "indirect"]
    assert "Historic" not in texts
    assert "a historic step for both our peoples." in texts


def test_one_word_answer_opening_its_paragraph_is_kept(nlp):
    run = quote_runner(nlp)
    text = ('Reporters asked Karel Dvorsky whether the accord would hold.\n\n"Yes," Dvorsky said. '
            '"Both sides have too much to lose."')
    assert ("Karel Dvorsky", "Yes") in pairs(run(text, "direct"))
