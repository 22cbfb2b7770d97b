"""The learning-curve tooling of the event heads (benchmarks/train_event_curve.py): the cut keeps whole
articles, the trigger table of a cut only knows its own coders' triggers, the log-linear fit is right."""
from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
curve = pytest.importorskip("train_event_curve")


def _records() -> list[dict]:
    out = []
    for art in range(8):
        for k in range(3):
            out.append({"id": f"a{art}s{k}", "set": "gold_batch1", "file": f"f{art}", "doc_id": art,
                        "expected": [], "trig": [("slam", "11", "111", "slammed")] if art == 0 else [],
                        "cands": [{"origin": "table", "code": "111", "lemma": "slam", "feats": ["code=111"],
                                   "i": 0, "text": "slammed"},
                                  {"origin": "rule", "code": "010", "lemma": "say", "feats": [], "i": 1,
                                   "text": "said"}]})
    return out


def test_cut_keeps_whole_articles_and_its_share():
    recs = _records()
    idx = list(range(len(recs)))
    sub = curve.cut(recs, idx, 0.25, seed=3)
    files = {recs[i]["file"] for i in sub}
    assert len(files) == 2
    assert all(sum(r["file"] == f for r in (recs[i] for i in sub)) == 3 for f in files)
    assert curve.cut(recs, idx, 0.25, seed=3) == sub  # seeded
    assert curve.cut(recs, idx, 1.0, seed=3) == idx


def test_table_candidates_come_from_the_cut_only():
    recs = _records()
    table_with = curve.T.table_of([recs[0]])  # the article whose coder marked "slam" as an 11 trigger
    table_without = curve.T.table_of([recs[3]])
    assert [c["origin"] for c in curve.with_table(recs, table_with)[5]["cands"]] == ["table", "rule"]
    assert [c["origin"] for c in curve.with_table(recs, table_without)[5]["cands"]] == ["rule"]


def test_loglinear_recovers_a_known_line():
    xs = [500, 1000, 2000, 4000]
    ys = [0.3 + 0.02 * math.log(x) for x in xs]
    a, b = curve.loglinear(xs, ys)
    assert a == pytest.approx(0.3, abs=1e-9)
    assert b == pytest.approx(0.02, abs=1e-9)
