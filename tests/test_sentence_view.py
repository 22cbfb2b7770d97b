"""sentence_view: the per-token lists must say what the Tokens say, and the cheap tests built on
them (may_code, first_words, quoted tokens) must never turn away a token the full reading keeps."""
from __future__ import annotations

import pytest

from newsgraph.extract.event_match import POS_CODES, may_code
from newsgraph.extract.event_statement_words import first_words, kinds_of, phrase_at
from newsgraph.extract.event_statements import _quoted_in_view, quoted_tokens
from newsgraph.extract.event_triggers import code_action
from newsgraph.extract.sentence_view import doc_view, sent_of, slice_text, span_of

TEXTS = [
    'The minister said on Tuesday that Valdoria "will not accept" the cease-fire terms, calling them a disgrace.',
    "Protesters marched through the capital. Police fired tear gas; two people were hurt.",
    '"Stop the shelling now," she told reporters. "We must stand together."',
    "The U.N. envoy, who met the rebels last week, urged both sides to resume talks in Geneva.",
    "",
]


@pytest.fixture(scope="module")
def docs(nlp):
    return [nlp(t) for t in TEXTS]


def test_lists_match_the_tokens(docs):
    for doc in docs:
        view = doc_view(doc)
        toks = list(doc)
        assert view.text == [t.text for t in toks]
        assert view.lower == [t.lower_ for t in toks]
        assert view.lemma == [t.lemma_.lower() for t in toks]
        assert view.pos == [t.pos_ for t in toks]
        assert view.tag == [t.tag_ for t in toks]
        assert view.dep == [t.dep_ for t in toks]
        assert view.ent == [t.ent_type_ for t in toks]
        assert view.idx == [t.idx for t in toks]
        assert view.head == [t.head.i for t in toks]  # HEAD comes back relative and unsigned from to_array
        assert view.punct == [t.is_punct for t in toks]
        assert view.quote == [t.is_quote for t in toks]
        assert view.stop == [t.is_stop for t in toks]
        assert view.alpha == [t.is_alpha for t in toks]
        for sent in doc.sents:
            assert view.ents_in(sent) == [(e.start, e.end, e.label_) for e in sent.ents]
            assert [t.i for t in view.sentence(sent)] == list(range(sent.start, sent.end))


def test_one_view_per_document(docs):
    first, second = docs[0], docs[1]
    view = doc_view(first)
    assert doc_view(first) is view  # kept while the same document is asked for
    other = doc_view(second)
    assert other is not view and other.doc is second
    assert doc_view(first).doc is first  # rebuilt for the first one again


def test_may_code_keeps_every_coded_token(docs):
    """may_code is only a shortcut: every token code_action codes must pass it."""
    coded = 0
    for doc in docs:
        view = doc_view(doc)
        for tok in doc:
            if tok.pos_ in POS_CODES and code_action(tok) is not None:
                coded += 1
                assert may_code(view, tok.i), tok.text
    assert coded >= 5  # the texts hold coded triggers, so the check checked something
    view = doc_view(docs[1])
    assert not may_code(view, next(t.i for t in docs[1] if t.text == "."))


def test_first_words_cover_kinds_and_phrases(docs):
    listed = first_words()
    for doc in docs:
        for tok in doc:
            if kinds_of(tok) or phrase_at(tok, len(doc)) is not None:
                assert tok.lemma_.lower() in listed or tok.lower_ in listed, tok.text
    assert "disgrace" in listed


def test_quoted_tokens_on_a_sentence_and_on_a_doc(docs):
    doc = docs[2]
    for sent in doc.sents:
        fast = quoted_tokens(sent)  # a Span: read from the view
        assert fast == _quoted_in_view(doc_view(doc), sent.start, sent.end)
        inside = {t.i for t in sent if t.text in ("Stop", "shelling", "stand")}
        assert inside <= fast
    assert {t.i for t in doc if t.text == "told"}.isdisjoint(quoted_tokens(doc))  # a Doc: the token walk


def test_children_and_entities_match_the_doc(docs):
    for doc in docs:
        view = doc_view(doc)
        assert view.children == [[c.i for c in t.children] for t in doc]
        assert [(e.start, e.end, e.label_) for e in view.ents] == [(e.start, e.end, e.label_) for e in doc.ents]
        assert view.ents is doc_view(doc).ents  # read once: the same Spans for every step


def test_span_of_is_the_slice(docs):
    """span_of(doc, a, b) is doc[a:b]: the same tokens, offsets and text, for every pair of bounds, in order or
    not, past the end or negative (those go through the slice, which clips them)."""
    for doc in docs:
        n = len(doc)
        for a in range(-2, n + 3):
            for b in range(-2, n + 3):
                got, want = span_of(doc, a, b), doc[a:b]
                assert (got.start, got.end, got.start_char, got.end_char, got.text, got.label_) == \
                    (want.start, want.end, want.start_char, want.end_char, want.text, want.label_)


def test_sent_of_is_token_sent(docs, nlp):
    """sent_of(tok) is tok.sent for every token: the same bounds, offsets and text; a document whose sentences come
    from a user hook gets the hook's answer, as Token.sent gives it."""
    for doc in docs:
        for tok in doc:
            got, want = sent_of(tok), tok.sent
            assert (got.start, got.end, got.start_char, got.end_char, got.text) == \
                (want.start, want.end, want.start_char, want.end_char, want.text)
    hooked = nlp("Ostravia closed the border. The envoy left on Friday.")
    hooked.user_token_hooks["sent"] = lambda tok: tok.doc[0:len(tok.doc)]
    assert [(sent_of(t).start, sent_of(t).end) for t in hooked] == [(0, len(hooked))] * len(hooked)


def test_slice_text_is_the_span_text(docs, nlp):
    """slice_text(doc, a, b) is doc[a:b].text for every pair of bounds (no trailing space, line breaks and double
    spaces kept inside), also on a text with runs of whitespace between words."""
    spaced = nlp("The envoy  arrived.\n\nHe said  \"no\" twice , then left. ")
    for doc in [*docs, spaced]:
        n = len(doc)
        for a in range(-2, n + 3):
            for b in range(-2, n + 3):
                assert slice_text(doc, a, b) == doc[a:b].text
