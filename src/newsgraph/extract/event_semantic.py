"""The sentence-embedding event coder (issue #4), opt-in: NEWSGRAPH_EVENT_MODEL=semantic.

The rule coder (event_sentences.sentence_events) runs as always, keeping a trace of the triggers it
coded and dropped. Each sentence of the document is encoded once with all-MiniLM-L6-v2 (the
``semantic`` extra, weights inside a package, nothing downloaded); a logistic head per CAMEO root
reads the sentence vector and the roots the rules found. Two heads: the fine-tuned one
(event_finetune: LoRA adapters on the encoder's top layers, data/event_finetune.npz, made by
benchmarks/train_event_finetune.py), used when shipped, and the frozen-embedding head
(event_semantic_head, data/event_semantic.json, made by benchmarks/train_event_semantic.py),
the fallback, also chosen by NEWSGRAPH_SEMANTIC_HEAD=frozen. A rule
event stays unless the head is confident its root is absent (the shipped head's drop threshold is 0:
the frozen head only adds); a root the head is confident of and
the rules lack is added, on the rules' own dropped trigger of that root or a trigger-table word
(event_model's candidates: code and sides from there), else on the sentence's main verb with the
root's most frequent code and that verb's subject and object.
"""
from __future__ import annotations

import os
from functools import lru_cache

import numpy as np

from ..errors import NewsgraphError
from .event_model import _as_event, _main_candidate, addable, candidates, load_model
from .event_model_features import simple_actors
from .event_semantic_head import decide, features, load_head
from .event_sentences import sentence_events

EXTRA_HINT = "pip install torch==2.13.0 'newsgraph[semantic]'"
_USER_KEY = "newsgraph_semantic_vectors"


class SemanticExtraMissing(NewsgraphError):
    """NEWSGRAPH_EVENT_MODEL=semantic without the semantic extra installed."""


def available() -> bool:
    from ..corpus import semantic

    return semantic.available()


def require() -> None:
    """Raise SemanticExtraMissing (one line) when the encoder cannot be loaded."""
    if not available():
        raise SemanticExtraMissing(f"the semantic event model needs the semantic extra: {EXTRA_HINT}")


@lru_cache(maxsize=1)
def _encoder():
    require()
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # no "Loading weights" bar on stderr
    try:  # once available() has imported them, the variable is read already
        from huggingface_hub.utils import disable_progress_bars
        from transformers.utils import logging as hf_logging

        disable_progress_bars()
        hf_logging.disable_progress_bar()
    except ImportError:
        pass
    from ..corpus.semantic import _model

    return _model()


def encode(texts: list[str], batch_size: int = 64) -> np.ndarray:
    """Unit-length MiniLM embeddings of ``texts`` (rows in order)."""
    model = _encoder()
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    return np.asarray(model.encode(texts, batch_size=batch_size, normalize_embeddings=True,
                                   show_progress_bar=False), dtype=np.float32)


def head_kind() -> str:
    """'finetuned' when its weights are shipped and NEWSGRAPH_SEMANTIC_HEAD is not 'frozen'."""
    if os.environ.get("NEWSGRAPH_SEMANTIC_HEAD", "").strip().lower() == "frozen":
        return "frozen"
    from .event_finetune import shipped

    return "finetuned" if shipped() else "frozen"


def _active(kind: str):
    """(head, encode function) of a head kind."""
    if kind == "finetuned":
        from .event_finetune import load_coder

        require()
        coder = load_coder()
        return coder.head, coder.pooled
    return load_head(), encode


def sentence_vector(sent, kind: str = "frozen") -> np.ndarray:
    """The vector of one sentence for the ``kind`` head; the first call for a document encodes all
    its sentences in one go and keeps them in doc.user_data."""
    doc = sent.doc
    fn = _active(kind)[1]
    key = f"{_USER_KEY}_{kind}"
    vecs = doc.user_data.get(key)
    if vecs is None:
        sents = list(doc.sents)
        rows = fn([s.text for s in sents])
        vecs = {s.start: rows[k] for k, s in enumerate(sents)}
        doc.user_data[key] = vecs
    v = vecs.get(sent.start)
    if v is None:  # a span that is not one of the parser's sentences
        v = fn([sent.text])[0]
        vecs[sent.start] = v
    return v


def semantic_events(sent, index, speakers: dict, voices: dict, trace: list | None = None,
                    log: list | None = None) -> list:
    """sentence_events with the semantic head on top (see the module docstring)."""
    kind = head_kind()
    head = _active(kind)[0]
    dropped: list = []
    found = sentence_events(sent, index, speakers, voices, dropped)
    if trace is not None:
        trace.extend(dropped)
    cands = candidates(sent, found, dropped, index, speakers, voices, load_model().triggers, lazy=True)
    rules = [c for c in cands if c.origin == "rule"]
    others = [c for c in cands if c.origin != "rule"]
    for c in others:  # addable() reads the sides: resolve them (cheap next to the encoder)
        c.a1, c.a2 = simple_actors(c.tok, index, speakers)
    probs = head.probabilities(features(sentence_vector(sent, kind), {c.root for c in rules}))
    kept, added = decide([c.root for c in rules], [(c.root, c.origin, addable(c)) for c in others],
                         probs, head.drop, head.add)
    out = [_as_event(rules[i]) for i in kept]
    if trace is not None:
        trace.extend((c.tok, c.code, f"semantic head rejected (p={probs.get(c.root, 1.0):.2f})")
                     for i, c in enumerate(rules) if i not in kept)
    for root, j in added:
        if j is not None:
            c = others[j]
        else:
            c = _main_candidate(sent, head.codes.get(root, root + "0"), index, speakers)
            if not c.sided:  # an event row needs a side the pipeline can name
                continue
        out.append(_as_event(c))
        if log is not None:
            log.append((c.tok, c.code, f"added by the semantic head, p={probs[root]:.2f}"))
    if log is not None:
        log.extend((c.tok, c.code, f"{'kept' if i in kept else 'rejected'} by the semantic head, "
                                   f"p={probs.get(c.root, 1.0):.2f}") for i, c in enumerate(rules))
    return out
