"""A document issued, sent or drafted in the sentence and followed by a participle telling what it says is credited
('issued its own resolution calling on ...', 'drafted a letter condemning ...', 'issued statements saying ...');
a document only issued, or one whose issuing is negated or only planned, is not (session 8, src4)."""
from __future__ import annotations

import pytest

from source_helpers import sources


@pytest.mark.parametrize("text, noun", [
    ("The Harwick Taxpayers League issued its own resolution on Tuesday calling on the council to drop the levy.",
     "resolution"),
    ("The Orland Growers Union has drafted its own resolution condemning the ministry over the quota.",
     "resolution"),
    ("Several of the Velta banks issued statements late on Thursday saying they had followed the rules.",
     "statements"),
    ("The Brasco Tenants Group fired off to the mayor a statement demanding that the eviction be halted.",
     "statement"),
])
def test_a_document_issued_with_what_it_says_is_credited(nlp, text, noun):
    names = [n for n, _ in sources(nlp, text)]
    assert len(names) == 1 and noun in names[0]


@pytest.mark.parametrize("text", [
    "The Harwick Taxpayers League issued its own resolution on Tuesday.",
    "The Harwick Taxpayers League will issue its own resolution next week, calling on the council to act.",
    "The Harwick Taxpayers League did not issue a resolution calling on the council to act.",
])
def test_a_document_only_issued_is_not_credited(nlp, text):
    assert sources(nlp, text) == []


@pytest.mark.parametrize("text, word", [
    ("A statement issued after the talks said trade would double by 2025.", "statement"),
    ("A joint communique issued after the talks said trade would double by 2025.", "communique"),
    ("A statement released following the meeting said trade would double.", "statement"),
])
def test_statement_issued_after_a_meeting_says(nlp, text, word):
    """'A statement issued after the talks said ...': the parse reads 'after the talks said' as a clause of its own
    and gives the verb a second subject; the statement is still what said it."""
    assert any(word in name for name, _ in sources(nlp, text))
