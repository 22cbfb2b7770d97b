"""The sentence-embedding event head (issue #4): per-root logistic models over a MiniLM sentence
embedding and the roots the rule coder found, and the decision that combines them with the rules.

Pure numpy and plain Python: shared by the run-time coder (event_semantic) and the training
script (benchmarks/train_event_semantic.py), so that cross-validation scores exactly what ships.
Nothing here needs the ``semantic`` extra; only the encoder does.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ..errors import NewsgraphError
from ..lexicons import data_json

HEAD_FILE = "event_semantic.json"
ROOTS = tuple(f"{n:02d}" for n in range(1, 21))
MAX_ADDED = 2  # events the head may add to one sentence
MAX_EVENTS = 4


class SemanticHeadError(NewsgraphError):
    """The semantic head's weight file is missing or malformed."""


def rule_vector(rule_roots: set[str] | frozenset[str]) -> np.ndarray:
    """The rule coder's verdict as features: one indicator per root it coded, and 'nothing coded'."""
    v = np.zeros(len(ROOTS) + 1, dtype=np.float32)
    for i, r in enumerate(ROOTS):
        if r in rule_roots:
            v[i] = 1.0
    v[-1] = 0.0 if rule_roots else 1.0
    return v


def features(embedding: np.ndarray, rule_roots: set[str] | frozenset[str]) -> np.ndarray:
    """The head's input for one sentence: its unit-length embedding, then rule_vector."""
    return np.concatenate([np.asarray(embedding, dtype=np.float32), rule_vector(rule_roots)])


@dataclass(frozen=True)
class SemanticHead:
    roots: tuple[str, ...]  # the roots with a model, in the order of the rows of ``weights``
    weights: np.ndarray  # (roots, features)
    bias: np.ndarray  # (roots,)
    drop: float  # a rule event stays unless its root's probability is below this
    add: dict[str, float]  # root -> probability from which a root the rules lack is added
    codes: dict[str, str]  # root -> its most frequent code in the training data
    metadata: dict

    def probabilities(self, x: np.ndarray) -> dict[str, float]:
        z = np.clip(self.weights @ x + self.bias, -30.0, 30.0)
        p = 1.0 / (1.0 + np.exp(-z))
        return dict(zip(self.roots, p.tolist(), strict=True))


def head_from_dict(data: dict) -> SemanticHead:
    try:
        roots = tuple(data["roots"])
        w = np.asarray(data["weights"], dtype=np.float32)
        b = np.asarray(data["bias"], dtype=np.float32)
        if w.shape != (len(roots), int(data["n_features"])) or b.shape != (len(roots),):
            raise ValueError(f"weights {w.shape} and bias {b.shape} do not fit {len(roots)} roots")
        th = data["thresholds"]
        return SemanticHead(roots, w, b, float(th["drop"]), {k: float(v) for k, v in th["add"].items()},
                            dict(data["codes"]), dict(data.get("metadata", {})))
    except (KeyError, TypeError, ValueError) as exc:
        raise SemanticHeadError(f"malformed semantic event head: {exc}") from None


@lru_cache(maxsize=1)
def load_head() -> SemanticHead:
    """The shipped head (loaded once)."""
    return head_from_dict(data_json(HEAD_FILE, SemanticHeadError))


ORIGIN_RANK = {"trace": 0, "table": 1}


def decide(rule_roots: list[str], others: list[tuple[str, str, bool]], probs: dict[str, float],
           drop: float, add: dict[str, float]) -> tuple[list[int], list[tuple[str, int | None]]]:
    """Which rule events stay and which roots are added.

    ``rule_roots``: the root of each rule event, in order; ``others``: (root, origin, addable) of
    each other candidate (dropped rule triggers "trace", trigger-table words "table"). A rule event
    stays unless the head gives its root less than ``drop``. Then, most probable first, each root
    the kept events lack whose probability reaches ``add[root]`` is added (at most MAX_ADDED):
    on its best addable candidate (a dropped rule trigger before a table word, then the first),
    or on none (the caller puts it on the sentence's main verb). A root whose only candidates the
    rules blocked (negated, hypothetical, ...) is not added: those are codebook conventions.
    Returns the kept rule indices and the added (root, index into ``others`` or None).
    """
    kept = [i for i, r in enumerate(rule_roots) if probs.get(r, 1.0) >= drop]
    have = {rule_roots[i] for i in kept}
    added: list[tuple[str, int | None]] = []
    for root, p in sorted(probs.items(), key=lambda kv: (-kv[1], kv[0])):
        if len(added) >= MAX_ADDED or len(kept) + len(added) >= MAX_EVENTS:
            break
        if root in have or p < add.get(root, 1.01):
            continue
        mine = [j for j, (r, _, _) in enumerate(others) if r == root]
        free = [j for j in mine if others[j][2]]
        if mine and not free:
            continue
        best = min(free, key=lambda j: (ORIGIN_RANK.get(others[j][1], 2), j)) if free else None
        added.append((root, best))
        have.add(root)
    return kept, added
