"""Statements that were not made (issue #3): a cue verb with a modal of condition or possibility ('the United States
would welcome X', 'they could condemn Y') tells of a statement imagined, and a cue verb that is itself
what someone else asked for or urged ('urged the members to encourage the parties to ...', 'calls on all leaders to condemn
any incitement') is the content of that appeal, already inside its statement. The annotation rules count statements
made; these are dropped from the indirect statements. Not 'can' ('I can confirm that ...' is said as it is
written), and not an infinitive of purpose under a verb that reports no statement ('was in X to express his
solidarity', 'took the opportunity to reiterate ...'), which tells what was done.
"""
from __future__ import annotations

APPEAL_VERBS = frozenset({"urge", "call", "appeal", "encourage", "invite", "exhort", "implore", "press"})
APPEAL_PREPS = frozenset({"on", "upon", "for"})
DIRECTIVE_VERBS = APPEAL_VERBS | {"ask", "request", "instruct", "order", "tell", "advise", "direct", "pressure",
                                  "push"}  # 'asked the court to rule that X': what was asked for, not a ruling; not
# 'did not elaborate, except to say that X' (said)
MAX_CLIMB = 4  # infinitives of one list read up to the verb they hang on
UNREALISED_AUX = frozenset({"would", "could", "might", "may", "must"})  # not 'will': a preview's 'the PM will call
# for X' tells what will be said, and the genre gold counts it


def cue_token(doc, q):
    """The cue verb of statement ``q``: the last token before its start in its sentence that reads as ``q.cue``."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    first = span[0]
    for t in reversed(doc[first.sent.start:first.i]):
        if t.text == q.cue:
            return t
    return None


def appeal_call(verb) -> bool:
    """'called on X to', 'called upon X', 'called for Y': an appeal, not a phone call ('called X to congratulate')."""
    return any(c.dep_ in ("prep", "prt") and c.lower_ in APPEAL_PREPS and
               not any(g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in verb.children)  # not 'on Friday'


def unrealised_cue(verb) -> bool:
    """Whether cue verb ``verb`` tells of a statement not made: it has a modal, or it is a bare infinitive an
    appeal or a request governs."""
    if verb.pos_ != "VERB":
        return False
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    if any(a in UNREALISED_AUX for a in aux):
        return True
    if verb.tag_ != "VB" or "to" not in aux or verb.dep_ not in ("xcomp", "advcl", "ccomp", "conj"):
        return False
    node = verb
    for _ in range(MAX_CLIMB):  # 'to adhere to X, to refrain from Y and to condemn Z': up the list to the appeal
        head = node.head
        if head.i == node.i or node.dep_ not in ("xcomp", "advcl", "ccomp", "conj"):
            return False
        if node.dep_ != "conj" and head.pos_ == "VERB" and head.lemma_.lower() in DIRECTIVE_VERBS and \
                (head.lemma_.lower() != "call" or appeal_call(head)):
            return True  # not 'called X to congratulate him': a phone call
        if head.tag_ != "VB":
            return False
        node = head
    return False


def without_unrealised(doc, quotes: list) -> list:
    """``quotes`` without the indirect statements whose cue is ``unrealised_cue``."""
    out = []
    for q in quotes:
        if q.kind == "indirect" and q.cue and q.start is not None:
            verb = cue_token(doc, q)
            if verb is not None and unrealised_cue(verb):
                continue
        out.append(q)
    return out
