"""'He was writing for the Bluegate website' (the past progressive: the piece the page reports, written on one
occasion) credits the site or paper, as 'Writing for X, she said' does (source_syntax.past_progressive, read by
interview_context and source_pages); 'has written for X for years', 'writes for X' and 'was writing for X when he
was arrested' are a career or a background, no credit. Fictional names."""
from __future__ import annotations

import pytest

from source_helpers import sources

OTHER = "https://www.norland-herald.example/world/vote-1234"


@pytest.mark.parametrize("text, name", [
    ("Mr Davies said the party would win.\n\nHe was writing for the Bluegate website, before the party conference.",
     "Bluegate website"),
    ("Ms Roe said the deal was flawed. She was writing for the Ostmark Herald ahead of the vote.", "Ostmark Herald"),
])
def test_piece_written_for_is_credited(nlp, text, name):
    assert any(name in n for n, _ in sources(nlp, text, url=OTHER))


@pytest.mark.parametrize("text", [
    "Ms Roe has written for the Bluegate website for years.",
    "He was writing for the Ostmark Herald when he was arrested in 2019.",
    "She writes for the Ostmark Herald and teaches at Kelsbury University.",
])
def test_career_is_no_credit(nlp, text):
    assert sources(nlp, text, url=OTHER) == []
