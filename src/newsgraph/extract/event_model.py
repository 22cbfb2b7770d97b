"""The statistical event coder: a logistic model over the rule coder's candidates (issue #4).

For each sentence the rule coder (event_sentences.sentence_events) runs as before, keeping a
trace of the triggers it coded and dropped. The candidates (event_model_features) are its events,
its dropped triggers and the tokens whose lemma hand-coders marked as a trigger in the training
data. A linear model (weights in data/event_model.json, made by benchmarks/train_event_model.py)
scores each; decide() then keeps the rule events the model does not reject, and adds for a root
the sentence does not yet hold the best other candidate the model confirms. Added events take the
trigger's subject and object through event_actors; their code is the rule coder's when it coded
the trigger, otherwise the most frequent code of that root for the lemma in the training data.

Switch: NEWSGRAPH_EVENT_MODEL=0 (or use_model(False)) gives the rule coder alone.
"""
from __future__ import annotations

import json
import math
import os
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from ..errors import NewsgraphError
from .event_lexicon import lexicon
from .event_model_features import TABLE_POS, Candidate, candidate_features, simple_actors
from .event_sentences import sentence_events
from .event_triggers import Coded

MODEL_FILE = "event_model.json"
MAX_ADDED = 2  # events the model may add to one sentence
MAX_EVENTS = 4


class EventModelError(NewsgraphError):
    """The event model's weight file is missing or malformed."""


@dataclass(frozen=True)
class EventModel:
    bias: float
    weights: dict[str, float]
    keep: float  # a rule event stays when its probability is at least this
    add: float  # another candidate becomes an event when its probability is at least this
    triggers: dict[str, dict[str, str]]  # lemma -> root -> most frequent code
    metadata: dict

    def probability(self, feats: list[str]) -> float:
        w = self.weights
        z = self.bias + sum(w.get(x, 0.0) for x in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def model_from_dict(data: dict) -> EventModel:
    try:
        return EventModel(float(data["bias"]), {k: float(v) for k, v in data["weights"].items()},
                          float(data["thresholds"]["keep"]), float(data["thresholds"]["add"]),
                          {k: dict(v) for k, v in data["triggers"].items()}, dict(data.get("metadata", {})))
    except (KeyError, TypeError, ValueError) as exc:
        raise EventModelError(f"malformed event model: {exc}") from None


@lru_cache(maxsize=1)
def load_model() -> EventModel:
    """The shipped weights (loaded once)."""
    try:
        data = json.loads(files("newsgraph.data").joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EventModelError(f"cannot read {MODEL_FILE}: {exc}") from None
    return model_from_dict(data)


@lru_cache(maxsize=1)
def lexicon_lemmas() -> frozenset[str]:
    return frozenset(lemma for _, lemma in lexicon())


# None: follow NEWSGRAPH_EVENT_MODEL; True/False: forced by use_model().
_SWITCH: ContextVar[bool | None] = ContextVar("event_model_switch", default=None)
# Training: a list the hook appends (sentence, candidates) to, with every candidate returned as an event.
_COLLECT: ContextVar[list | None] = ContextVar("event_model_collect", default=None)
# Training: the trigger table to draw candidates from while collecting (lemma -> root -> code).
_COLLECT_TABLE: ContextVar[dict | None] = ContextVar("event_model_collect_table", default=None)


def model_enabled() -> bool:
    forced = _SWITCH.get()
    if forced is not None:
        return forced
    return os.environ.get("NEWSGRAPH_EVENT_MODEL", "1").strip().lower() not in ("0", "off", "false", "no")


@contextmanager
def use_model(on: bool):
    """Run the block with the model on or off, whatever NEWSGRAPH_EVENT_MODEL says."""
    token = _SWITCH.set(on)
    try:
        yield
    finally:
        _SWITCH.reset(token)


@contextmanager
def collecting(table: dict[str, dict[str, str]]):
    """Training: every candidate of every sentence analysed in the block is returned as an event
    (so the pipeline resolves its actors) and appended, with its features, to the yielded list."""
    out: list = []
    t1, t2 = _COLLECT.set(out), _COLLECT_TABLE.set(table)
    try:
        yield out
    finally:
        _COLLECT.reset(t1)
        _COLLECT_TABLE.reset(t2)


def candidates(sent, found: list, dropped: list, index, speakers: dict, voices: dict,
               table: dict[str, dict[str, str]]) -> list[Candidate]:
    """Rule events, dropped rule triggers and trigger-table tokens of one sentence, with features."""
    out = [Candidate(c.tok, c.code, "rule", coded=c, a1=a1, a2=a2) for c, a1, a2 in found]
    seen = {(c.tok.i, c.root) for c in out}
    for tok, code, reason in dropped:
        if tok.sent.start != sent.start or (tok.i, code[:2]) in seen:
            continue
        seen.add((tok.i, code[:2]))
        out.append(Candidate(tok, code, "trace", reason=reason))
    for tok in sent:
        if tok.pos_ not in TABLE_POS:
            continue
        roots = table.get(tok.lemma_.lower())
        if not roots:
            continue
        for root, code in roots.items():
            if (tok.i, root) not in seen:
                seen.add((tok.i, root))
                out.append(Candidate(tok, code, "table"))
    rule_roots = {c.root for c in out if c.origin == "rule"}
    n_rule = len(rule_roots)
    lex = lexicon_lemmas()
    for c in out:
        if c.origin != "rule":
            c.a1, c.a2 = simple_actors(c.tok, index, speakers)
        c.feats = candidate_features(c, voices, rule_roots, n_rule, lex)
    return out


def decide(cands: list[Candidate], probs: list[float], keep: float, add: float) -> list[int]:
    """Indices of the candidates that become events: rule events scored at least ``keep``, then,
    best first, other candidates scored at least ``add`` whose root and token are not yet taken."""
    chosen = [i for i, c in enumerate(cands) if c.origin == "rule" and probs[i] >= keep]
    roots = {cands[i].root for i in chosen}
    toks = {cands[i].tok.i for i in chosen}
    others = sorted((i for i, c in enumerate(cands) if c.origin != "rule" and probs[i] >= add),
                    key=lambda i: -probs[i])
    added = 0
    for i in others:
        c = cands[i]
        if added >= MAX_ADDED or len(chosen) >= MAX_EVENTS:
            break
        if c.root in roots or c.tok.i in toks:
            continue
        chosen.append(i)
        roots.add(c.root)
        toks.add(c.tok.i)
        added += 1
    return sorted(chosen)


def _as_event(c: Candidate) -> tuple:
    if c.coded is not None:
        return (c.coded, c.a1, c.a2)
    return (Coded(c.tok, c.code), c.a1, c.a2)


def model_events(sent, index, speakers: dict, voices: dict, trace: list | None = None) -> list:
    """sentence_events with the model on top (the hook extract_events calls for each sentence)."""
    collect = _COLLECT.get()
    if collect is None and not model_enabled():
        return sentence_events(sent, index, speakers, voices, trace)
    dropped: list = []
    found = sentence_events(sent, index, speakers, voices, dropped)
    if trace is not None:
        trace.extend(dropped)
    if collect is not None:
        cands = candidates(sent, found, dropped, index, speakers, voices, _COLLECT_TABLE.get() or {})
        collect.append((sent, cands))
        return [_as_event(c) for c in cands]
    model = load_model()
    cands = candidates(sent, found, dropped, index, speakers, voices, model.triggers)
    if not cands:
        return found
    probs = [model.probability(c.feats) for c in cands]
    chosen = set(decide(cands, probs, model.keep, model.add))
    if trace is not None:
        for i, c in enumerate(cands):
            if c.origin == "rule" and i not in chosen:
                trace.append((c.tok, c.code, f"model rejected (p={probs[i]:.2f})"))
            elif c.origin == "rule":
                trace.append((c.tok, c.code, f"model kept (p={probs[i]:.2f})"))
            elif i in chosen:
                trace.append((c.tok, c.code, f"model added (p={probs[i]:.2f}, {c.origin})"))
            elif probs[i] >= 0.2:
                trace.append((c.tok, c.code, f"model declined (p={probs[i]:.2f}, {c.origin})"))
    return [_as_event(cands[i]) for i in sorted(chosen)]
