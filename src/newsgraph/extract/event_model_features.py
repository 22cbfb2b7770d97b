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
            cand = actor_of(t, index, speaker)
            if cand is not None and (a1 is None or cand.code != a1.code or cand.name != a1.name):
                a2 = cand
                break
        if a2 is not None:
            break
    return a1, a2


def candidate_features(c: Candidate, voices: dict, rule_roots: set[str], n_rule: int,
                       lexicon_lemmas: frozenset[str]) -> list[str]:
    """The indicator features of one candidate."""
    tok = c.tok
    r = c.root
    lemma = tok.lemma_.lower()
    k1, k2 = actor_kind(c.a1), actor_kind(c.a2)
    f = [f"root={r}", f"origin={c.origin}", f"origin_root={c.origin}|{r}", f"code={c.code}",
         f"lemma={lemma}", f"lemma_root={lemma}|{r}", f"pos={tok.pos_}", f"tag={tok.tag_}",
         f"dep={tok.dep_}", f"dep_root={tok.dep_}|{r}", f"a1={k1}", f"a2={k2}", f"actors={k1}|{k2}",
         f"actors_root={k1}|{k2}|{r}", f"n_rule={min(n_rule, 3)}"]
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
        elif d == "dobj":
            f.append(f"obj={ch.ent_type_ or ch.pos_}")
            f.append(f"obj_lemma={ch.lemma_.lower()}")
        elif d == "prep":
            f.append(f"prep={ch.lower_}")
        elif d == "prt":
            f.append(f"prt={lemma}_{ch.lower_}")
    return f
