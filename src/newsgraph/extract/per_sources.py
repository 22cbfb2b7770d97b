"""The source of a 'per' phrase ('The mayor, per the Ledger, ...'; the common nouns it may credit: 'as per the party
spokesperson', 'per police', 'as per sources', 'as per their statement') and of 'according to X'."""
from __future__ import annotations

from .cues import person_words


def per_noun(p) -> bool:
    """'as per the party spokesperson', 'per police', 'as per sources', 'as per their statement': a common noun for a
    person, a body or a statement as the source of a 'per' phrase; not a bare singular ('per person', 'per day')."""
    if p.pos_ != "NOUN":
        return False
    lemma = p.lemma_.lower()
    if lemma not in PER_PEOPLE and lemma not in PER_STATEMENTS:
        return False
    return p.tag_ == "NNS" or lemma == "police" or any(
        c.dep_ in ("det", "poss", "compound", "amod") and c.i < p.i for c in p.children)


_PW = person_words()
PER_PEOPLE = _PW.titles | _PW.anonymous_roles | _PW.person_nouns | _PW.body_nouns | _PW.plural_person_heads
PER_STATEMENTS = frozenset({"statement", "report", "release", "communique", "readout", "notification", "announcement",
                            "data", "figure", "estimate", "survey", "study", "filing", "indictment", "complaint"})


def per_source(tok):
    """'The mayor, per the Ledger, has refused', 'As per the minister, the work ...': the named source of a 'per'
    phrase set off by commas or opening the sentence (not 'per year', '$5 per gallon')."""
    doc = tok.doc
    after_as = tok.i > 0 and doc[tok.i - 1].lower_ == "as" and (tok.i - 1 == tok.sent.start or doc[tok.i - 2].text == ",")
    if tok.dep_ != "prep" or tok.i == 0 or doc[tok.i - 1].text not in (",", "(", "\u2014") and tok.i != tok.sent.start \
            and not after_as:  # 'As per the minister, ...'
        return None
    p = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if p is None or not (p.pos_ == "PROPN" or p.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") or per_noun(p)):
        return None
    return p


def according_to(tok):
    if tok.lower_ == "per":
        return per_source(tok)
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to":
        to = tok.nbor()
    if to is None:
        return None
    return next((c for c in to.children if c.dep_ == "pobj"), None)
