"""A title or description subject whose holder the page names right after it, which the speaker read from the
subject misses (agency, BBC and readout usage):
- no comma between ('the state news agency Xanu reported', 'the official Norland news agency Nora is
  reporting'): the small English model parses the name as a second subject of the verb or as an apposition;
- between commas, with a place in the title's own phrase that the tagger took for a person ('Labour MP for
  Wexby North, Jo Roe, said'): the untagged name in apposition speaks, not the place;
- a portfolio and a bare surname after the title ('Deputy Minister for Foreign Affairs Saito summoned ...'),
  the surname untagged: a later 'The Deputy Minister' is that person.
The annotation gives the name in all three (the fullest name the article gives)."""
from __future__ import annotations

import re

from .cues import portfolio_words

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


HOLDER_WINDOW = 3000  # characters back to the title with its holder's name


def holder_after_portfolio(tok, index) -> str | None:
    """'The Deputy Minister' after 'Deputy Minister for Foreign Affairs Saito summoned the envoy' (readout usage:
    title, portfolio and a bare surname, no comma), when the tagger left the surname untagged: the surname, else
    None. The words between 'for'/'of' and the name must all be portfolio words, so 'Minister for Foreign Affairs'
    alone (nobody named) or 'Minister of State for Trade Lord X' (a name the tagger finds) give nothing here."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.i in index.tok2ent:
        return None
    kids = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or \
            any(c.dep_ in ("poss", "prep", "appos", "nmod") for c in kids):
        return None
    left = tok
    while left.i > 0 and left.nbor(-1).dep_ == "compound" and left.nbor(-1).head.i == tok.i and \
            left.nbor(-1).text[:1].isupper():
        left = left.nbor(-1)
    title = tok.doc[left.i:tok.i + 1].text
    pattern = re.compile(re.escape(title) + r" (?:for|of) ((?:[A-Z][A-Za-z'-]*,? (?:and )?){1,4})([A-Z][a-z'-]+)\b")
    low = max(0, tok.idx - HOLDER_WINDOW)
    found = None
    for m in pattern.finditer(index.text, low, tok.idx):
        found = m
    if found is None:
        return None
    portfolio = portfolio_words()
    words = [w.strip(",").lower() for w in found.group(1).split() if w != "and"]
    name = found.group(2)
    if not words or not all(w in portfolio for w in words) or name.lower() in portfolio:
        return None
    span = tok.doc.char_span(found.start(2), found.end(2))
    if span is None or len(span) != 1 or span[0].pos_ != "PROPN" or span[0].i in index.tok2ent or \
            span[0].ent_type_ in ("GPE", "ORG", "NORP", "LOC", "FAC", "DATE"):
        return None
    nxt = tok.doc[span[0].i + 1] if span[0].i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.pos_ == "PROPN":
        return None  # the name goes on: not a bare surname
    return name
