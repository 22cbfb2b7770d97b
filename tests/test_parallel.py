"""analyze_parallel: the same results as analyze_many, in input order, with worker processes."""
from __future__ import annotations

from newsgraph.analyze import analyze_many
from newsgraph.model import DocumentInput, Failure
from newsgraph.parallel import _chunks, analyze_parallel

DOCS = [
    "Foreign Minister Ana Veltri said on Monday that the talks would resume. \"We are ready,\" she told reporters.",
    "The defence ministry of Kestria issued a statement condemning the exercises near its border.",
    "",  # no text: a Failure, in its place
    "Protesters gathered outside parliament, police said. \"This law must go,\" one organiser said.",
    "<html><body><p>The council adopted the resolution after a short debate, officials said.</p>"
    "<p>\"It is a good day,\" the chair said.</p></body></html>",
    "Negotiators from both sides met in Geneva and agreed to continue the ceasefire talks next week.",
]


def _as_dicts(results):
    return [r.to_dict() if not isinstance(r, Failure) else ("failure", r.id, r.reason) for r in results]


def _inputs():
    items = [DocumentInput(id=f"d{n}", text=t, published="2024-03-0" + str(1 + n % 9)) for n, t in enumerate(DOCS)]
    items.insert(2, Failure("unreadable", "cannot read: test", "x.txt"))
    items.append("A plain string document: the envoy said the border would stay open.")
    return items


def test_same_results_in_order_as_analyze_many(nlp):
    expected = _as_dicts(analyze_many(_inputs()))
    got = _as_dicts(analyze_parallel(_inputs(), workers=2, chunk_size=2, batch_size=2))
    assert got == expected
    assert [x[1] for x in got if isinstance(x, tuple)] == ["unreadable", "d2"]


def test_one_worker_runs_in_process(nlp):
    assert _as_dicts(analyze_parallel(_inputs()[:3], workers=1)) == _as_dicts(analyze_many(_inputs()[:3]))


def test_input_is_read_lazily_and_bounded(nlp):
    """Never more than 2 * workers chunks are taken from the input ahead of the results."""
    taken = 0

    def stream():
        nonlocal taken
        for n in range(40):
            taken += 1
            yield DocumentInput(id=f"s{n}", text=f"Official number {n} said the meeting went well.")

    it = analyze_parallel(stream(), workers=2, chunk_size=3)
    first = next(it)
    assert first.id == "s0"
    assert taken <= 3 * 2 * 2 + 3  # in flight plus the chunk being cut
    rest = list(it)
    assert [r.id for r in rest] == [f"s{n}" for n in range(1, 40)]


def test_default_ids_follow_global_position():
    chunks = list(_chunks(["a", "b", {"text": "c"}, "d"], 3))
    assert [[d.id for d in c] for c in chunks] == [["doc0", "doc1", "doc2"], ["doc3"]]


def test_a_document_that_kills_its_worker_fails_alone(nlp, monkeypatch):
    """A worker that dies (as when killed for memory) costs only its own chunk's documents."""
    import importlib
    import os

    import pytest

    from newsgraph import parallel

    analyze_mod = importlib.import_module("newsgraph.analyze")  # the package's `analyze` is the function

    if parallel.START_METHOD != "fork":
        pytest.skip("the patched function reaches the workers only through fork")
    real = analyze_mod.analyze_doc

    def deadly(doc, item, cleaned):
        if "KILLME" in doc.text:
            os._exit(3)
        return real(doc, item, cleaned)

    monkeypatch.setattr(analyze_mod, "analyze_doc", deadly)
    items = [DocumentInput(id=f"k{n}", text=f"The mayor said item {n} was approved.") for n in range(6)]
    items[3] = DocumentInput(id="k3", text="KILLME the spokesman said.")
    out = list(analyze_parallel(items, workers=2, chunk_size=1))
    assert [r.id for r in out] == [f"k{n}" for n in range(6)]
    assert [n for n, r in enumerate(out) if isinstance(r, Failure)] == [3]
    assert "worker process died" in out[3].reason
