"""Shortcuts that read plain lists instead of spaCy Tokens and Spans must give what the full reading gives:
the joined document text, the quote-and-cue tokens of a sentence (events._voiced) and honorifics before a name."""
from __future__ import annotations

import pytest

from newsgraph.extract.events import _voiced
from newsgraph.extract.names import honorific_at
from newsgraph.extract.sentence_view import _joined, doc_text, doc_view

TEXTS = [
    'The minister said on Tuesday that Valdoria "will not accept" the terms, calling them a disgrace.',
    "Line one  with two spaces\n\nA second paragraph.\tTabbed; trailing space ",
    "  Leading spaces, a non\u00a0breaking space and “curly quotes”.",
    "Datuk Seri Anifah Aman met Tan Sri Rahman and His Excellency Omar, said Dato' Seri Lim.",
    "",
]


@pytest.fixture(scope="module")
def docs(nlp):
    return [nlp(t) for t in TEXTS]


def test_joined_text_is_doc_text(docs):
    for doc, text in zip(docs, TEXTS, strict=True):
        assert _joined(doc) == doc.text == text
        assert doc_text(doc) == text


def test_voiced_is_the_token_scan(docs):
    for doc in docs:
        view = doc_view(doc)
        size = len(doc_text(doc))
        for sent in doc.sents:
            for start in range(-2, size + 2, 7):
                for end in (start, start + 1, start + 15, size + 3):
                    for cue in (None, "said", "the", ",", "absent"):
                        scan = [i for i in range(sent.start, sent.end)
                                if start <= view.idx[i] < end or (cue is not None and view.lower[i] == cue)]
                        assert _voiced(view.idx, view.lower, sent.start, sent.end, start, end, cue) == scan


def _honorific_by_spans(doc, i, end=None):
    """honorific_at as it read every span, before the first-word test."""
    from newsgraph.extract.names import name_honorifics
    phrases, most = name_honorifics()
    end = len(doc) if end is None else end
    j = i
    while j < end:
        hit = next((n for n in range(min(most, end - j), 0, -1) if doc[j:j + n].text.lower() in phrases), 0)
        if not hit:
            break
        j += hit
    return j


def test_honorifics_found_as_before(docs):
    doc = docs[3]
    assert doc[honorific_at(doc, 0)].text == "Anifah"
    for i in range(len(doc)):
        assert honorific_at(doc, i) == _honorific_by_spans(doc, i)
        assert honorific_at(doc, i, min(len(doc), i + 2)) == _honorific_by_spans(doc, i, min(len(doc), i + 2))
