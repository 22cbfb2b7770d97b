"""The fine-tuned MiniLM root classifier of the semantic event mode (issue #4).

all-MiniLM-L6-v2 (the ``semantic`` extra) with low-rank adapters (LoRA) on its top layers and a
small head: the mean of the top layer's token states and the roots the rule coder found
(event_semantic_head.rule_vector) into one logistic output per CAMEO root. Trained by
benchmarks/train_event_finetune.py, which runs the frozen lower layers once over all training
sentences and trains only the adapters, the top layers' LayerNorms and the head.

The adapters ship in data/event_finetune.npz (fp16, a few hundred KB) and are merged into a
private copy of the packaged encoder when first needed (loaded once), so coding costs one plain
MiniLM pass per document, as the frozen head did. The head's thresholds and the combination with
the rules are event_semantic_head's (the same SemanticHead and ``decide``).

Needs torch (the ``semantic`` extra); nothing here runs in the default (rules) mode.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import numpy as np

from .event_semantic_head import ROOTS, SemanticHead, SemanticHeadError, head_from_dict, rule_vector

WEIGHTS_FILE = "event_finetune.npz"
TARGETS = ("query", "key", "value", "attention.output.dense", "intermediate.dense", "output.dense")
HIDDEN = 384
MAX_TOKENS = 256  # the packaged model's max_seq_length


def _torch():
    import torch

    return torch


def _sub(layer, path: str):
    """The Linear at ``path`` of a BertLayer ("query" lives under attention.self)."""
    mod = layer.attention.self if path in ("query", "key", "value") else layer
    for part in ([path] if path in ("query", "key", "value") else path.split(".")):
        mod = getattr(mod, part)
    return mod


def make_top(base_layers, rank: int, alpha: float, dropout: float = 0.1):
    """Trainable copies of ``base_layers`` (BertLayers): frozen weights, LoRA adapters of ``rank``
    on every Linear of TARGETS, trainable LayerNorms. Returns an nn.Module."""
    import copy

    torch = _torch()
    nn = torch.nn

    class LoRALinear(nn.Module):
        def __init__(self, base: nn.Linear):
            super().__init__()
            self.base = base
            for p in base.parameters():
                p.requires_grad_(False)
            self.A = nn.Parameter(torch.randn(rank, base.in_features) / math.sqrt(base.in_features))
            self.B = nn.Parameter(torch.zeros(base.out_features, rank))
            self.scale = alpha / rank
            self.drop = nn.Dropout(dropout)

        def forward(self, x):
            return self.base(x) + (self.drop(x) @ self.A.T @ self.B.T) * self.scale

    class Top(nn.Module):
        def __init__(self):
            super().__init__()
            self.layers = nn.ModuleList(copy.deepcopy(layer) for layer in base_layers)
            for layer in self.layers:
                for p in layer.parameters():
                    p.requires_grad_(False)
                for path in TARGETS:
                    parent_path, _, name = path.rpartition(".")
                    lin = _sub(layer, path)
                    parent = layer.attention.self if path in ("query", "key", "value") else layer
                    for part in parent_path.split(".") if parent_path else []:
                        parent = getattr(parent, part)
                    setattr(parent, name, LoRALinear(lin))
                for ln in (layer.attention.output.LayerNorm, layer.output.LayerNorm):
                    for p in ln.parameters():
                        p.requires_grad_(True)
            self.dropout = dropout

        def forward(self, h, mask):
            """h: (B, T, 384) states entering the first top layer; mask: (B, T) bool."""
            for layer in self.layers:
                h = layer_forward(layer, h, mask, self.dropout if self.training else 0.0)
            return h

    return Top()


def layer_forward(layer, h, mask, dropout: float = 0.0):
    """One BertLayer (post-LayerNorm, GELU) written out, so training needs no model internals."""
    torch = _torch()
    F = torch.nn.functional
    sa = layer.attention.self
    b, t, d = h.shape
    heads = sa.num_attention_heads if hasattr(sa, "num_attention_heads") else 12
    hd = d // heads

    def split(x):
        return x.view(b, t, heads, hd).transpose(1, 2)

    q, k, v = split(sa.query(h)), split(sa.key(h)), split(sa.value(h))
    att_mask = mask[:, None, None, :]
    ctx = F.scaled_dot_product_attention(q, k, v, attn_mask=att_mask, dropout_p=dropout)
    ctx = ctx.transpose(1, 2).reshape(b, t, d)
    so = layer.attention.output
    a = so.LayerNorm(F.dropout(so.dense(ctx), dropout, training=dropout > 0) + h)
    inter = F.gelu(layer.intermediate.dense(a))
    out = layer.output
    return out.LayerNorm(F.dropout(out.dense(inter), dropout, training=dropout > 0) + a)


def mean_pool(h, mask):
    m = mask.unsqueeze(-1).to(h.dtype)
    return (h * m).sum(1) / m.sum(1).clamp(min=1.0)


def adapter_arrays(top, n_layers: int) -> dict[str, np.ndarray]:
    """The trained parameters of ``top`` (adapters, LayerNorms) as named fp16 arrays; layer k of
    ``top`` is layer n_layers - len(top.layers) + k of the encoder."""
    first = n_layers - len(top.layers)
    out = {}
    for k, layer in enumerate(top.layers):
        for path in TARGETS:
            mod = _sub(layer, path)
            out[f"L{first + k}.{path}.A"] = mod.A.detach().numpy().astype(np.float16)
            out[f"L{first + k}.{path}.B"] = (mod.B.detach().numpy() * mod.scale).astype(np.float16)
        for name, ln in (("attention.output.LayerNorm", layer.attention.output.LayerNorm),
                         ("output.LayerNorm", layer.output.LayerNorm)):
            out[f"L{first + k}.{name}.weight"] = ln.weight.detach().numpy().astype(np.float16)
            out[f"L{first + k}.{name}.bias"] = ln.bias.detach().numpy().astype(np.float16)
    return out


def merge_into(model, arrays: dict[str, np.ndarray]) -> None:
    """Add the adapters' deltas (B @ A, scale folded into B) to ``model``'s (a BertModel) weights
    and set the trained LayerNorms, in place."""
    torch = _torch()
    with torch.no_grad():
        for key, arr in arrays.items():
            if not key.startswith("L"):
                continue
            num, _, rest = key[1:].partition(".")
            layer = model.encoder.layer[int(num)]
            if rest.endswith(".A"):
                path = rest[:-2]
                delta = arrays[key[:-2] + ".B"].astype(np.float32) @ arr.astype(np.float32)
                _sub(layer, path).weight += torch.from_numpy(delta)
            elif rest.endswith("LayerNorm.weight") or rest.endswith("LayerNorm.bias"):
                mod = layer
                *parts, attr = rest.split(".")
                for part in parts:
                    mod = getattr(mod, part)
                getattr(mod, attr).copy_(torch.from_numpy(arr.astype(np.float32)))


class FinetunedCoder:
    """The merged encoder, its tokenizer and the head; ``probabilities`` for a batch of sentences."""

    def __init__(self, model, tokenizer, head: SemanticHead):
        self.model, self.tokenizer, self.head = model, tokenizer, head

    def pooled(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        """Mean-pooled top-layer states of ``texts`` (rows in order), in length-sorted batches."""
        torch = _torch()
        out = np.zeros((len(texts), HIDDEN), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        with torch.inference_mode():
            for s in range(0, len(order), batch_size):
                ids = order[s:s + batch_size]
                enc = self.tokenizer([texts[i] for i in ids], padding=True, truncation=True,
                                     max_length=MAX_TOKENS, return_tensors="pt")
                mask = enc["attention_mask"]
                h = self.model(input_ids=enc["input_ids"], attention_mask=mask).last_hidden_state
                out[ids] = mean_pool(h, mask.bool()).numpy()
        return out

    def probabilities(self, pooled: np.ndarray, rule_roots: set[str]) -> dict[str, float]:
        return self.head.probabilities(np.concatenate([pooled, rule_vector(rule_roots)]))


def head_of(arrays: dict[str, np.ndarray], meta: dict) -> SemanticHead:
    """The head of a weights file, checked as the frozen head is (head_from_dict)."""
    try:
        w, b = arrays["head.weight"], arrays["head.bias"]
    except KeyError as exc:
        raise SemanticHeadError(f"malformed fine-tuned event head: no {exc} array") from None
    return head_from_dict({**meta, "weights": w, "bias": b, "n_features": HIDDEN + len(ROOTS) + 1})


def read_weights(path=None) -> tuple[dict[str, np.ndarray], dict]:
    """The arrays and the metadata (thresholds, codes, provenance) of a weights file."""
    try:
        src = files("newsgraph.data").joinpath(WEIGHTS_FILE) if path is None else Path(path)
        with src.open("rb") as fh, np.load(fh) as data:
            arrays = {k: data[k] for k in data.files}
        meta = json.loads(str(arrays.pop("meta")))
    except (OSError, ValueError, KeyError) as exc:
        raise SemanticHeadError(f"cannot read {WEIGHTS_FILE}: {exc}") from None
    return arrays, meta


def write_weights(path, arrays: dict[str, np.ndarray], meta: dict) -> None:
    """Write what read_weights reads: the arrays and the metadata as JSON, compressed."""
    with open(path, "wb") as fh:
        np.savez_compressed(fh, meta=np.array(json.dumps(meta)), **arrays)


@lru_cache(maxsize=1)
def shipped() -> bool:
    """Whether the package holds fine-tuned weights (none are shipped today: see docs/events.md)."""
    return files("newsgraph.data").joinpath(WEIGHTS_FILE).is_file()


@lru_cache(maxsize=1)
def load_coder() -> FinetunedCoder:
    """The shipped fine-tuned coder (loaded once): a private copy of the packaged encoder with the
    adapters merged in (the shared sentence encoder of corpus.semantic stays as it is)."""
    import copy

    from .event_semantic import _encoder

    arrays, meta = read_weights()
    head = head_of(arrays, meta)
    st = _encoder()
    model = copy.deepcopy(st[0].auto_model).eval()
    merge_into(model, arrays)
    return FinetunedCoder(model, st[0].tokenizer, head)
