"""'Saudi Arabia - Iran's regional rival - cautiously welcomed the deal': a name set off from its description by
dashes, which the parser folds into the description ('Saudi Arabia' a compound of 'Iran', 'rival' the subject).
The name before the first dash is who acts."""
from __future__ import annotations

from .actor_refs import DASHES
from .sentence_view import span_of

SPEAKING_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def dash_named(tok, index):
    """The entity named by the words before a dash that opens the subject phrase headed by ``tok`` ('X - Y's
    rival - said'), when a second dash stands between ``tok`` and its verb; else None."""
    doc = tok.doc
    left = tok.left_edge
    verb = tok.head
    if left.i >= tok.i or verb.i <= tok.i or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    dash = next((t for t in span_of(doc, left.i + 1, tok.i) if t.text in DASHES), None)
    if dash is None or not any(t.text in DASHES for t in doc[tok.i + 1:verb.i]):
        return None  # no closing dash between the description and its verb
    k = index.tok2ent.get(left.i)
    if k is None or any(index.tok2ent.get(i) != k for i in range(left.i, dash.i)):
        return None  # the words before the dash are not one name
    ent = index.entities[k]
    return ent if ent.type in SPEAKING_TYPES else None


def dash_opened_subject(verb):
    """'Former Speaker Baroness X - a crossbench peer - said ...' parsed with no subject on 'said' (the parser read
    it as a modifier of the words after it): the last word of the name right before the dash that opens the
    description closed by the dash just before the verb; else None. Only for a verb with no subject of its own."""
    doc = verb.doc
    i = verb.i
    if i < 4 or doc[i - 1].text not in DASHES or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    start = verb.sent.start
    for j in range(i - 2, max(start, i - 14) - 1, -1):
        t = doc[j]
        if t.text in DASHES:
            name = doc[j - 1] if j > start else None
            if name is None or name.pos_ != "PROPN" or not name.text[:1].isupper() or j + 1 >= i - 1:
                return None
            return name
        if t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":") or t.is_quote:
            return None  # a clause or a list between, not one description
    return None
