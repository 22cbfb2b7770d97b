"""Quality gate: who-said-what on 13 real wire/world news articles newsgraph was not tuned on.

``golden/wire_quotes.jsonl`` keeps ids, urls, character offsets into the ``articleBody`` of
../shared/benchmarks/extraction/ground-truth.json and our speaker/source names, annotated by hand
by the rules of ../shared/eval/dev/README.md before newsgraph was run on them. The text is read
from ../shared at test time (``benchmarks/eval_quotes_wire.py`` builds the gold and scores it
with the shared ``score.py``); the scoring tests skip when ../shared is absent. Floors sit a
little under the measured figures; raise them when the extraction improves.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "wire_quotes.jsonl"
SHARED = ROOT.parent / "shared"

# first pass 16:22 UTC: 0.972, 0.819, 0.790, 0.698, 0.765; reached 18:15 UTC (278d5e6): 0.993, 0.966, 0.894,
# 0.846, 0.944; 20:45 UTC (session 3): 0.993, 0.966, 0.898, 0.849, 0.974. The set is no longer held
# out: the extraction was fixed on its error classes. At 816b961 (0.28.0): 0.993, 0.979, 0.920, 0.864, 0.974.
# At 67cdad7 (0.29.0): 1.000, 0.986, 0.919, 0.863, 0.974.
FLOORS = {
    "direct_detect": 0.98,
    "direct_who_said_what": 0.975,
    "indirect_detect": 0.90,
    "indirect_who_said_what": 0.85,
    "sources": 0.95,
}
QUOTE_MARKS = set("\"'\u201c\u201d\u2018\u2019")


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_quotes_wire", ROOT / "benchmarks" / "eval_quotes_wire.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _records() -> list[dict]:
    return [json.loads(x) for x in GOLDEN.read_text(encoding="utf-8").splitlines() if x.strip()]


def test_golden_file_keeps_no_article_text():
    recs = _records()
    assert len(recs) >= 10
    for rec in recs:
        assert set(rec) == {"id", "url", "quotes", "indirect", "attributions"}
        for key in ("quotes", "indirect", "attributions"):
            for item in rec[key]:
                assert "text" not in item
                assert 0 <= item["start"] < item["end"]
                assert (item.get("speaker") or item.get("reported_by") or "").strip()


@pytest.fixture(scope="module")
def wire():
    mod = _eval_module()
    if not mod.available(SHARED):
        pytest.skip("../shared/benchmarks/extraction or ../shared/eval/score.py not present")
    gold = mod.build_gold(SHARED)
    if len(gold) != len(_records()):
        pytest.skip("some wire articles are missing from ../shared")
    return mod, gold


def test_gold_quotes_sit_between_quote_marks(wire):
    _, gold = wire
    for g in gold.values():
        text = g["text"]
        for q in g["quotes"]:
            after = text[q["end"]:q["end"] + 2]
            assert text[q["start"] - 1] in QUOTE_MARKS, (g["id"][:10], q["text"][:40])
            assert after[:1] in QUOTE_MARKS or (after[:1] in ",." and after[1:2] in QUOTE_MARKS), \
                (g["id"][:10], q["text"][-40:])


@pytest.fixture(scope="module")
def scores(wire):
    mod, gold = wire
    pred = mod.predict(gold)
    assert set(pred) == set(gold), "an article failed to analyse"
    return mod.load_score(SHARED).score_quotes(gold, pred)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_wire_floor(scores, name):
    assert scores[name]["f1"] >= FLOORS[name], f"{name}: {scores[name]}"
