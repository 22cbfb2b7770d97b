"""The common nouns a 'per' phrase may credit as a source ('as per the party spokesperson', 'per police', 'as per
sources', 'as per their statement'), for speaker_syntax.per_source."""
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
