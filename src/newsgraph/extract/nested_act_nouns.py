"""A demand, pledge or call named as a noun inside another statement: 'Tehran was resisting demands to downgrade
its stockpile, he said', 'the Secretary encouraged Iraq to address the people's demands for equity and justice',
'ridiculed him for backing down on his demand for wall money', 'said they lived up to their pledge not to
interfere'. The noun names an act (what was asked or promised: an infinitive or a 'for' phrase, no clause of its
own) that the outer statement is about; the outer statement is the report, and the golds leave the noun's
content out (6 of 6 such statements on 6 pages of the sets at hand, none kept). A noun with a 'that' clause
inside another statement ('belied the White House's insistence that ...', 'following reports that ...') is a
second level of report, as the rules count it, and is kept; so is a demand or call that no other statement
holds ('renewed his calls for fresh elections').

``drop_nested_act_nouns(doc, out, cue_at, nouns)`` filters the statements found (``cue_at``: id of a statement ->
its cue token; ``nouns``: the token indices of the cue nouns); the check reads one token before each noun statement's span and the spans of the others.
"""
from __future__ import annotations

INFINITIVE_OPENERS = frozenset({"to", "not"})


def _act_content(doc, q) -> bool:
    """The statement is an infinitive ('to downgrade ...', 'not to interfere') or the object of 'for' right
    after the noun ('demands for equity')."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    first = span[0]
    if first.lower_ == "to" or (first.lower_ == "not" and first.i + 1 < len(doc) and doc[first.i + 1].lower_ == "to"):
        return True
    return first.i > 0 and doc[first.i - 1].lower_ == "for"


def drop_nested_act_nouns(doc, out: list, cue_at: dict, nouns: set[int]) -> list:
    """``out`` less the statements of a cue noun with act content whose noun lies inside another statement."""
    keep = []
    for q in out:
        cue = cue_at.get(id(q))
        if cue is not None and cue.i in nouns and _act_content(doc, q) and \
                any(o is not q and o.start <= cue.idx < o.end for o in out):
            continue
        keep.append(q)
    return keep
