"""Names inside a clause that modifies a noun ('a statement from X's office signed by his spokesman, Y'): the person
named there is the agent or object of the clause's verb, not a name for the noun the clause hangs on, so the
noun does not take that name (``entity_index.EntityIndex.describe``)."""
from __future__ import annotations

CLAUSE_DEPS = frozenset({"acl", "relcl"})


def in_modifier_clause(tok, top) -> bool:
    """``tok`` lies inside a participle or relative clause below ``top`` (an 'acl'/'relcl' edge on the way up from
    ``tok`` to ``top``); False when ``top`` is not above it."""
    t = tok
    while t.i != top.i:
        if t.dep_ in CLAUSE_DEPS:
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False
