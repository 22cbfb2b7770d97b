"""The sentence-embedding event coder (extract/event_semantic*.py): head file, decisions, switch.

The tests that run the encoder skip when the ``semantic`` extra is not installed.
"""
from __future__ import annotations

import json
from importlib.resources import files

import numpy as np
import pytest
from click.testing import CliRunner

from newsgraph import cli
from newsgraph.extract import event_model as M
from newsgraph.extract import event_semantic as S
from newsgraph.extract import event_semantic_head as H
from newsgraph.extract.actors import extract_entities
from newsgraph.extract.events import extract_events

needs_extra = pytest.mark.skipif(not S.available(), reason="the semantic extra is not installed")


def test_head_file_fits_its_description():
    raw = json.loads(files("newsgraph.data").joinpath(H.HEAD_FILE).read_text(encoding="utf-8"))
    head = H.load_head()
    assert head.weights.shape == (len(raw["roots"]), raw["n_features"]) == (len(head.roots), 384 + len(H.ROOTS) + 1)
    assert set(head.roots) <= set(H.ROOTS) and set(head.add) == set(head.roots)
    assert 0.0 <= head.drop < 0.5 and all(0.0 < a <= 1.01 for a in head.add.values())
    assert all(code[:2] == root and len(code) >= 3 for root, code in head.codes.items())
    p = head.probabilities(H.features(np.zeros(384, np.float32), set()))
    assert set(p) == set(head.roots) and all(0.0 < v < 1.0 for v in p.values())


def test_malformed_head_is_a_one_line_error():
    with pytest.raises(H.SemanticHeadError, match="malformed") as err:
        H.head_from_dict({"roots": ["01"], "n_features": 3, "weights": [[1.0, 2.0]], "bias": [0.0],
                          "thresholds": {"drop": 0.0, "add": {"01": 0.5}}, "codes": {}})
    assert "\n" not in str(err.value)


def test_rule_vector_marks_the_rules_roots_or_nothing():
    v = H.rule_vector({"11", "04"})
    assert v.sum() == 2 and v[H.ROOTS.index("11")] == 1 and v[-1] == 0
    assert H.rule_vector(set())[-1] == 1 and H.rule_vector(set()).sum() == 1


def test_decide_keeps_rules_unless_the_root_is_unlikely():
    kept, added = H.decide(["11", "04"], [], {"11": 0.9, "04": 0.01}, drop=0.05, add={})
    assert kept == [0] and added == []
    kept, _ = H.decide(["11", "04"], [], {"11": 0.9}, drop=0.05, add={})  # a root with no model stays
    assert kept == [0, 1]


def test_decide_adds_a_missing_root_on_the_rules_own_trigger_first():
    others = [("11", "table", True), ("11", "trace", True), ("04", "table", True)]
    kept, added = H.decide(["01"], others, {"01": 0.8, "11": 0.7, "04": 0.2}, drop=0.0,
                           add={"11": 0.5, "04": 0.5})
    assert kept == [0] and added == [("11", 1)]


def test_decide_adds_on_the_main_verb_when_no_candidate_and_never_over_a_blocked_one():
    kept, added = H.decide([], [("13", "trace", False)], {"11": 0.9, "13": 0.9}, drop=0.0,
                           add={"11": 0.5, "13": 0.5})
    assert added == [("11", None)]  # 13's only candidate was blocked (negated, hypothetical ...)


def test_decide_adds_at_most_two_and_not_a_root_already_kept():
    probs = {"11": 0.9, "12": 0.8, "10": 0.7, "01": 0.95}
    _, added = H.decide(["01"], [], probs, drop=0.0, add=dict.fromkeys(probs, 0.5))
    assert [r for r, _ in added] == ["11", "12"]


def test_event_mode_follows_switches_and_environment(monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_EVENT_MODEL", "semantic")
    assert M.event_mode() == "semantic" and not M.model_enabled()
    with M.use_model(False):
        assert M.event_mode() == "rules"
    monkeypatch.setenv("NEWSGRAPH_EVENT_MODEL", "1")
    assert M.event_mode() == "model"
    with M.use_mode("semantic"):
        assert M.event_mode() == "semantic"
    monkeypatch.delenv("NEWSGRAPH_EVENT_MODEL")
    assert M.event_mode() == "rules"
    with pytest.raises(M.EventModelError), M.use_mode("neural"):
        pass


def test_missing_extra_is_one_line_in_the_library_and_the_cli(monkeypatch, tmp_path):
    monkeypatch.setattr(S, "available", lambda: False)
    with pytest.raises(S.SemanticExtraMissing, match="semantic extra") as err:
        S.require()
    assert "\n" not in str(err.value)
    art = tmp_path / "a.txt"
    art.write_text("The minister criticised the plan on Monday.\n", encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_EVENT_MODEL", "0")  # the CLI sets it: monkeypatch puts it back
    res = CliRunner().invoke(cli.main, ["analyze", str(art), "--events-model", "semantic"])
    assert res.exit_code == 2
    assert res.stderr.strip().count("\n") == 0 and "semantic extra" in res.stderr


def _events(nlp, text, mode):
    doc = nlp(text)
    with M.use_mode(mode):
        return [(e.cameo, e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)
                for e in extract_events(doc, extract_entities(doc), [], "2024-02-01")]


@needs_extra
def test_semantic_mode_runs_and_keeps_clear_rule_events(nlp):
    text = ("Russian troops attacked the Ukrainian city of Kharkiv on Tuesday. "
            "The weather in the region was mild for the season.")
    rules = _events(nlp, text, "rules")
    sem = _events(nlp, text, "semantic")
    assert any(c.startswith("19") for c, _, _ in rules)
    assert any(c.startswith("19") for c, _, _ in sem)


@needs_extra
def test_sentence_vectors_are_made_once_per_document(nlp, monkeypatch):
    doc = nlp("The talks ended. Both sides left Geneva.")
    calls = []
    real = S.encode
    monkeypatch.setattr(S, "encode", lambda texts, **kw: calls.append(len(texts)) or real(texts, **kw))
    vecs = [S.sentence_vector(s) for s in doc.sents]
    assert calls == [2] and all(abs(float(np.linalg.norm(v)) - 1.0) < 1e-3 for v in vecs)
