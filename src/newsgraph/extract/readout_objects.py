"""Which noun phrase a readout verb's object is, where the parse split it: a possessor the parser made the object
('highlighted [Pakistan’s] [efforts]', 'condemned [X’s] [continued drilling for Y]'), an object hung on a feeling
the parser read as a verb ('noted with [regret] the decision of X'). ``readout_content`` reads the content from it."""
from __future__ import annotations


def noted_with(verb, feelings: frozenset[str]):
    """'The Council noted with regret the decision of X to ...': the object the parser hung on the feeling when it read
    'regret' as a verb after 'noted with' (the communique's 'noted with concern / satisfaction / regret X'; ``feelings``
    the readout lexicon's concern and express objects), else None."""
    if verb.lemma_.lower() != "note":
        return None
    with_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" and c.i == verb.i + 1), None)
    feeling = next((g for g in with_.children if g.dep_ == "pcomp"), None) if with_ is not None else None
    if feeling is None or feeling.lemma_.lower() not in feelings:
        return None
    return next((g for g in feeling.children if g.dep_ == "dobj" and g.i > feeling.i), None)


def split_possessor(verb, obj):
    """'reiterating Pakistan’s commitment to X': where the parser hung the possessor ('Pakistan’s', its 's' a case
    marker) on the verb as an object of its own right before the thing possessed, the object possessed and that
    possessor; else ``obj`` and None."""
    kids = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i]
    owner = next((c for c in kids if verb.doc[c.right_edge.i].tag_ == "POS" and
                  c.right_edge.i + 1 == obj.left_edge.i), None)
    if owner is not None:  # the possessor before the object: 'Reiterating [Pakistan’s] [commitment]'
        return obj, owner
    if obj.dep_ == "dobj" and verb.doc[obj.right_edge.i].tag_ == "POS":
        owned = next((c for c in kids if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and
                      c.left_edge.i == obj.right_edge.i + 1), None) or \
            next((c for c in verb.children if c.pos_ == "VERB" and
                  c.left_edge.i == obj.right_edge.i + 1 and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "mark")
                                                                    for g in c.children)), None)
        if owned is not None:  # the possessor taken for the object: 'highlighted [Pakistan’s] [efforts]', and
            return owned, obj  # the gerund it owns read as a verb: 'condemned [X’s] [continued drilling for Y]'
    return obj, None


def mourning(obj, words: frozenset[str]) -> bool:
    """'expressed their deepest sympathy and condolences to X', 'reiterated his shock and sadness about Y', 'wished a
    speedy recovery to Z': an object that is only sympathy with victims (``words``, the readout lexicon's mourning
    objects, with 'shock' beside one of them), a courtesy that states no content."""
    heads = [obj] + [c for c in obj.conjuncts if c.pos_ in ("NOUN", "PROPN")]
    lemmas = {h.lemma_.lower() for h in heads} | {h.lower_ for h in heads}
    return bool(lemmas & words) and all(h.lemma_.lower() in words or h.lower_ in words or h.lower_ == "shock"
                                        for h in heads)
