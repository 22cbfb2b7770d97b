"""A title standing for the speaker in a live page's entry (extract/crossheads.entry_named_descriptions): 'the
Estavian Green leader has said' below the entry's name line 'Jo Roe' is Jo Roe when the entry names her again; a
reporter's name line (not named again in the entry) names no speaker. Hand-written texts with fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


PAGE = ("Live Reporting\n\nEdited by Mark Tull\n\nAll times stated are UK\n\n"
        "  1. Goodnight\n\nThis is the end of our live coverage for Monday.\n\n")


def test_description_below_the_entry_name_line(run):
    text = PAGE + ("  2. 'Stay at home'\n\nJo Roe\n\n"
                   "Everyone must follow the new rules because \"lives are at risk\", the Estavian Green leader "
                   "has said.\n\n\"The message could not be clearer,\" Jo Roe said in a statement.\n\n"
                   "  3. Trains cut\n\nFewer trains will run from Tuesday, the rail operator said.")
    quotes = run(text)
    q = next(q for q in quotes if q.kind == "indirect" and q.text.startswith("Everyone must"))
    assert q.speaker is not None and q.speaker.name == "Jo Roe"


def test_reporter_name_line_names_no_speaker(run):
    # (a name the tagger finds, and a title no earlier rule gives to anyone: the entry rule alone decides)
    text = PAGE + ("  2. A night like no other\n\nLaura Kent\n\nPolitical editor\n\n"
                   "Everyone must follow the new rules because \"lives are at risk\", the Estavian Green leader "
                   "has said.\n\n"
                   "  3. Trains cut\n\nFewer trains will run from Tuesday, the rail operator said.")
    quotes = run(text)
    q = next(q for q in quotes if q.kind == "indirect" and q.text.startswith("Everyone must"))
    assert q.speaker is not None and q.speaker.name == "the Estavian Green leader"
