"""The sides of a coded act read off the parse: objects and "with/to/for/against" partners, members
named after "officials from X, Y and Z", reciprocal objects ("each other"), sides named only to be
denied ("not at X but at Y"), the reacting side of "drew criticism from X", and states whose protest
is a formal complaint."""
from __future__ import annotations

from ..model import Actor
from .actor_codes import is_country_code
from .event_actors import actor_of

RECIPROCALS = frozenset({"each other", "one another"})


def reciprocal(tok) -> bool:
    """ "each other", "one another" as an object: the subject's sides act on one another."""
    if tok.dep_ == "prep":
        return any(reciprocal(g) for g in tok.children if g.dep_ == "pobj")
    if tok.dep_ in ("dobj", "pobj") and any(g.dep_ == "poss" and reciprocal(g) for g in tok.children):
        return True  # "attacked each other's policies"
    if tok.dep_ not in ("dobj", "pobj", "poss") or tok.lower_ not in ("other", "one", "another"):
        return False
    words = sorted([tok, *(g for g in tok.children if g.dep_ in ("det", "amod", "nummod"))], key=lambda t: t.i)
    return " ".join(t.lower_ for t in words) in RECIPROCALS


def denied_side(t) -> bool:
    """A side named only to be denied: "not at X but at Y", "not by the agency but ..."."""
    prep = t.head if t.dep_ == "pobj" else None
    if prep is None:
        return False
    doc = t.doc
    return any(c.dep_ == "neg" for c in prep.children) or (prep.i > 0 and doc[prep.i - 1].lower_ == "not")


def member_sides(subj) -> list:
    """The further sides of "officials from X, Y and Z": Y and Z."""
    for g in subj.children:
        if g.dep_ == "prep" and g.lower_ in ("from", "of"):
            pobj = next((x for x in g.children if x.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ in ("GPE", "NORP", "ORG"):
                return [x for x in pobj.conjuncts if x.ent_type_ in ("GPE", "NORP", "ORG")]
    return []


def addressed(verb) -> list:
    """Whom a verb acts on or with: its objects and the objects of with/to/for/against."""
    out = [g for g in verb.children if g.dep_ in ("dobj", "dative")]
    out += [x for g in verb.children if g.dep_ == "prep" and g.lower_ in ("with", "to", "for", "against")
            for x in g.children if x.dep_ == "pobj"]
    return out


def official(actor: Actor | None) -> bool:
    """A state or an organisation of states: its protest is a formal complaint, not a demonstration."""
    code = (actor.code or "") if actor is not None else ""
    return code[:3] == "IGO" or (is_country_code(code[:3]) and code[3:6] in ("", "GOV", "MIL", "LEG", "JUD"))


def reacting(tok, index, speaker: Actor | None) -> Actor | None:
    """Who reacted in "drew criticism from X", "met with pushback from X", "faced Republican criticism"."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj"),
             *(g for p in tok.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")]
    for h in heads:
        for p in h.children:
            if p.dep_ in ("prep", "agent") and p.lower_ in ("from", "among", "by"):
                for g in (x for o in p.children if o.dep_ == "pobj" for x in (o, *o.conjuncts)):
                    actor = actor_of(g, index, speaker)
                    if actor is not None:
                        return actor
    for h in heads[1:]:
        for m in h.children:
            if m.dep_ in ("amod", "compound") and m.ent_type_ in ("NORP", "ORG", "GPE"):
                actor = actor_of(m, index, speaker)
                if actor is not None:
                    return actor
    return None
