"""'warned X of Y' / 'cautioned X against Y' when the parser hangs the 'of' / 'against' phrase on the person warned
('warned residents of the risk of flooding': 'of' on 'residents') instead of on the verb: the warning's content is
the person warned with the phrase, as the annotation rules write 'accused X of Y' (and as the genre gold writes
'warned X of Y'). Not a phrase naming a place or body ('warned the people of Norland'): that is the person's own
modifier, and the warning states nothing there."""
from __future__ import annotations

WARNING_VERBS = frozenset({"warn", "caution", "forewarn"})
WARNING_PREPS = frozenset({"of", "against", "about"})
NAMED = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC", "PERSON"})


def warned_of(cue, dobj) -> tuple[int, int] | None:
    """Token range (start, end) of 'X of Y' for a warning verb whose object ``dobj`` carries the warning's
    'of' / 'against' / 'about' phrase; else None."""
    if dobj is None or cue.lemma_.lower() not in WARNING_VERBS or dobj.i < cue.i:
        return None
    prep = next((c for c in dobj.children if c.dep_ == "prep" and c.lower_ in WARNING_PREPS and c.i > dobj.i), None)
    obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if obj is None or obj.ent_type_ in NAMED or obj.pos_ == "PROPN":
        return None  # 'warned the people of Norland': the person's own modifier
    return dobj.left_edge.i, prep.right_edge.i + 1
