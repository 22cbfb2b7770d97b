"""analyze.without_cycle_collection: the collector is paused inside and left as it was found."""
import gc

import pytest

from newsgraph.analyze import without_cycle_collection


def test_paused_inside_and_enabled_after():
    assert gc.isenabled()
    with without_cycle_collection():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_enabled_again_after_an_error():
    with pytest.raises(ValueError), without_cycle_collection():
        raise ValueError("one document's bug")
    assert gc.isenabled()


def test_a_collector_the_caller_paused_stays_paused():
    gc.disable()
    try:
        with without_cycle_collection():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_extraction_leaves_no_reference_cycles():
    """Nothing extraction makes is cyclic garbage (a nested function that calls itself is one: function -> cell ->
    function), so the collector, resumed after each document, has no garbage to find and walks fewer objects."""
    from newsgraph.analyze import _to_input, analyze, analyze_doc, parse_text, prepare
    from newsgraph.nlp import load
    text = ("Ostravian Foreign Minister Lena Varga met opposition leaders from Kesh in Lunsk on Monday, her "
            "ministry said in a statement. \"We will not accept any delay,\" Varga told reporters after the "
            "talks. The governor of Kesh, Pavel Drummond, urged the two sides to return to the table, "
            "according to the regional news agency. Rebel commanders accused the army of shelling villages "
            "near the border and threatened to withdraw from the ceasefire.")
    analyze(text)  # the pipeline and lexicons loaded before counting
    item = _to_input(text)
    cleaned = prepare(item)
    doc = load(None)(parse_text(cleaned))  # (the parser's own step leaves a cycle: only extraction is counted)
    gc.collect()
    flags = gc.get_debug()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        result = analyze_doc(doc, item, cleaned)
        gc.collect()
        left = [type(o).__name__ for o in gc.garbage]
    finally:
        gc.set_debug(flags)
        gc.garbage.clear()
    assert result.quotes and result.events  # the steps that made the cycles ran
    assert left == []


def test_the_view_is_freed_before_the_collector_resumes():
    """analyze_doc drops the document's token view (a Token and a child list per word) while the collector is still
    paused, so the collection that follows each document does not walk those objects; the output is the same."""
    from newsgraph.analyze import _to_input, analyze, analyze_doc, parse_text, prepare
    from newsgraph.extract import sentence_view
    from newsgraph.nlp import load
    text = ("Harbour officials in Velmora said on Tuesday the ferry service would resume next week. \"The crossing "
            "is safe again,\" the port director, Ines Kallio, told the local radio station.")
    first = analyze(text)
    item = _to_input(text)
    cleaned = prepare(item)
    doc = load(None)(parse_text(cleaned))
    seen = []
    with without_cycle_collection():
        view = sentence_view.doc_view(doc)
        assert sentence_view.doc_view(doc) is view  # kept while the document is worked on
        sentence_view.release_view(doc)
        seen.append(sentence_view._LAST)
    assert seen == [None]
    result = analyze_doc(doc, item, cleaned)
    assert sentence_view._LAST is None
    assert result.text == first.text and result.quotes == first.quotes and result.events == first.events
    assert any(q.speaker is not None and q.speaker.name == "Ines Kallio" for q in result.quotes)
