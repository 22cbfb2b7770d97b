"""TeX-style quotation marks (extract/marks.py): old wire feeds and some government sites open a double quote with
two backticks and close it with two straight single marks (``...''), and a single quote with one backtick (`...' or
`...`); a backtick between letters ('Velmora`s') is an apostrophe. Fictional texts."""
from __future__ import annotations

import pytest

from newsgraph.extract.marks import quote_spans
from quote_helpers import quote_runner


def spans(text: str) -> list[str]:
    return [text[m.start:m.end] for m in quote_spans(text)]


def test_two_backticks_open_a_double_quote():
    text = ("``We have done everything we could,'' harbour master Lena Okafor said. ``The unions must now "
            "decide.''\nShe called a deal ``within reach.''")
    assert spans(text) == ["We have done everything we could", "The unions must now decide.", "within reach."]


def test_one_backtick_opens_a_single_quote_closed_by_a_mark_or_a_backtick():
    text = ("The palace called the call `warm and productive' on Tuesday.\n"
            "`We will not rest until the port is open,` Kerr said.")
    assert spans(text) == ["warm and productive", "We will not rest until the port is open"]


def test_backtick_apostrophes_and_marks_inside_a_quote_are_no_quote():
    text = ("Velmora`s minister said: ``We don't want the strike to go on, and the word `never' is not ours.''\n"
            "The port`s owners agreed.")
    assert spans(text) == ["We don't want the strike to go on, and the word `never' is not ours."]


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_backtick_quotes_have_their_speakers(run):
    text = ("Harbour talks resume in Velmora\n\n"
            "VELMORA, March 3 -- Talks on the harbour resumed on Tuesday.\n\n"
            "``We have done everything we could,'' harbour master Lena Okafor told reporters.\n\n"
            "Minister Tomas Kerr described the talks as `frank and useful' and said more work was needed.")
    found = {q.text: q.speaker.name if q.speaker else None for q in run(text) if q.kind in ("direct", "partial")}
    assert found == {"We have done everything we could": "Lena Okafor", "frank and useful": "Tomas Kerr"}
