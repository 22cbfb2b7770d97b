"""'Writing for the Brackley Post, the veteran MP Jo Roe said ...': the tagger may read the opening participle as a
noun and the parse make it the verb's subject; it is still the participle of 'write' (source_syntax.verb_lemma), so
the paper is credited. 'He was writing for the Bluegate website' (the past progressive: the piece the page reports,
written on one occasion) credits the site or paper too (source_syntax.past_progressive, read by interview_context
and source_pages); 'has written for X for years', 'writes for X' and 'was writing for X when he was arrested' are a
career or a background, no credit. Fictional papers and people throughout."""
from __future__ import annotations

import pytest

import source_helpers

BBC = "https://www.bbc.co.uk/news/uk-politics-70000008"
OTHER = "https://www.norland-herald.example/world/vote-1234"


def names(nlp, text, url=BBC):
    return [name for name, _ in source_helpers.sources(nlp, text, url=url, quotes=True)]


def test_writing_for_a_paper_read_as_a_subject_is_credited(nlp):
    text = ("Labour figure criticises leader\n\n"
            "Writing for the Brackley Post, the veteran MP Sorrel Vane said the leadership had lost touch.\n")
    assert names(nlp, text) == ["Brackley Post"]


def test_writing_for_a_paper_as_a_career_is_no_credit(nlp):
    text = ("Labour figure criticises leader\n\n"
            "She has written for the Daily Telegraph for years, and said the leadership had lost touch.\n")
    assert names(nlp, text) == []


@pytest.mark.parametrize("text, name", [
    ("Mr Davies said the party would win.\n\nHe was writing for the Bluegate website, before the party conference.",
     "Bluegate website"),
    ("Ms Roe said the deal was flawed. She was writing for the Ostmark Herald ahead of the vote.", "Ostmark Herald"),
])
def test_piece_written_for_is_credited(nlp, text, name):
    assert any(name in n for n in names(nlp, text, url=OTHER))


@pytest.mark.parametrize("text", [
    "Ms Roe has written for the Bluegate website for years.",
    "He was writing for the Ostmark Herald when he was arrested in 2019.",
    "She writes for the Ostmark Herald and teaches at Kelsbury University.",
])
def test_career_is_no_credit(nlp, text):
    assert names(nlp, text, url=OTHER) == []
