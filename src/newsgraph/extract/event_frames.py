"""Frame families that the lexicon row alone codes wrongly or not at all, decided from the
construction around the frame word:

- a call, appeal or demand for an office-holder to leave office is a demand for a change of
  leadership (1041), whatever word carries it ("called on X to resign", "urged X to step down",
  "called for X's resignation", "demanded that X be removed", "calls for his impeachment"); the
  one to leave is the target;
- an offer that gives someone something ("offered X a position", "X was offered a post") is an
  offer (030 family) even when nothing in it has a code of its own.

Used by event_sentences on each coded trigger; no lexicon row is needed for the words here.
"""
from __future__ import annotations

from .event_lexicon import framed_code, lexicon
from .event_triggers import Coded

LEADERSHIP_CHANGE = "1041"
# Acts by which someone leaves (or is made to leave) an office: the lexicon codes the leaving
# ones (resign, step down: 0831); the removing ones have no code of their own.
LEAVING_NOUNS = frozenset({"resignation", "ouster", "impeachment", "removal", "firing", "dismissal", "sacking",
                           "departure", "replacement", "recall", "abdication", "exit", "expulsion"})
REMOVING_VERBS = frozenset({"remove", "oust", "impeach", "fire", "sack", "dismiss", "replace", "depose", "unseat",
                            "recall", "expel", "topple", "overthrow"})
LEAVING_VERBS = frozenset({"resign", "quit", "abdicate", "go", "leave"})
# "leave office", "go": leaving an office, not a place
OFFICES = frozenset({"office", "post", "position", "job", "seat", "presidency", "premiership", "role", "chairmanship",
                     "government", "cabinet", "power"})
# Things offered that make an offer to someone an event of its own (030 family).
OFFERED = frozenset({"position", "post", "job", "seat", "role", "deal", "compromise", "concession", "concessions",
                     "olive", "branch", "amnesty", "pardon", "truce", "ceasefire", "cease-fire", "talks", "meeting",
                     "help", "assistance", "aid", "support", "asylum", "refuge", "protection", "guarantee",
                     "guarantees", "incentive", "incentives", "invitation", "opportunity", "appointment", "plan",
                     "proposal", "settlement", "exchange", "swap", "reward", "money"})


def _is_leaving(tok) -> bool:
    """``tok`` names someone leaving an office: "resign", "step down", "be removed", "resignation"."""
    if tok is None:
        return False
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("NOUN", "PROPN"):
        return lemma in LEAVING_NOUNS and not any(
            g.dep_ == "prep" and g.lower_ == "from" for g in tok.children)  # "his departure from Kabul"
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if any(e.code == "0831" for e in lexicon().get(("V", lemma), ())) and lemma not in ("go", "leave"):
        return lemma != "quit" or not any(g.dep_ == "dobj" and g.lemma_.lower() not in OFFICES for g in tok.children)
    if lemma in REMOVING_VERBS:
        froms = [g for g in tok.children if g.dep_ == "prep" and g.lower_ == "from"]
        if froms:  # "remove him from office", not "removed from the list"
            return any(x.lemma_.lower() in OFFICES for g in froms for x in g.children)
        return any(g.dep_ in ("nsubjpass", "auxpass") for g in tok.children)  # "to be removed", "be impeached"
    if lemma == "leave":
        return any(g.dep_ == "dobj" and g.lemma_.lower() in OFFICES for g in tok.children)
    if lemma == "go" and tok.dep_ in ("xcomp", "ccomp", "advcl"):
        return not any(g.dep_ in ("prep", "advmod", "dobj", "xcomp", "prt") for g in tok.children)  # "must go"
    return False


def _wrapped_leaving(c: Coded):
    """The leaving act an appeal or demand wraps, or None."""
    if _is_leaving(c.inner):
        return c.inner
    for g in c.tok.children:  # "called for his impeachment", "demanded the removal of X"
        if g.dep_ == "dobj" and _is_leaving(g):
            return g
        if g.dep_ == "ccomp" and g.lemma_.lower() in LEAVING_VERBS - {"go", "leave"}:
            return g  # "demanded that the minister resign", with "resign" read as a noun
        if g.dep_ == "prep" and g.lower_ in ("for", "on"):
            for x in g.children:
                if x.dep_ == "pobj" and _is_leaving(x):
                    return x
    return None


def leaver(tok):
    """Who is to leave: the subject of the act ("for the governor to resign", "that X be removed"),
    the owner of the noun ("X's resignation"), "of X" ("the removal of X") or the object of removing."""
    if tok.pos_ in ("NOUN", "PROPN"):
        if tok.dep_ == "ccomp":  # "that the minister resign" read as one noun phrase
            return next((g for g in tok.children if g.dep_ in ("compound", "nsubj")), None)
        for g in tok.children:
            if g.dep_ == "poss":
                return g
        for g in tok.children:
            if g.dep_ == "prep" and g.lower_ == "of":
                return next((x for x in g.children if x.dep_ == "pobj"), None)
        return None
    for g in tok.children:
        if g.dep_ in ("nsubj", "nsubjpass", "dobj"):
            return g
    if tok.dep_ == "xcomp":  # "urged the prime minister to be impeached": the one addressed
        return next((g for g in tok.head.children if g.dep_ == "dobj"), None)
    return None


def reframe(c: Coded) -> Coded:
    """The code a frame family should have (see the module docstring); ``c`` itself otherwise."""
    if c.frame in ("APPEAL", "DEMAND") and not c.negated:
        act = _wrapped_leaving(c)
        if act is not None:
            return Coded(c.tok, LEADERSHIP_CHANGE, consumed=tuple({*c.consumed, act.i}), frame="DEMAND", inner=act,
                         base="0831")
    return c


def offer(tok) -> Coded | None:
    """ "Offered the senator a position", "was offered a post": an offer to someone (030 family:
    "offered talks" -> 036, "offered aid" -> 033). None when ``tok`` is no such offer."""
    if tok.lemma_.lower() != "offer" or tok.pos_ != "VERB" or any(g.dep_ == "neg" for g in tok.children):
        return None
    things = [g for g in tok.children if g.dep_ == "dobj"]
    to_whom = [g for g in tok.children if g.dep_ in ("dative", "iobj", "nsubjpass")] + [
        x for g in tok.children if g.dep_ == "prep" and g.lower_ == "to" for x in g.children if x.dep_ == "pobj"]
    if len(things) != 1 or not to_whom or things[0].lemma_.lower() not in OFFERED:
        return None
    if things[0].i < tok.i:
        return None
    base = next((e.code for e in lexicon().get(("N", things[0].lemma_.lower()), ()) if not e.frame
                 and e.code != "NONE"), None)
    code = framed_code("INTENT", base) if base and base[:2] in ("04", "05", "06", "07", "08") else "030"
    return Coded(tok, code, frame="INTENT", base=base)
