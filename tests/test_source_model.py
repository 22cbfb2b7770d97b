"""The candidate trace of the source rules and the learned keep/drop decision over it (extract/source_model.py)."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from newsgraph.extract.source_model import (
    SourceModelError,
    collecting,
    decide,
    load_model,
    model_enabled,
    model_from_dict,
    use_model,
)
from source_helpers import sources

# Invented page: a credited agency ('according to'), a credited statement, and a source noun the rules decline
# (a report that is the object of a promise, nothing credited to it).
TEXT = ("Harbour toll plan stalls\n\n"
        "The Kelsbury port council delayed its vote on the harbour toll, according to the Velnews agency. "
        "Councillor Mira Toft said in a statement that the delay was a mistake. "
        "The council promised a report on the costs next spring.")


def _model(bias: float, keep: float, add: float, weights: dict | None = None):
    return model_from_dict({"bias": bias, "weights": weights or {}, "thresholds": {"keep": keep, "add": add}})


def test_trace_records_credited_and_declined_candidates_without_changing_the_output(nlp):
    plain = sources(nlp, TEXT)
    with collecting() as log:
        traced = sources(nlp, TEXT)
    assert traced == plain
    by_name = {c["found"].reported_by: c for c in log}
    velnews = next(c for name, c in by_name.items() if "Velnews" in name)
    assert velnews["guard"] is None and "according" in velnews["feats"]
    statement = next(c for name, c in by_name.items() if name.startswith("statement"))
    assert statement["guard"] is None and "noun=statement" in statement["feats"]
    report = next(c for name, c in by_name.items() if "report" in name)
    assert report["guard"] == "declined_noun" and "g=declined_noun" in report["feats"]
    assert not any("report" in name for name, _ in plain)
    assert all(c["feats"] and c["sent_start"] <= c["anchor"] < c["sent_end"] for c in log)


def test_a_model_that_keeps_nothing_credits_nothing(nlp):
    assert sources(nlp, TEXT)
    with use_model(True, _model(-30.0, 0.5, 0.5)):
        assert sources(nlp, TEXT) == []


def test_a_model_that_keeps_everything_credits_the_declined_candidates(nlp):
    plain = {name for name, _ in sources(nlp, TEXT)}
    with use_model(True, _model(30.0, 0.5, 0.5)):
        found = {name for name, _ in sources(nlp, TEXT)}
    assert plain < found
    assert any("report" in name for name in found)


def test_model_off_is_the_rules(nlp, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_SOURCE_MODEL", "0")
    assert not model_enabled()
    with use_model(False, _model(-30.0, 0.5, 0.5)):
        assert sources(nlp, TEXT)
    monkeypatch.setenv("NEWSGRAPH_SOURCE_MODEL", "1")
    assert model_enabled()


def test_decide_keeps_and_adds_by_guard():
    guards = [None, None, "declined_noun", "named_only"]
    assert decide(guards, [0.9, 0.1, 0.2, 0.8], keep=0.3, add=0.5) == [True, False, False, True]
    assert decide(guards, [0.9, 0.1, 0.2, 0.8], keep=0.0, add=1.01) == [True, True, False, False]  # the rules


def test_shipped_weights_load_and_bad_files_fail_with_one_line():
    m = load_model()
    assert 0.0 <= m.keep <= 1.01 and 0.0 <= m.add <= 1.01
    assert m.metadata.get("articles", 0) > 0 and "cv" in m.metadata
    assert 0.0 < m.probability(["g=kept", "kind=agency", "according"]) < 1.0
    with pytest.raises(SourceModelError):
        model_from_dict({"bias": 0.0, "weights": {}})


def _train_script():
    bench = str(Path(__file__).resolve().parents[1] / "benchmarks")
    if bench not in sys.path:
        sys.path.insert(0, bench)
    return importlib.import_module("train_source_model")


def test_the_training_simulation_applies_the_decision_to_the_rules_output():
    T = _train_script()

    def cand(guard, name, anchor, s, e):
        return {"guard": guard, "name": name, "anchor": anchor, "sent_start": s, "sent_end": e}

    doc = {"cands": [cand(None, "Velnews", 10, 0, 50), cand(None, "statement by Toft", 60, 55, 100),
                     cand("declined_noun", "report", 120, 105, 150), cand("named_only", "Velnews", 160, 155, 170)],
           "out": [{"reported_by": "Velnews agency", "start": 0, "end": 50},
                   {"reported_by": "statement by Toft", "start": 55, "end": 100}]}
    assert T.simulate(doc, None, 0.5, 0.5) == ["Velnews agency", "statement by Toft"]
    assert T.simulate(doc, [0.9, 0.2, 0.1, 0.1], 0.5, 0.5) == ["Velnews agency"]  # the statement dropped
    assert T.simulate(doc, [0.9, 0.9, 0.7, 0.7], 0.5, 0.5) == ["Velnews agency", "statement by Toft", "report",
                                                                "Velnews"]  # one per sentence and source
