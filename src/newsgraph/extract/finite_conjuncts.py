"""A verb in the past or present tense that the parser hung inside another verb's object (issue #3).

Official statements chain their acts: 'The members underlined the need to bring the organizers to justice and urged
all States to cooperate', 'She emphasized the urgent need to improve conditions and called for joint efforts', 'They
stressed that those responsible should be held accountable and urged all States to ...'. The parser often hangs the
second act ('urged', 'called') on the infinitive, the noun or the modal clause inside the first act's object. A verb
in the past or present tense cannot share the 'to' of an infinitive, the modal of a clause or the place of a noun's
modifier: it is a second predicate of the clause above, with that clause's subject. So the first statement ends
before it, and the second one is said by the first one's speaker.
"""
from __future__ import annotations

FINITE = frozenset({"VBD", "VBZ", "VBP"})
OWN_WORDS = frozenset({"nsubj", "nsubjpass", "expl", "aux", "auxpass", "agent", "mark"})
MAX_CLIMB = 8


def _non_finite(head) -> bool:
    """A noun, a to-infinitive, or a verb under a modal ('should be held accountable')."""
    if head.pos_ in ("NOUN", "PROPN"):
        return True
    if head.pos_ not in ("VERB", "AUX"):
        return False
    aux = [a for a in head.children if a.dep_ in ("aux", "auxpass") and a.i < head.i]
    return head.tag_ == "VB" and any(a.lower_ == "to" for a in aux) or \
        head.tag_ in ("VB", "VBN") and any(a.tag_ == "MD" for a in aux)


def stray_finite(verb):
    """The finite verb of the clause a past or present tense ``verb`` is a second predicate of, when the parser
    hung ``verb`` after 'and' (no subject, auxiliary or agent of its own) on a noun, a to-infinitive or a modal
    verb phrase that cannot share its tense; else None."""
    if verb.tag_ not in ("VBD", "VBZ") or verb.dep_ not in ("conj", "acl") or verb.head.i >= verb.i:
        return None
    if any(c.dep_ in OWN_WORDS for c in verb.children):
        return None
    doc = verb.doc
    k = verb.i - 1
    while k > verb.head.i and doc[k].dep_ == "advmod":  # 'and also urged'
        k -= 1
    if doc[k].lower_ != "and" or doc[k].dep_ != "cc":
        return None
    if not _non_finite(verb.head):
        return None
    node = verb.head
    for _ in range(MAX_CLIMB):
        if node.head.i == node.i:
            break
        node = node.head
        if node.tag_ in FINITE and node.pos_ in ("VERB", "AUX"):
            return node if node.i < verb.i else None
    return None
