"""The statistical event coder (extract/event_model.py): weights, decisions, the switch."""
from __future__ import annotations

import hashlib
import json
from importlib.resources import files

import pytest

from newsgraph.extract import event_model as M
from newsgraph.extract.actors import extract_entities
from newsgraph.extract.event_model_features import Candidate
from newsgraph.extract.events import extract_events, tracing
from newsgraph.model import Actor


def _events(nlp, text, on=True, published="2024-02-01"):
    doc = nlp(text)
    with M.use_model(on):
        return [(e.cameo, e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)
                for e in extract_events(doc, extract_entities(doc), [], published)]


def test_weights_are_the_ones_the_metadata_describes():
    raw = json.loads(files("newsgraph.data").joinpath(M.MODEL_FILE).read_text(encoding="utf-8"))
    meta = raw["metadata"]
    blob = json.dumps(raw["weights"], sort_keys=True, separators=(",", ":"))
    assert hashlib.sha256(blob.encode()).hexdigest() == meta["weights_sha256"]
    assert len(raw["weights"]) == meta["n_weights"]
    assert len(raw["sentence"]["weights"]) == meta["n_sentence_weights"]
    assert len(raw.get("dense") or []) == meta.get("n_dense", 0)
    model = M.load_model()
    assert model.weights == {k: float(v) for k, v in raw["weights"].items()}
    assert sum(len(w) for w in model.root_weights.values()) == meta["n_sentence_weights"]
    assert (0 if model.dense is None else len(model.dense)) == meta.get("n_dense", 0)
    assert 0.0 <= model.keep <= 1.0 and 0.0 <= model.gate <= 1.0
    assert set(model.root_weights) <= set(model.root_codes)
    assert all(len(code) >= 3 and code[:2] == root for root, code in model.root_codes.items())


def test_malformed_weights_raise_a_library_error():
    with pytest.raises(M.EventModelError):
        M.model_from_dict({"bias": 0.0})


def test_switch_by_environment(monkeypatch):
    monkeypatch.delenv("NEWSGRAPH_EVENT_MODEL", raising=False)
    assert not M.model_enabled()  # off by default: the rules alone
    monkeypatch.setenv("NEWSGRAPH_EVENT_MODEL", "0")
    assert not M.model_enabled()
    with M.use_model(True):
        assert M.model_enabled()
    monkeypatch.setenv("NEWSGRAPH_EVENT_MODEL", "1")
    assert M.model_enabled()
    with M.use_model(False):
        assert not M.model_enabled()


def test_model_off_gives_the_rules_alone(nlp):
    from newsgraph.extract.event_sentences import sentence_events

    text = "The foreign minister condemned the missile strike on the capital."
    doc = nlp(text)
    rules = [(c.code, c.tok.i) for sent in doc.sents
             for c, _, _ in sentence_events(sent, extract_entities(doc), {}, {})]
    with M.use_model(False):
        got = [e.cameo for e in extract_events(doc, extract_entities(doc), [], "2024-02-01")]
    assert got == [code for code, _ in rules]


@pytest.mark.parametrize("text, root", [
    ("Germany condemned the missile strike on the capital on Tuesday.", "11"),
    ("The two presidents met in Geneva on Monday to discuss trade.", "04"),
    ("Police arrested three protesters outside the parliament in Athens.", "17"),
])
def test_model_keeps_clear_rule_events(nlp, text, root):
    assert root in [c[:2] for c, _, _ in _events(nlp, text, on=False)]
    assert root in [c[:2] for c, _, _ in _events(nlp, text, on=True)]


def test_no_event_sentences_stay_empty(nlp):
    for text in ("The weather was mild for most of the week.", "She has two children and lives in Ohio."):
        assert _events(nlp, text, on=True) == []


def _cand(tok_i, code, origin, sided=True):
    return Candidate(type("T", (), {"i": tok_i})(), code, origin, a1=Actor("Kestria", "KES") if sided else None)


def test_decide_keeps_adds_and_rejects():
    cands = [_cand(1, "111", "rule"), _cand(2, "042", "rule"), _cand(3, "112", "table"),
             _cand(4, "051", "trace"), _cand(4, "020", "table")]
    probs = [0.9, 0.05, 0.8, 0.7, 0.65]
    chosen, bare = M.decide(cands, probs, keep=0.1, add=0.6)
    # the weak rule event goes; 112 shares the root of a kept event; 051 is added; 020 is on a used token
    assert chosen == [0, 3] and bare == []
    chosen, bare = M.decide(cands, probs, keep=0.1, add=0.6, root_probs={"11": 0.9, "04": 0.2, "13": 0.8},
                            root_add=0.5, gate=0.5)
    assert chosen == [0, 3] and bare == ["13"]  # no word carries 13: it goes on the main verb
    chosen, _ = M.decide(cands, probs, keep=0.1, add=0.6, root_probs={"11": 0.01}, gate=0.05)
    assert 0 not in chosen  # the sentence model gates the rule event's root
    nobody = [_cand(1, "111", "rule"), _cand(3, "051", "table", sided=False)]
    assert M.decide(nobody, [0.9, 0.9], keep=0.1, add=0.6) == ([0], [])  # an added event needs a side


def test_explain_shows_the_model_decision(nlp):
    doc = nlp("Germany condemned the missile strike on the capital on Tuesday.")
    with M.use_model(True), tracing() as trace, M.decisions() as log:
        extract_events(doc, extract_entities(doc), [], "2024-02-01")
    assert any(tok.text == "condemned" and what.startswith("kept p=") for tok, _, what in log)
    assert not any(tok.text == "condemned" for tok, _, _ in trace)  # the trace keeps to triggers with no event
    assert any("event model on 'condemned'" in line for line in M.decision_lines("d1", log))


def test_collecting_returns_every_candidate_with_features(nlp):
    doc = nlp("The senator criticized the governor and praised the mayor.")
    with M.collecting({"criticize": {"11": "111"}}) as got:
        extract_events(doc, extract_entities(doc), [], "2024-02-01")
    cands = [c for _, cs, _ in got for c in cs]
    assert cands and all(c.feats for c in cands)
    assert any(c.root == "11" for c in cands)
