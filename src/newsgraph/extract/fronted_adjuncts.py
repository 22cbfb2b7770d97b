"""A phrase fronted before the speaker that the parser made a reported clause: 'In a statement after the talks
failed, they said the league would lead', 'To a question about X, the minister said no steps had been taken'.
The parser hangs the fronted prepositional phrase on a verb inside it and that verb on the cue as a second
clause; what was said is the clause after the cue."""
from __future__ import annotations


def fronted_adjunct(cue, clause) -> bool:
    """``clause`` (a clause the parser hung on ``cue``) stands before the cue, opens with a preposition and ends at
    the comma before the cue's subject: the occasion or the question of the statement set before its speaker, not
    what was said, when the cue has a clause of its own after it (the caller's to know)."""
    doc = cue.doc
    first, last = clause.left_edge, clause.right_edge
    if clause.i > cue.i or last.i + 2 > cue.i or first.tag_ not in ("IN", "TO") or first.dep_ != "prep":
        return False
    if first.lower_ in ("that", "whether", "if", "because", "as"):
        return False  # a clause with its own subordinating word
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i), None)
    if subj is None or subj.i < last.i:
        return False
    comma = subj.left_edge.i - 1
    return comma > last.i - 1 and doc[comma].text == "," and all(t.is_punct for t in doc[last.i + 1:comma + 1])
