"""Candidates and features for the statistical event coder (event_model).

A candidate is one (trigger token, CAMEO code) the sentence might hold:
- ``rule``: an event the rule coder emitted (its actors and code are kept when the model agrees);
- ``trace``: a trigger the rule coder coded and then dropped (the reason is a feature);
- ``table``: a token whose lemma hand-coders marked as the trigger of a root in the training data
  (the learned trigger table shipped with the weights), coded with that lemma's most frequent code.

Features are strings (binary indicators) looked up in the weight table; nothing here is learned.
All work is per candidate on the token's own neighbourhood: no pass over the sentence beyond the
one that finds table candidates.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..model import Actor
from .actor_codes import is_country_code
from .event_actors import actor_of, subject_of, targets_of
from .event_lexicon import speech_verbs
from .event_triggers import Coded

MODALS = frozenset({"will", "would", "may", "might", "could", "should", "must", "can", "shall"})
TABLE_POS = frozenset({"VERB", "NOUN", "ADJ", "PROPN"})


@dataclass
class Candidate:
    tok: object  # spaCy Token
    code: str
    origin: str  # "rule", "trace" or "table"
    reason: str = ""
    coded: Coded | None = None
    a1: Actor | None = None
    a2: Actor | None = None
    feats: list[str] = field(default_factory=list)
    score: float = 0.0
    blocked: bool = False  # the act governing it was dropped as negated, hypothetical, ...
    vec: object = None  # dense features (dense_features), a numpy vector

    @property
    def sided(self) -> bool:
        """At least one side resolved to an actor."""
        return self.a1 is not None or self.a2 is not None

    @property
    def root(self) -> str:
        return self.code[:2]


def actor_kind(a: Actor | None) -> str:
    """none / uncoded / country (a bare country code) / sector (country + sector or sector only)."""
    if a is None:
        return "none"
    code = a.code or ""
    if not code:
        return "uncoded"
    if len(code) == 3 and is_country_code(code):
        return "country"
    return "sector"


def _denied(t) -> bool:
    """A side named only to be denied: the object of a negated preposition ("not at X but at Y")."""
    prep = t.head if t.dep_ == "pobj" else None
    if prep is None:
        return False
    return any(c.dep_ == "neg" for c in prep.children) or (prep.i > 0 and t.doc[prep.i - 1].lower_ == "not")


def simple_actors(tok, index, speakers: dict) -> tuple[Actor | None, Actor | None]:
    """Source and target of a trigger the rule coder did not emit: the subject (or the quote's
    speaker) and the first object or prepositional object that resolves to an actor."""
    speaker = speakers.get(tok.i)
    subj = subject_of(tok)
    a1 = actor_of(subj, index, speaker) if subj is not None else speaker
    exclude = {subj.i} if subj is not None else set()
    a2 = None
    heads = [tok] + ([tok.head] if tok.pos_ in ("NOUN", "PROPN") and tok.head is not tok else [])
    for h in heads:
        for t in targets_of(h, exclude):
            if _denied(t):
                continue  # "not at the White House but at House Democrats"
            cand = actor_of(t, index, speaker)
            if cand is not None and (a1 is None or cand.code != a1.code or cand.name != a1.name):
                a2 = cand
                break
        if a2 is not None:
            break
    return a1, a2


def sentence_features(sent) -> list[str]:
    """Features every candidate of a sentence shares: the kinds of names it holds, quotation."""
    kinds, quote = set(), False
    for t in sent:
        if t.ent_type_:
            kinds.add(t.ent_type_)
        quote = quote or t.is_quote
    out = [f"sent_ent={k}" for k in sorted(kinds & {"GPE", "NORP", "ORG", "PERSON"})] or ["sent_ent=none"]
    if quote:
        out.append("sent_quote")
    return out


ACTOR_KINDS = ("none", "uncoded", "country", "sector")


def actor_features(c: Candidate) -> list[str]:
    """The features of which sides of a candidate resolved (see actor_kind)."""
    k1, k2 = actor_kind(c.a1), actor_kind(c.a2)
    return [f"a1={k1}", f"a2={k2}", f"actors={k1}|{k2}", f"actors_root={k1}|{k2}|{c.root}"]


def candidate_features(c: Candidate, voices: dict, rule_roots: set[str], n_rule: int,
                       lexicon_lemmas: frozenset[str], shared: list[str] = (), with_actors: bool = True) -> list[str]:
    """The indicator features of one candidate (``shared``: its sentence's features; ``with_actors``
    False leaves out actor_features, for a candidate whose sides are not resolved yet)."""
    tok = c.tok
    r = c.root
    lemma = tok.lemma_.lower()
    f = [f"root={r}", f"origin={c.origin}", f"origin_root={c.origin}|{r}", f"code={c.code}",
         f"lemma={lemma}", f"lemma_root={lemma}|{r}", f"pos={tok.pos_}", f"tag={tok.tag_}",
         f"dep={tok.dep_}", f"dep_root={tok.dep_}|{r}", f"n_rule={min(n_rule, 3)}", *shared]
    if with_actors:
        f.extend(actor_features(c))
    if c.reason:
        f.append(f"reason={c.reason}")
        f.append(f"reason_root={c.reason}|{r}")
    if c.origin != "rule":
        f.append("root_ruled" if r in rule_roots else "root_new")
    if lemma in lexicon_lemmas:
        f.append("in_lexicon")
    if c.coded is not None:
        if c.coded.frame:
            f.append(f"frame={c.coded.frame}")
        if c.coded.speech:
            f.append("speech")
        if c.coded.negated:
            f.append("coded_negated")
    if tok.i in voices:
        f.append("quoted")
        f.append(f"quoted_root={r}")
    head = tok.head
    if head is not tok:
        hl = head.lemma_.lower()
        f.append(f"head_dep={head.dep_}")
        f.append(f"head_lemma={hl}")
        if hl in speech_verbs():
            f.append("head_speech")
    else:
        f.append("is_root")
    for ch in tok.children:
        d = ch.dep_
        if d == "neg":
            f.append("neg")
            f.append(f"neg_root={r}")
        elif d == "aux" and ch.lower_ in MODALS:
            f.append(f"aux={ch.lower_}")
        elif d in ("nsubj", "nsubjpass"):
            f.append(f"subj={ch.ent_type_ or ch.pos_}")
            if not ch.ent_type_ and ch.pos_ == "NOUN":
                f.append(f"subj_lemma={ch.lemma_.lower()}")
        elif d in ("xcomp", "ccomp"):
            f.append(f"{d}_lemma={ch.lemma_.lower()}")
        elif d == "dobj":
            f.append(f"obj={ch.ent_type_ or ch.pos_}")
            f.append(f"obj_lemma={ch.lemma_.lower()}")
        elif d == "prep":
            f.append(f"prep={ch.lower_}")
        elif d == "prt":
            f.append(f"prt={lemma}_{ch.lower_}")
    return f


RATE_BINS = (0.02, 0.05, 0.1, 0.2, 0.35, 0.5, 0.7)


def trigger_rate(pos: int, n: int) -> float:
    """How often coders marked a lemma as the trigger of a root when it occurred (smoothed)."""
    return (pos + 0.05) / (n + 1.0)


def rate_features(rate: float | None, n: int, root: str) -> list[str]:
    """Features of the lemma's trigger rate for the root (None: the lemma was never counted)."""
    if rate is None:
        return ["rate=none"]
    b = sum(rate >= x for x in RATE_BINS)
    seen = "few" if n < 3 else "some" if n < 10 else "many"
    return [f"rate={b}", f"rate_seen={b}|{seen}", f"rate_root={b}|{root}"]


BAG_POS = frozenset({"VERB", "NOUN", "ADJ", "ADV"})


def sentence_bag(sent) -> set[str]:
    """The sentence's content lemmas and a few markers, for the sentence-level root model."""
    bag = {t.lemma_.lower() for t in sent if t.pos_ in BAG_POS and not t.is_stop and t.is_alpha}
    for t in sent:
        if t.dep_ == "neg":
            bag.add("<neg>")
        elif t.is_quote:
            bag.add("<quote>")
    bag.update(f"<{e.label_}>" for e in sent.ents if e.label_ in ("GPE", "NORP", "ORG", "PERSON"))
    return bag


def root_features(root: str, bag: set[str], cands: list[Candidate]) -> list[str]:
    """Features of "the sentence holds an event of ``root``" (to be read as "<root>|<feature>"):
    its words, and what the rule coder and the candidates say of that root."""
    f = ["", *bag]
    f.extend(f"has_{o}" for o in sorted({c.origin for c in cands if c.root == root}))
    if any(c.origin == "rule" and c.root != root for c in cands):
        f.append("other_rule")
    return f


DENSE_WIDTH = 3  # token row, head row, sentence mean of the parser's contextual vectors (doc.tensor)


def sentence_mean(sent):
    """The mean of a sentence's rows of doc.tensor (None when the pipeline left no tensor)."""
    t = sent.doc.tensor
    if t is None or t.ndim != 2 or t.shape[0] != len(sent.doc) or t.shape[1] == 0:
        return None
    return t[sent.start:sent.end].mean(axis=0)


def dense_features(tok, mean) -> np.ndarray | None:
    """The candidate's dense features: its own and its head's doc.tensor rows and the sentence mean."""
    if mean is None:
        return None
    t = tok.doc.tensor
    return np.concatenate([t[tok.i], t[tok.head.i], mean]).astype(np.float32)
