"""The fine-tuned root classifier of the semantic event mode (extract/event_finetune.py).

Tests that need torch and the encoder skip when the ``semantic`` extra is not installed; those
that read the shipped weights skip when none are shipped.
"""
from __future__ import annotations

import copy

import numpy as np
import pytest

from newsgraph.extract import event_finetune as F
from newsgraph.extract import event_semantic as S
from newsgraph.extract import event_semantic_head as H

needs_extra = pytest.mark.skipif(not S.available(), reason="the semantic extra is not installed")
needs_weights = pytest.mark.skipif(not F.shipped(), reason="no fine-tuned weights shipped")


@needs_weights
def test_weights_file_fits_its_description():
    arrays, meta = F.read_weights()
    head = F.head_of(arrays, meta)
    assert head.roots == H.ROOTS and head.weights.shape == (20, F.HIDDEN + len(H.ROOTS) + 1)
    assert 0.0 <= head.drop < 0.5 and all(0.0 < a <= 1.01 for a in head.add.values())
    assert all(code[:2] == root and len(code) >= 3 for root, code in head.codes.items())
    top = meta["metadata"]["top_layers"]
    layers = {int(k[1:].split(".")[0]) for k in arrays if k.startswith("L")}
    assert layers == set(range(6 - top, 6))
    for k in (k for k in arrays if k.endswith(".A")):
        a, b = arrays[k], arrays[k[:-2] + ".B"]
        assert a.dtype == np.float16 and b.shape[1] == a.shape[0] == meta["metadata"]["rank"]
    assert sum(a.nbytes for a in arrays.values()) < 4_000_000  # small enough for the repo


def test_malformed_weights_are_a_one_line_error():
    arrays = {"head.weight": np.zeros((2, 3), np.float32), "head.bias": np.zeros(2, np.float32)}
    meta = {"roots": ["01", "02"], "thresholds": {"drop": 0.0, "add": {}}, "codes": {}}
    with pytest.raises(H.SemanticHeadError, match="malformed") as err:
        F.head_of(arrays, meta)
    assert "\n" not in str(err.value)


@needs_extra
def test_written_weights_read_back_into_a_head(tmp_path):
    st = S._encoder()
    top = F.make_top(st[0].auto_model.encoder.layer[4:], rank=4, alpha=8.0)
    arrays = F.adapter_arrays(top, 6)
    arrays["head.weight"] = np.ones((20, F.HIDDEN + len(H.ROOTS) + 1), np.float32)
    arrays["head.bias"] = np.zeros(20, np.float32)
    meta = {"roots": list(H.ROOTS), "thresholds": {"drop": 0.0, "add": dict.fromkeys(H.ROOTS, 0.3)},
            "codes": {r: r + "0" for r in H.ROOTS}, "metadata": {"top_layers": 2, "rank": 4}}
    F.write_weights(tmp_path / "w.npz", arrays, meta)
    back, meta2 = F.read_weights(str(tmp_path / "w.npz"))
    assert meta2 == meta and set(back) == set(arrays)
    assert all(back[k].dtype == np.float16 for k in back if k.startswith("L"))
    head = F.head_of(back, meta2)
    assert head.add["11"] == 0.3 and head.probabilities(np.zeros(405, np.float32))["01"] == 0.5


def test_head_switch_follows_the_environment(monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_SEMANTIC_HEAD", "frozen")
    assert S.head_kind() == "frozen"
    monkeypatch.delenv("NEWSGRAPH_SEMANTIC_HEAD")
    assert S.head_kind() == ("finetuned" if F.shipped() else "frozen")


@needs_extra
def test_merged_adapters_give_what_training_computed():
    """The trained modules (adapters beside frozen weights) and the shipped form (deltas merged
    into a copy of the encoder) must agree, or CV would score something that does not ship."""
    import torch

    st = S._encoder()
    base = st[0].auto_model.eval()
    top = F.make_top(base.encoder.layer[4:], rank=4, alpha=8.0)
    torch.manual_seed(0)
    with torch.no_grad():
        for layer in top.layers:
            for path in F.TARGETS:
                F._sub(layer, path).B.normal_(0.0, 0.05)
            layer.output.LayerNorm.bias.add_(0.1)
    top.eval()
    enc = st[0].tokenizer(["Protesters clashed with police in the capital.", "Talks resumed."],
                          padding=True, return_tensors="pt")
    mask = enc["attention_mask"].bool()
    with torch.inference_mode():
        lower = base(**enc, output_hidden_states=True).hidden_states[4]
        trained = F.mean_pool(top(lower, mask), mask)
        merged = copy.deepcopy(base)
        F.merge_into(merged, F.adapter_arrays(top, 6))
        shipped = F.mean_pool(merged(**enc).last_hidden_state, mask)
        plain = F.mean_pool(base(**enc).last_hidden_state, mask)
    assert float((trained - shipped).abs().max()) < 0.05  # fp16 adapters
    assert float((trained - plain).abs().max()) > 0.05  # the adapters changed something


@needs_extra
@needs_weights
def test_finetuned_coder_scores_every_sentence_of_a_document(nlp):
    doc = nlp("Police fired tear gas at demonstrators. The ministers will meet in Paris next week.")
    vecs = [S.sentence_vector(s, "finetuned") for s in doc.sents]
    assert len(vecs) == 2 and vecs[0].shape == (F.HIDDEN,)
    coder = F.load_coder()
    p = coder.probabilities(vecs[0], set())
    assert set(p) == set(H.ROOTS) and all(0.0 < v < 1.0 for v in p.values())
    rows = coder.pooled([s.text for s in doc.sents][::-1])  # order of the rows = order of the texts
    assert np.allclose(rows[1], vecs[0], atol=1e-4)
