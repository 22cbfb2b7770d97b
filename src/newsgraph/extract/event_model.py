"""The statistical event coder: a logistic model over the rule coder's candidates (issue #4).

For each sentence the rule coder (event_sentences.sentence_events) runs as before, keeping a
trace of the triggers it coded and dropped. The candidates (event_model_features) are its events,
its dropped triggers and the tokens whose lemma hand-coders marked as a trigger in the training
data. A linear model (weights in data/event_model.json, made by benchmarks/train_event_model.py)
scores each; decide() then keeps the rule events the model does not reject, and adds for a root
the sentence does not yet hold the best other candidate the model confirms. Added events take the
trigger's subject and object through event_actors; their code is the rule coder's when it coded
the trigger, otherwise the most frequent code of that root for the lemma in the training data.

Off by default (it did not clear the bar of a +0.02 root F1 gain in cross-validation, see
docs/events.md): NEWSGRAPH_EVENT_MODEL=1 (or use_model(True)) turns it on; unset or 0, the rule
coder runs alone at no extra cost. NEWSGRAPH_EVENT_MODEL=semantic (or use_mode("semantic"))
hands each sentence to the sentence-embedding coder (event_semantic) instead.
"""
from __future__ import annotations

import math
import os
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from ..errors import NewsgraphError
from ..lexicons import data_json
from .collectors import collecting_into
from .event_lexicon import lexicon
from .event_model_features import (
    ACTOR_KINDS,
    TABLE_POS,
    Candidate,
    actor_features,
    candidate_features,
    dense_features,
    rate_features,
    root_features,
    sentence_bag,
    sentence_features,
    sentence_mean,
    simple_actors,
    trigger_rate,
)
from .event_sentences import sentence_events
from .event_triggers import Coded

MODEL_FILE = "event_model.json"
MAX_ADDED = 2  # events the model may add to one sentence
# The rule coder's modality decisions are conventions of the codebook, not guesses: a trigger it
# dropped for one of these reasons, or one with a negation of its own, is never added.
BLOCKED_REASONS = frozenset({"negated", "question", "hypothetical", "forecast", "speculative speech", "accident",
                             "obligation (opinion)", "obligation (advice)", "obligation (nobody)",
                             "part of another trigger", "purpose of a protest"})


def addable(c) -> bool:
    """A candidate the model may turn into an event: not blocked (see BLOCKED_REASONS, also when
    the act governing it was), with a side the pipeline can name (as the rule coder requires)."""
    return not c.blocked and c.reason not in BLOCKED_REASONS and "neg" not in c.feats and c.sided
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
    trigger_pos: dict[str, int] = field(default_factory=dict)  # "lemma|root" -> times coded as its trigger
    lemma_n: dict[str, int] = field(default_factory=dict)  # lemma -> times seen in the coded sentences
    # the sentence-level model: root -> feature -> weight (root_features), its bias and threshold
    root_weights: dict[str, dict[str, float]] = field(default_factory=dict)
    root_bias: float = 0.0
    root_add: float = 1.01
    gate: float = 0.0
    root_codes: dict[str, str] = field(default_factory=dict)  # root -> most frequent code in the training data
    dense: object = None  # weights of the dense features (event_model_features.dense_features), or None

    def actor_bound(self, root: str) -> float:
        """The most the actor features of a candidate of ``root`` can add to its score."""
        w = self.weights
        return max(w.get(f"a1={k1}", 0.0) + w.get(f"a2={k2}", 0.0) + w.get(f"actors={k1}|{k2}", 0.0)
                   + w.get(f"actors_root={k1}|{k2}|{root}", 0.0) for k1 in ACTOR_KINDS for k2 in ACTOR_KINDS)

    def root_probabilities(self, bag: set[str], cands: list[Candidate]) -> dict[str, float]:
        out = {}
        for root, w in self.root_weights.items():
            z = self.root_bias + sum(w.get(x, 0.0) for x in root_features(root, bag, cands))
            out[root] = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        return out

    def probability(self, feats: list[str], vec=None) -> float:
        w = self.weights
        z = self.bias + sum(w.get(x, 0.0) for x in feats)
        if self.dense is not None and vec is not None:
            z += float(np.dot(self.dense, vec))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def model_from_dict(data: dict) -> EventModel:
    try:
        roots: dict[str, dict[str, float]] = {}
        for name, w in data["sentence"]["weights"].items():
            root, _, feat = name.partition("|")
            roots.setdefault(root, {})[feat] = float(w)
        return EventModel(float(data["bias"]), {k: float(v) for k, v in data["weights"].items()},
                          float(data["thresholds"]["keep"]), float(data["thresholds"]["add"]),
                          {k: dict(v) for k, v in data["triggers"].items()}, dict(data.get("metadata", {})),
                          {k: int(v) for k, v in data["counts"]["pos"].items()},
                          {k: int(v) for k, v in data["counts"]["n"].items()},
                          roots, float(data["sentence"]["bias"]), float(data["thresholds"]["root"]),
                          float(data["thresholds"]["gate"]), dict(data["sentence"]["codes"]),
                          np.asarray(data["dense"], dtype=np.float32) if data.get("dense") else None)
    except (KeyError, TypeError, ValueError) as exc:
        raise EventModelError(f"malformed event model: {exc}") from None


@lru_cache(maxsize=1)
def load_model() -> EventModel:
    """The shipped weights (loaded once)."""
    return model_from_dict(data_json(MODEL_FILE, EventModelError))


@lru_cache(maxsize=1)
def lexicon_lemmas() -> frozenset[str]:
    return frozenset(lemma for _, lemma in lexicon())


# Training: a list the hook appends (sentence, candidates) to, with every candidate returned as an event.
_COLLECT: ContextVar[list | None] = ContextVar("event_model_collect", default=None)
# Training: the trigger table to draw candidates from while collecting (lemma -> root -> code).
_COLLECT_TABLE: ContextVar[dict | None] = ContextVar("event_model_collect_table", default=None)


# --explain-events: a list the hook appends (token, code, decision) to for every candidate it scores.
_DECISIONS: ContextVar[list | None] = ContextVar("event_model_decisions", default=None)


def decisions():
    """Collect, while the block runs, the model's decision on every candidate it scores:
    (token, code, "kept/rejected/added/declined p=0.xx (origin: rule reason)")."""
    return collecting_into(_DECISIONS)


def decision_lines(doc_id: str, log: list) -> list[str]:
    """One line per scored candidate, for --explain-events."""
    return [f"newsgraph: {doc_id}: event model on {tok.text!r} ({code}): {what}" for tok, code, what in log]


MODES = ("rules", "model", "semantic")
# None: follow NEWSGRAPH_EVENT_MODEL; a mode of MODES: forced by use_mode() or use_model().
_MODE: ContextVar[str | None] = ContextVar("event_model_mode", default=None)


def event_mode() -> str:
    """"rules" (the rule coder alone), "model" (this module's model on top) or "semantic" (the
    sentence-embedding head of event_semantic on top): use_mode() / use_model(), else
    NEWSGRAPH_EVENT_MODEL (1/on/true/yes: model; semantic: semantic; anything else: rules)."""
    mode = _MODE.get()
    if mode is not None:
        return mode
    env = os.environ.get("NEWSGRAPH_EVENT_MODEL", "0").strip().lower()
    if env == "semantic":
        return "semantic"
    return "model" if env in ("1", "on", "true", "yes", "model") else "rules"


def model_enabled() -> bool:
    return event_mode() == "model"


@contextmanager
def use_mode(mode: str):
    """Run the block with the event coder of ``mode`` (one of MODES), whatever the switches say."""
    if mode not in MODES:
        raise EventModelError(f"unknown event model {mode!r} (one of {', '.join(MODES)})")
    token = _MODE.set(mode)
    try:
        yield
    finally:
        _MODE.reset(token)


@contextmanager
def use_model(on: bool):
    """Run the block with the model on or off (the rules alone), whatever NEWSGRAPH_EVENT_MODEL says."""
    with use_mode("model" if on else "rules"):
        yield


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
               table: dict[str, dict[str, str]], model: EventModel | None = None, lazy: bool = False
               ) -> list[Candidate]:
    """Rule events, dropped rule triggers and trigger-table tokens of one sentence, with features.
    ``lazy``: the sides of the non-rule candidates are left unresolved and their actor features
    out (see resolve)."""
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
    blocked = {tok.i for tok, _, reason in dropped if reason in BLOCKED_REASONS}
    # words a rule event already wraps ("demanding that the FBI arrest the mayor": the arrest is the demand's)
    wrapped = {i for c, _, _ in found for i in c.consumed} | {c.inner.i for c, _, _ in found if c.inner is not None}
    rule_roots = {c.root for c in out if c.origin == "rule"}
    n_rule = len(rule_roots)
    lex = lexicon_lemmas()
    shared = sentence_features(sent)
    mean = sentence_mean(sent) if model is None or model.dense is not None else None
    for c in out:
        ruled = c.origin == "rule"
        if not ruled:
            if not lazy:
                c.a1, c.a2 = simple_actors(c.tok, index, speakers)
            # "held no talks": the talks were not held either
            c.blocked = c.tok.head.i in blocked or c.tok.i in wrapped
        c.feats = candidate_features(c, voices, rule_roots, n_rule, lex, shared, with_actors=ruled or not lazy)
        c.vec = dense_features(c.tok, mean)
        if model is not None:
            lemma = c.tok.lemma_.lower()
            n = model.lemma_n.get(lemma, 0)
            rate = trigger_rate(model.trigger_pos.get(f"{lemma}|{c.root}", 0), n) if n else None
            c.feats.extend(rate_features(rate, n, c.root))
    return out


def decide(cands: list[Candidate], probs: list[float], keep: float, add: float,
           root_probs: dict[str, float] | None = None, root_add: float = 1.01, gate: float = 0.0
           ) -> tuple[list[int], list[str]]:
    """The candidates that become events, and the roots to add on the sentence's main verb.
    Rule events scored at least ``keep`` whose root the sentence-level model gives at least
    ``gate`` stay; then, best first, other candidates scored at least
    ``add`` whose root and token are not yet taken; then, for each root the sentence-level model
    gives at least ``root_add`` and nothing holds yet, its best other candidate or (none) the root."""
    rp = root_probs or {}
    chosen = [i for i, c in enumerate(cands) if c.origin == "rule" and probs[i] >= keep and rp.get(c.root, 1.0) >= gate]
    roots = {cands[i].root for i in chosen}
    toks = {cands[i].tok.i for i in chosen}
    others = sorted((i for i, c in enumerate(cands) if c.origin != "rule" and probs[i] >= add and addable(c)),
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
    bare: list[str] = []
    for root, p in sorted((root_probs or {}).items(), key=lambda kv: -kv[1]):
        if p < root_add or added >= MAX_ADDED or len(chosen) + len(bare) >= MAX_EVENTS:
            break
        if root in roots:
            continue
        best = max((i for i, c in enumerate(cands) if c.origin != "rule" and c.root == root
                    and c.tok.i not in toks and addable(c)), key=lambda i: probs[i], default=None)
        if best is not None:
            chosen.append(best)
            toks.add(cands[best].tok.i)
        else:
            bare.append(root)
        roots.add(root)
        added += 1
    return sorted(chosen), bare


def _as_event(c: Candidate) -> tuple:
    if c.coded is not None:
        return (c.coded, c.a1, c.a2)
    return (Coded(c.tok, c.code), c.a1, c.a2)


def model_events(sent, index, speakers: dict, voices: dict, trace: list | None = None, mode: str | None = None) -> list:
    """sentence_events with the model on top (the hook extract_events calls for each sentence). ``mode``: the
    event_mode() the caller read once for its document (reading the environment costs some microseconds a
    sentence); read here when not given."""
    collect = _COLLECT.get()
    if collect is None:
        mode = event_mode() if mode is None else mode
        if mode == "semantic":
            from .event_semantic import semantic_events

            return semantic_events(sent, index, speakers, voices, trace, _DECISIONS.get())
        if mode != "model":
            return sentence_events(sent, index, speakers, voices, trace)
    dropped: list = []
    found = sentence_events(sent, index, speakers, voices, dropped)
    if trace is not None:
        trace.extend(dropped)
    if collect is not None:
        cands = candidates(sent, found, dropped, index, speakers, voices, _COLLECT_TABLE.get() or {})
        main = _main_candidate(sent, "111", index, speakers)
        collect.append((sent, cands, main))
        return [_as_event(c) for c in [*cands, main]]
    model = load_model()
    log = _DECISIONS.get()
    cands = candidates(sent, found, dropped, index, speakers, voices, model.triggers, model, lazy=True)
    if not cands:
        return found
    probs = _scores(model, cands, index, speakers,
                    full=log is not None or model.root_add <= 1.0 or model.gate > 0.0)
    root_probs = model.root_probabilities(sentence_bag(sent), cands) \
        if model.root_weights and (model.root_add <= 1.0 or model.gate > 0.0) else None  # unused otherwise
    picked, bare = decide(cands, probs, model.keep, model.add, root_probs, model.root_add, model.gate)
    chosen = set(picked)
    mains = [m for r in bare for m in (_main_candidate(sent, model.root_codes.get(r, r + "0"), index, speakers),)
             if m.sided]  # an event row needs a side the pipeline can name
    if trace is not None:  # the trace holds why a coded trigger gave no event: the model's rejections
        trace.extend((c.tok, c.code, f"model rejected (p={probs[i]:.2f})") for i, c in enumerate(cands)
                     if c.origin == "rule" and i not in chosen)
    if log is not None:
        for i, c in enumerate(cands):
            verdict = ("kept" if i in chosen else "rejected") if c.origin == "rule" else \
                "added" if i in chosen else "declined"
            log.append((c.tok, c.code, f"{verdict} p={probs[i]:.2f} ({c.origin}{': ' + c.reason if c.reason else ''})"))
        log.extend((m.tok, m.code, f"added on the main verb, sentence p={root_probs[m.root]:.2f}") for m in mains)
    return [_as_event(cands[i]) for i in sorted(chosen)] + [_as_event(m) for m in mains]


def _bounds(model: EventModel) -> dict[str, float]:
    return _BOUNDS.setdefault(id(model), {})


_BOUNDS: dict[int, dict[str, float]] = {}


def _scores(model: EventModel, cands: list[Candidate], index, speakers: dict, full: bool) -> list[float]:
    """The model's probability for each candidate of a lazy candidates() list. Without ``full``,
    what decide() cannot use is not worked out: a rule event's score when every rule event stays,
    a candidate that may not be added, or one that stays under the threshold whatever its sides
    (its sides are resolved only when they could lift it over)."""
    bounds = _bounds(model)
    rules_stay = model.keep <= 0.0 and model.gate <= 0.0
    out = []
    for c in cands:
        if c.origin == "rule":
            out.append(1.0 if rules_stay and not full else model.probability(c.feats, c.vec))
            continue
        if not full:
            if c.blocked or c.reason in BLOCKED_REASONS or "neg" in c.feats:
                out.append(0.0)
                continue
            bound = bounds.get(c.root)
            if bound is None:
                bound = bounds[c.root] = model.actor_bound(c.root)
            z = model.bias + sum(model.weights.get(x, 0.0) for x in c.feats) + bound
            if model.dense is not None and c.vec is not None:
                z += float(np.dot(model.dense, c.vec))
            if z < math.log(model.add / (1.0 - model.add)) if 0.0 < model.add < 1.0 else model.add >= 1.0:
                out.append(0.0)
                continue
        c.a1, c.a2 = simple_actors(c.tok, index, speakers)
        c.feats.extend(actor_features(c))
        out.append(model.probability(c.feats, c.vec))
    return out


def _main_candidate(sent, code: str, index, speakers: dict) -> Candidate:
    """An event of ``code`` on the sentence's main verb (the sentence model found its root and no
    candidate word carries it), with that verb's subject and object."""
    c = Candidate(sent.root, code, "main")
    c.a1, c.a2 = simple_actors(sent.root, index, speakers)
    return c
