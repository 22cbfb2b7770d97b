"""Pathological inputs stay bounded: no sentence runs past nlp.LONG_SENTENCE tokens (a stretch with no sentence end
is cut), and the per-document lookups that replaced per-candidate walks give what the walks gave."""
from __future__ import annotations

import time

from newsgraph.analyze import analyze
from newsgraph.extract.entity_index import EntityIndex
from newsgraph.extract.events import _quotes_near
from newsgraph.extract.marks import Marked
from newsgraph.nlp import LONG_RUN_CHARS, LONG_SENTENCE


def test_run_without_sentence_end_is_cut(nlp):
    doc = nlp("The envoy from Varnia said that " + "the clerk said that " * 120 + "the river was high")
    assert max(len(s) for s in doc.sents) <= LONG_SENTENCE
    assert len(list(doc.sents)) >= 2


def test_long_ordinary_sentence_is_not_cut(nlp):
    # over LONG_RUN_CHARS with no '.', so the cap looks at it, but under LONG_SENTENCE tokens: one sentence
    text = ("Transport Minister Tova Rell told the regional assembly in Dorn on Tuesday that the replacement bridge "
            "across the Kest river, which engineers from three neighbouring provinces had been designing since the "
            "floods destroyed the previous crossing, would open to cars and lorries in May, that the fares charged "
            "to commuters travelling between the northern suburbs and the city centre would remain unchanged for at "
            "least another eighteen months, that the ageing ferry, still cherished by many families living along "
            "both banks of the valley, would continue operating on weekends and public holidays, that contractors "
            "responsible for the delays would face financial penalties written into their agreements, that an "
            "independent inspector appointed by the assembly would publish quarterly assessments describing "
            "progress on the approach roads, the cycle lanes, the pedestrian walkways and the drainage channels "
            "beneath the embankments, and that residents whose properties had been damaged during construction "
            "would receive compensation through a dedicated fund administered jointly by the provincial treasury, "
            "the municipal authorities and an advisory committee representing shopkeepers, farmers, fishermen, "
            "teachers, nurses and pensioners from every district affected by the works, while opposition members "
            "insisted that the government publish every contract signed since the project began.")
    assert len(text) > LONG_RUN_CHARS + 100 and "." not in text[:-1]
    doc = nlp(text)
    assert len(doc) > LONG_SENTENCE // 2
    assert len(list(doc.sents)) == 1


def test_hundreds_of_said_that_clauses_finish():
    start = time.perf_counter()
    a = analyze("Tova Rell said that " + "Ilan Brook said that " * 600 + "the ferry was late.")
    assert a is not None and a.quotes
    assert time.perf_counter() - start < 20


def _marked(start, end):
    return Marked(start=start, end=end, open=start - 1, close=end + 1)


def test_quote_ends_by_reads_every_earlier_quote():
    quotes = [_marked(1, 90), _marked(20, 30), _marked(40, 50)]
    index = EntityIndex(quotes=quotes)
    index._quote_starts = [q.start for q in quotes]
    assert index.quote_ends_by(45, 87)  # the first quote, not the last one started, ends late enough
    assert not index.quote_ends_by(45, 95)
    assert not index.quote_ends_by(0, 10)  # no quote starts by 0


class _Q:
    def __init__(self, start, end):
        self.start, self.end = start, end


def test_quotes_near_equals_the_walk():
    quotes = [_Q(0, 100), _Q(10, 20), _Q(30, 40), _Q(120, 130), _Q(125, 200), _Q(300, 310)]
    near = _quotes_near(quotes)
    for start in range(0, 320, 7):
        for end in range(start + 1, 330, 11):
            walk = [n for n, q in enumerate(quotes) if not (q.end <= start or q.start >= end)]
            assert [n for n in near(start, end) if not (quotes[n].end <= start or quotes[n].start >= end)] == walk
    unsorted = [_Q(50, 60), _Q(0, 10)]
    assert list(_quotes_near(unsorted)(0, 100)) == [0, 1]


def _breaks_by_setter(doc):
    """The paragraph rule written with the Token setter, one token at a time (what _paragraph_breaks must match)."""
    after_break = False
    for tok in doc:
        if tok.is_space:
            after_break = after_break or tok.text.count("\n") >= 2
            continue
        if after_break and tok.i > 0:
            tok.is_sent_start = True
        after_break = False


def test_paragraph_breaks_match_the_token_setter(nlp):
    import pytest
    from spacy.attrs import SENT_START

    from newsgraph.extract.sentence_view import TEXT_KEY
    from newsgraph.nlp import _long_runs, _paragraph_breaks
    texts = ["GARLAND BAY, May 3 (Tidewire) -\n\nThe harbour board met on Friday.\n\n\nMembers voted to \n dredge the "
             "channel.\n \n  Opponents said the cost was too high.\n\n", "\n\nOne line only",
             "No break at all in this one.", ("Council notes " * 160 + "\n\n") * 2 + "The end."]
    for text in texts:
        ours, theirs = nlp.make_doc(text), nlp.make_doc(text)
        _paragraph_breaks(ours)
        _long_runs(theirs)  # the long-run cut first, as the component does
        _breaks_by_setter(theirs)
        assert ours.to_array(SENT_START).tolist() == theirs.to_array(SENT_START).tolist()
        if len(ours) > LONG_SENTENCE:
            assert ours.user_data[TEXT_KEY] == ours.text  # kept for extraction's doc_text
    before = sum(1 for s in nlp.make_doc(texts[0]).to_array(SENT_START).tolist() if s == 1)
    ours = nlp.make_doc(texts[0])
    _paragraph_breaks(ours)
    assert sum(1 for s in ours.to_array(SENT_START).tolist() if s == 1) == before + 3  # after each blank line
    parsed = nlp(texts[0])
    with pytest.raises(ValueError):
        _paragraph_breaks(parsed)  # a parsed document keeps the boundaries of its parse, as with the setter
