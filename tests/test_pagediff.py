"""scripts/quality/pagediff.py counts the pages whose scores changed between two prediction files, with
../shared/eval/score.py's matching (skips when ../shared is absent). Invented pages."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if not (ROOT.parent / "shared" / "eval" / "score.py").exists():
    pytest.skip("../shared/eval is not beside the checkout", allow_module_level=True)
spec = importlib.util.spec_from_file_location("pagediff", ROOT / "scripts" / "quality" / "pagediff.py")
pagediff = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pagediff)

GOLD = {
    "p1": {"id": "p1", "quotes": [{"speaker": "Ilse Marren", "text": "The harbour stays open all winter"}],
           "indirect": [], "attributions": []},
    "p2": {"id": "p2", "quotes": [], "attributions": [],
           "indirect": [{"speaker": "Tomas Vell", "text": "the ferry fares would fall in spring"}]},
}


def quote(who, text, kind="direct"):
    return {"speaker": {"name": who}, "text": text, "kind": kind}


def test_one_page_up_one_unchanged():
    before = {"p1": {"quotes": [quote("Tomas Vell", "The harbour stays open all winter")]},
              "p2": {"quotes": [quote("Tomas Vell", "the ferry fares would fall in spring", "indirect")]}}
    after = {"p1": {"quotes": [quote("Ilse Marren", "The harbour stays open all winter")]},
             "p2": before["p2"]}
    counts, rows = pagediff.page_changes(GOLD, before, after)
    assert counts["direct"] == [1, 1, 0]
    assert counts["indirect"] == [0, 0, 0]
    assert [(r[0], r[1]) for r in rows] == [("p1", "direct")]


def test_a_lost_statement_counts_down():
    before = {"p2": {"quotes": [quote("Tomas Vell", "the ferry fares would fall in spring", "indirect")]}}
    counts, _ = pagediff.page_changes(GOLD, before, {})
    assert counts["indirect"] == [1, 0, 1]
