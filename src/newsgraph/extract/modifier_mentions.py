"""Names that only modify another noun: 'the Senate reform bill', 'Senate Majority Leader Harry Reid', 'a summit
of African Union leaders'. A body or place named as the modifier of a noun is not what a later 'it' or 'they'
stands for (the noun it modifies is what the sentence is about); ``pronouns.link_pronouns`` takes no candidate
from such a mention. Before, the parser's compound chain made 'Senate' the subject wherever 'Harry Reid' was one,
and a body named inside an object ('the Senate reform bill') was the fallback of an 'it says' two sentences on."""
from __future__ import annotations

BODY_TYPES = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})


def modifier_mention(root, k: int, index) -> bool:
    """Whether the mention of entity ``k`` whose top word is ``root`` is a body or place modifying a noun outside
    the name (a compound or nmod on a common noun or on another name)."""
    if index.entities[k].type not in BODY_TYPES or root.dep_ not in ("compound", "nmod"):
        return False
    head = root.head
    return head.i != root.i and head.pos_ in ("NOUN", "PROPN") and index.tok2ent.get(head.i) != k
