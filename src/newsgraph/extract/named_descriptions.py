"""A title or description subject whose holder the page names right after it, which the speaker read from the
subject misses (agency, BBC and readout usage):
- no comma between ('the state news agency Xanu reported', 'the official Norland news agency Nora is
  reporting'): the small English model parses the name as a second subject of the verb or as an apposition;
- between commas, with a place in the title's own phrase that the tagger took for a person ('Labour MP for
  Wexby North, Jo Roe, said'): the untagged name in apposition speaks, not the place.
The annotation gives the name in both (the fullest name the article gives). A portfolio and a bare surname after
the title ('Deputy Minister for Foreign Affairs Saito summoned ...') is portfolio_names.py's."""
from __future__ import annotations

SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def name_after_description(tok):
    """The proper name right after a common-noun subject, parsed as a second subject of the same verb or as an
    apposition with no comma ('the state news agency Xanu reported': Xanu), else None. The description must be
    determined ('the', 'a', a possessive); the name capitalised, not a date."""
    if tok.pos_ != "NOUN" or tok.dep_ not in SUBJECTS or tok.i + 1 >= len(tok.doc):
        return None
    if not any(c.dep_ in ("det", "poss") and c.i < tok.i for c in tok.children):
        return None
    name = tok.doc[tok.i + 1]
    if name.pos_ != "PROPN" or not name.text[:1].isupper() or name.ent_type_ in ("DATE", "TIME"):
        return None
    while name.dep_ == "compound" and name.head.i == name.i + 1 and name.head.pos_ == "PROPN":
        name = name.head  # 'the state broadcaster Jo Roe said'
    if name.dep_ in SUBJECTS and name.head.i == tok.head.i or name.dep_ == "appos" and name.head.i == tok.i:
        return name
    return None


def in_title_phrase(tok, ent, index) -> bool:
    """Whether the person found for a title subject is named only inside the title's own 'of'/'for' phrase
    ('Labour MP for Wexby North, Jo Roe, said' with the place tagged as a person; 'a spokesperson for Ann Lee,
    Jo Roe,'): the name in apposition after it, which the tagger missed, is then who speaks."""
    k = next((i for i, e in enumerate(index.entities) if e is ent), None)
    if k is None:
        return False
    for c in tok.children:
        if c.dep_ == "prep" and c.i > tok.i and c.lower_ in ("of", "for") and \
                any(index.tok2ent.get(t.i) == k for t in c.subtree):
            return True
    return False
