"""Reported speech in a pseudo-cleft, the spokesperson's way of restating what was said at a briefing: 'What the
Secretary said on Monday is that we want X', 'What the President said is that our policy has not changed', 'What I
told him was that Y'. The parser makes the cue verb the subject clause (csubj) of 'is' / 'was', with 'What' its
object, and hangs the that-clause on the copula: that clause is what the cue reports, and the cue's own subject
says it."""
from __future__ import annotations

from .clause_bounds import _clause_end


def cleft_clause(cue) -> tuple[int, int] | None:
    """The token range of the that-clause a pseudo-cleft cue reports ('What X said is that ...'), else None."""
    be = cue.head
    if cue.dep_ != "csubj" or be.lemma_ != "be" or be.i <= cue.i or \
            not any(c.lower_ == "what" and c.dep_ in ("dobj", "dative") and c.i < cue.i for c in cue.children):
        return None
    clause = next((c for c in be.children if c.dep_ == "ccomp" and c.i > be.i), None)
    if clause is None:
        return None
    that = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that" and c.i == be.i + 1), None)
    if that is None or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return None
    return that.i + 1, _clause_end(clause)
