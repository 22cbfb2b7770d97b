"""Headline fragments with no cue (extract/headline_labels.title_end, headline_quotes._headline_echoes): a short
fragment in the headline, also below page furniture ('Left Menu', a section name), takes the speaker of the body
fragment that repeats it; a body sentence that merely contains its words is no echo. Hand-written texts with
fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def fragment(run, text: str, words: str):
    cut = text.find("\n\nThe ")
    return next((q for q in run(text) if q.kind in ("direct", "partial") and q.start < cut and q.text == words), None)


BODY = ("The Estavian foreign minister Anton Dusek said the two delegations had made \u201cthe most real progress\u201d "
        "since the talks began in Karvia.\n\nHe said the next round would be held in May.")


def test_fragment_echoed_below_the_headline(run):
    text = "Estavia sees 'real progress' in border talks\n\n" + BODY
    q = fragment(run, text, "real progress")
    assert q is not None and q.speaker is not None and q.speaker.name == "Anton Dusek"


def test_headline_below_page_furniture(run):
    text = "Left Menu\n\nWorld news\n\nEstavia sees 'real progress' in border talks\n\n" + BODY
    q = fragment(run, text, "real progress")
    assert q is not None and q.speaker is not None and q.speaker.name == "Anton Dusek"


def test_words_inside_a_whole_sentence_are_no_echo(run):
    # a set term the headline quotes (a noun phrase); a quoted predicate ('deeply worried') a sentence below says
    # is that speaker's (heading_fragments, tests/test_heading_fragments.py)
    text = ("Estavia 'border levy' row grows\n\nThe bill was debated on Monday. \"We will never accept a border levy "
            "that closes the border for months and hurts every farmer in the valley,\" said Interior Minister "
            "Clara Voss.")
    assert fragment(run, text, "border levy") is None
