"""Negation and modality around an event trigger: negation ("did not agree"), auxiliaries
inherited through xcomp chains ("will begin to withdraw"), and background relative clauses."""
from __future__ import annotations

from .event_match import entry_for

COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
FUTURE = frozenset({"will", "would", "shall", "'ll", "wo"})
SPECULATIVE = frozenset({"may", "might", "could"})
OBLIGATION = frozenset({"must", "should"})
BE_FORMS = frozenset({"'s", "’s", "'re", "’re", "'m", "’m", "is", "are", "am", "was", "were"})
# Cooperative verbs whose negation is a refusal ("did not agree", "will not sign"); other
# negated actions ("never met") are no event.
REFUSAL_WHEN_NEGATED = frozenset({
    "agree", "accept", "approve", "sign", "allow", "permit", "support", "endorse", "back", "cooperate",
    "negotiate", "join", "recognize", "recognise", "lift", "withdraw", "release", "comply", "ratify",
    "abandon", "help", "provide", "send", "meet", "talk", "attend", "resume", "return", "ease", "yield",
    "concede", "commit", "extradite", "hand", "grant"})


def is_negated(tok) -> bool:
    for c in tok.children:
        if c.dep_ == "neg" or c.lower_ in ("never", "no"):
            return True
        if c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children):
            return True  # "no longer supports"
        if c.dep_ == "dobj" and tok.pos_ == "VERB" and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children):
            return True  # "held no talks", "made no concessions"
    if tok.dep_ in ("xcomp", "acomp") and tok.head.pos_ in ("VERB", "AUX"):
        # "is not willing to", "has no plans to", "is not going to ask"
        return any(c.dep_ == "neg" for c in tok.head.children) and (
            tok.head.lemma_ in ("be", "have", "go") or tok.head.lower_ in BE_FORMS)
    return False


def auxiliaries(tok) -> set[str]:
    """Auxiliaries of the trigger, inherited through xcomp chains ("will begin to withdraw")."""
    out: set[str] = set()
    cur = tok
    for _ in range(3):
        out.update(c.lower_ for c in cur.children if c.dep_ in ("aux", "auxpass"))
        if cur.dep_ != "xcomp" or cur.head is cur:
            break
        if cur.head.lemma_.lower() == "go" and cur.head.lower_ == "going":
            out.add("will")
        cur = cur.head
        if entry_for(cur) is not None:
            break
    if "going" in out:
        out.add("will")
    return out


def background_clause(tok) -> bool:
    """A relative clause that describes rather than reports: a standing position ("a group
    that opposes same-sex marriage") or a hypothetical one ("a president who will fund ...")."""
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if not aux and tok.tag_ in ("VBZ", "VBP"):
        return True
    head = tok.head
    return bool(aux) and any(a.lower_ in FUTURE | SPECULATIVE for a in aux) and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in head.children)


WISH_VERBS = frozenset({"want", "wish", "need", "like", "prefer", "love"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})


def hypothetical(tok) -> bool:
    """No event happens in a wish, a condition or a question ("wants Congress to investigate",
    "if negotiators decide to compromise", "asked whether he supported", "a need for X to
    launch investigations"), nor in a participle used as an adjective ("its agreed cuts")."""
    if tok.dep_ == "amod" and tok.pos_ == "VERB":
        return True
    cur = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "attr") else tok
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in cur.children):
            return True
        head = cur.head
        if head is cur or cur.dep_ not in ("xcomp", "ccomp", "conj", "acl", "relcl"):
            return False
        if head.lemma_.lower() in WISH_VERBS and cur.dep_ != "conj":
            return True
        cur = head
    return False
