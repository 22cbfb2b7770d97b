"""A name in apposition to a title phrase that the parser hung on the phrase's last noun instead of on its head:
in 'A spokesman for the Zanu-PF party, Jo Roe, told reporters' or 'The adviser to the ministry, Jo Roe, said' the
parse often makes 'Jo Roe' an apposition of 'party' / 'ministry' (the object of 'for' / 'to' / 'of'), so the
person named is taken for a bystander and the subject is left a bare description. When the object is no person
and the name is one, the name renames the head: the person who speaks (speakers.py) and whom a later 'he said'
means (pronouns.py)."""
from __future__ import annotations

TITLE_PREPS = frozenset({"for", "of", "to", "at"})


def title_of_apposition(tok, index):
    """For the first token of a person's name (or any of its words) in apposition to the object of a title's
    'for' / 'of' / 'to' phrase ('A spokesman for X, Jo Roe,'): the title's head token; else None."""
    k = index.tok2ent.get(tok.i)
    if k is None or index.entities[k].type != "PERSON":
        return None
    t = tok
    while t.dep_ in ("compound", "flat") and t.head.i != t.i and index.tok2ent.get(t.head.i) == k:
        t = t.head
    if t.dep_ != "appos" or t.head.i > t.i:
        return None
    obj = t.head
    if obj.dep_ != "pobj" or obj.head.lower_ not in TITLE_PREPS or obj.head.dep_ != "prep":
        return None
    j = index.tok2ent.get(obj.i)
    if j is not None and index.entities[j].type == "PERSON":
        return None  # 'the wife of Senator X, Jo Roe': the apposition may rename the senator
    head = obj.head.head
    if head.pos_ not in ("NOUN", "PROPN") or head.i in index.tok2ent or head.i >= obj.i:
        return None
    if not _comma_bounded(t, index):
        return None
    from .cues import person_words
    from .speaker_descriptions import title_word
    if not (title_word(head) or head.lemma_.lower() in person_words().person_nouns):
        return None
    return head


def named_beside_title(title, index):
    """The person named in apposition to the object of ``title``'s 'for' / 'of' phrase ('A spokesman for the
    party, Jo Roe,'): the entity, else None."""
    for c in title.children:
        if c.dep_ != "prep" or c.lower_ not in TITLE_PREPS:
            continue
        obj = next((g for g in c.children if g.dep_ == "pobj"), None)
        if obj is None:
            continue
        for a in obj.children:
            if a.dep_ == "appos" and a.i > obj.i:
                first = a.left_edge
                if title_of_apposition(first, index) is title or title_of_apposition(a, index) is title:
                    return index.entities[index.tok2ent[a.i]]
    return None


def _comma_bounded(appos, index) -> bool:
    """The name stands between commas (or a comma and a dash or a full stop): ', Jo Roe,'."""
    doc = appos.doc
    left, right = appos.left_edge.i, appos.right_edge.i
    before = doc[left - 1].text if left > 0 else ""
    after = doc[right + 1].text if right + 1 < len(doc) else ","
    return before == "," and after in (",", ")", "\u2014", "--", ".")
