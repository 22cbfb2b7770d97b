"""Crossheads (extract/crossheads.py): a short quoted line of its own between paragraphs is a heading made of
words someone in the section below says; it takes the first speaker named below it, not the last one above it,
and with no speaker below it is no quote. Hand-written texts with fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def quoted(run, text: str) -> list:
    return [q for q in run(text) if q.kind in ("direct", "partial")]


HEAD = ("Ministers clash over harbour plan\n\n"
        "The transport minister Ilse Brandt defended the harbour plan on Monday.\n\n"
        "\"The harbour will bring thousands of jobs to the coast,\" Ms Brandt told reporters in Dorne.\n\n")


def test_crosshead_takes_the_speaker_below(run):
    text = HEAD + ("\u2018A betrayal of the fishermen\u2019\n\n"
                   "Opposition leader Tomas Kerr said the plan was a betrayal of the fishermen who had worked the "
                   "coast for generations.\n\n"
                   "\"They were never asked,\" he said.")
    qs = quoted(run, text)
    head = next(q for q in qs if q.text.startswith("A betrayal"))
    assert head.speaker is not None and head.speaker.name == "Tomas Kerr"


def test_crosshead_with_double_marks(run):
    text = HEAD + ("\"Not a penny more\"\n\n"
                   "\"We will not pay for a harbour nobody needs,\" said Councillor Anna Riis, who leads the "
                   "town council.")
    qs = quoted(run, text)
    head = next(q for q in qs if q.text.startswith("Not a penny"))
    assert head.speaker is not None and head.speaker.name == "Anna Riis"


def test_crosshead_with_nobody_below_is_no_quote(run):
    text = HEAD + "Work on the harbour is due to start next spring.\n\n\u2018Wait and see\u2019"
    assert not any(q.text.startswith("Wait and see") for q in quoted(run, text))


def test_sentence_on_its_own_line_goes_on_with_the_speaker_above(run):
    text = HEAD + "\"It is the best plan we have had in twenty years.\"\n\nThe cabinet meets again on Friday."
    qs = quoted(run, text)
    q = next(q for q in qs if q.text.startswith("It is the best plan"))
    assert q.speaker is not None and q.speaker.name == "Ilse Brandt"
