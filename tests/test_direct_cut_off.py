"""Quotes cut off by the end of the page (extract/quote_filters.py): counted when the page names their speaker
before them ('X said fair elections were "not possib'; a quote going on from a quoted sentence), left out when their
attribution would have followed the cut ('"We will keep watching the har'). Hand-written texts, fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def quoted(run, text: str) -> list:
    return [q for q in run(text) if q.kind in ("direct", "partial")]


LEAD = ("Port talks stall in Velmora\n\n"
        "Talks on the future of the Velmora harbour stalled on Tuesday, officials said.\n\n"
        "\"We have done everything we could,\" harbour master Lena Okafor told reporters.\n\n")


def test_cut_off_quote_after_narration_is_left_out(run):
    text = LEAD + ("The port authority said it would meet the unions again next week.\n\n"
                   "\"We will keep watching the situation at the docks and act if the unions dec")
    assert not [q for q in quoted(run, text) if q.text.startswith("We will keep")]


def test_cut_off_quote_within_a_paragraph_after_narration_is_left_out(run):
    text = LEAD + ("The port authority said it would meet the unions again next week. \"Whatever happens, "
                   "we will work with the new bo")
    assert not [q for q in quoted(run, text) if q.text.startswith("Whatever happens")]


def test_cut_off_quote_after_a_quoted_sentence_is_kept(run):
    text = LEAD + ("\"The unions have been patient and so have we,\" Ms Okafor said.\n\n"
                   "\"We will keep watching the situation at the docks and act if the unions dec")
    q = next(q for q in quoted(run, text) if q.text.startswith("We will keep"))
    assert q.speaker is not None and q.speaker.name == "Lena Okafor"


def test_short_cut_off_fragment_after_its_cue_is_kept(run):
    text = LEAD + "Ms Okafor, who has run the harbour since 2015, said a deal this week was \"not possib"
    q = next(q for q in quoted(run, text) if q.text.startswith("not possib"))
    assert q.speaker is not None and q.speaker.name == "Lena Okafor"


def test_a_closed_quote_at_the_page_end_is_unchanged(run):
    text = LEAD + ("The port authority said it would meet the unions again next week.\n\n"
                   "\"We will keep watching the situation at the docks,\" a spokesman said.")
    assert [q for q in quoted(run, text) if q.text.startswith("We will keep")]


def test_cut_off_quote_holding_a_whole_sentence_goes_on_the_report_before(run):
    # a full stop after the first sentence: no '"...," she said' was coming; the report above brought her in
    text = LEAD + ("Harbour spokeswoman Irena Vask said the board had asked both sides to come back on Friday.\n\n"
                   "\"We are following events on the quays very closely. The board expects the two sides to")
    q = next(q for q in quoted(run, text) if q.text.startswith("We are following"))
    assert q.text.rstrip().endswith("very closely.")
    assert q.speaker is not None and q.speaker.name == "Irena Vask"


def test_cut_off_quote_ending_on_a_full_stop_after_narration_is_kept(run):
    text = LEAD + ("The board's statement said the stoppage had cost shippers dearly.\n\n"
                   "Three freighters waited outside the breakwater on Monday.\n\n"
                   "\"The board calls on everyone involved to show restraint and return to the table.")
    assert [q for q in quoted(run, text) if q.text.startswith("The board calls")]


def test_cut_off_quote_whose_only_full_stop_is_a_title_is_left_out(run):
    text = LEAD + ("Ships have been sent on to Sarn since Tuesday.\n\n"
                   "\"Mr. Reil and his members have no right to hold the")
    assert not [q for q in quoted(run, text) if q.text.startswith("Mr. Reil")]
