"""The candidate trace of the indirect rules and the learned keep/drop decision over it (extract/indirect_model.py)."""
from __future__ import annotations

import pytest

from newsgraph.extract.indirect_model import (
    IndirectModelError,
    collecting,
    decide,
    load_model,
    model_enabled,
    model_from_dict,
    use_model,
)
from quote_helpers import indirect_runner

TEXT = ("Senate clashes over the budget\n\n"
        "Senator Ann Reed said on Monday that the budget would fail. "
        "She criticized the governor. She did not say whether the talks would resume. "
        "\"We will win this vote,\" she said. "
        "Critics argue the plan is flawed.")


def _model(bias: float, keep: float, add: float, swap: float = 1.01, weights: dict | None = None):
    return model_from_dict({"bias": bias, "weights": weights or {},
                            "thresholds": {"keep": keep, "add": add, "swap": swap}})


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_trace_records_kept_and_dropped_candidates_without_changing_the_output(run):
    plain = [(q.start, q.end, q.speaker.name) for q in run(TEXT)]
    with collecting() as log:
        traced = [(q.start, q.end, q.speaker.name) for q in run(TEXT)]
    assert traced == plain
    by_text = {c["text"]: c for c in log}
    assert by_text["the budget would fail"]["guard"] is None
    assert by_text["the budget would fail"]["speaker"] == "Ann Reed"
    assert by_text["We will win this vote"]["guard"] == "all_quoted"  # a direct quote, not reported speech
    criticized = by_text["the governor"]  # a person as the object of an evaluative cue: over-generated
    assert criticized["guard"] == "np_object" and criticized["speaker"] == "Ann Reed"
    assert "guard=np_object" in criticized["feats"] and "kind=np" in criticized["feats"]
    assert by_text["whether the talks would resume"]["guard"] == "clause_dropped"  # the negation guard's clause
    assert "cue_neg" in by_text["whether the talks would resume"]["feats"]
    assert all(c["feats"] for c in log)


def test_a_model_that_keeps_nothing_drops_every_statement(run):
    with use_model(True, _model(-30.0, 0.5, 0.5)):
        assert run(TEXT) == []


def test_a_model_that_keeps_everything_adds_the_dropped_candidates(run):
    plain = {q.text for q in run(TEXT)}
    with use_model(True, _model(30.0, 0.5, 0.5)):
        found = {q.text for q in run(TEXT)}
    assert plain < found
    assert "the governor" in found


def test_model_off_is_the_rules(run, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_INDIRECT_MODEL", "0")
    assert not model_enabled()
    with use_model(False, _model(-30.0, 0.5, 0.5)):
        assert [q.text for q in run(TEXT)]
    monkeypatch.setenv("NEWSGRAPH_INDIRECT_MODEL", "1")
    assert model_enabled()


def test_decide_keeps_swaps_and_adds():
    guards = [None, "alt_cut_comma", "np_object"]
    assert decide(guards, [0.9, 0.2, 0.1], keep=0.3, add=0.5, swap=0.5) == [0]
    assert decide(guards, [0.6, 0.8, 0.1], keep=0.3, add=0.5, swap=0.5) == [1]  # the other end is likelier
    assert decide(guards, [0.6, 0.8, 0.1], keep=0.3, add=0.5, swap=1.01) == [0]  # swapping switched off
    assert decide(guards, [0.2, 0.1, 0.7], keep=0.3, add=0.5, swap=0.5) == [2]
    assert decide(["alt_cut_comma"], [0.9], keep=0.3, add=0.5, swap=0.5) == []  # no rule statement to replace


def test_shipped_weights_load_and_bad_files_fail_with_one_line():
    m = load_model()
    assert 0.0 <= m.keep <= 1.01 and 0.0 <= m.add <= 1.01 and 0.0 <= m.swap <= 1.01
    assert m.metadata.get("articles", 0) > 0
    p = m.probability(["bias_rule", "fam=clause", "kind=clause"])
    assert 0.0 < p < 1.0
    with pytest.raises(IndirectModelError):
        model_from_dict({"bias": 0.0, "weights": {}})


def _train_script():
    import importlib
    import sys
    from pathlib import Path

    bench = str(Path(__file__).resolve().parents[1] / "benchmarks")
    if bench not in sys.path:
        sys.path.insert(0, bench)
    return importlib.import_module("train_indirect_model")


def test_the_training_simulation_applies_the_decision_to_the_rules_output():
    T = _train_script()

    def cand(s, e, guard, cue_i, text):
        return {"start": s, "end": e, "guard": guard, "cue_i": cue_i, "text": text, "speaker": "A"}

    doc = {"cands": [cand(0, 20, None, 1, "rule one"), cand(0, 10, "alt_cut_comma", 1, "alt one"),
                     cand(30, 50, None, 5, "rule two"), cand(60, 70, "np_object", 9, "object")],
           "out": [{"start": 0, "end": 20, "kind": "indirect", "text": "rule one", "speaker": "B"},
                   {"start": 30, "end": 50, "kind": "indirect", "text": "rule two", "speaker": "A"},
                   {"start": 80, "end": 90, "kind": "indirect", "text": "headline", "speaker": "C"}]}
    assert T.simulate(doc, None, 0.5, 0.5, 0.5) == doc["out"]
    texts = [q["text"] for q in T.simulate(doc, [0.9, 0.1, 0.9, 0.1], 0.5, 0.5, 0.5)]
    assert texts == ["rule one", "rule two", "headline"]  # all as the rules had them
    out = T.simulate(doc, [0.6, 0.8, 0.2, 0.7], 0.5, 0.5, 0.5)
    assert [q["text"] for q in out] == ["alt one", "headline", "object"]  # swapped, dropped, kept; headline stays
    assert out[0]["speaker"] == "B"  # the swapped end keeps the speaker the article pass gave the statement


class _Score:
    """The two score.py functions ceiling() uses, on bags of lower-cased words."""

    @staticmethod
    def overlap(a: str, b: str) -> tuple[float, float]:
        x, y = set(a.lower().split()), set(b.lower().split())
        common = len(x & y)
        return common / max(1, len(x)), common / max(1, len(y))

    @staticmethod
    def same_speaker(a, b) -> bool:
        return (a or "").lower() == (b or "").lower()


def test_the_oracle_keeps_what_matches_and_the_ceiling_says_why_gold_is_out_of_reach():
    T = _train_script()
    doc = {"cands": [{"text": "the harbour would reopen in May", "speaker": "Lena Vos", "cue": "said", "y": 1},
                     {"text": "the ferry fares would rise", "speaker": "the council", "cue": "said", "y": 0},
                     {"text": "a review of the pier", "speaker": "Lena Vos", "cue": "ordered", "y": 0}],
           "indirect": [{"text": "the harbour would reopen in May", "speaker": "Lena Vos", "cue": "said"},
                        {"text": "the ferry fares would rise", "speaker": "Tom Idris", "cue": "said"},
                        {"text": "the pier was unsafe for walkers", "speaker": "Lena Vos", "cue": "ordered"},
                        {"text": "tourists would stay away all summer", "speaker": "Tom Idris", "cue": "fretted"},
                        {"text": "the budget was already spent", "speaker": "Tom Idris", "cue": None}]}
    assert T.oracle_probs(doc) == [1.0, 0.0, 0.0]
    assert T.ceiling([doc], _Score()) == {"reachable": 1, "speaker": 1, "cue_wrong_span": 1, "cue_unlisted": 1,
                                          "no_cue": 1}
